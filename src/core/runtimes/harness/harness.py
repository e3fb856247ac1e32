# The Python harness (protocol v3, see PROTOCOL.md). Runs inside the child process: reads its config
# from a file it deletes before any judged code loads, then takes one case at a time from the cases
# channel and answers on the token-tagged results channel. It never sees expected answers: the
# parent compares.
import json
import math
import os
import sys
import threading
import traceback

cfg_path = sys.argv[-1]
with open(cfg_path, encoding="utf-8") as f:
    CFG = json.load(f)
os.unlink(cfg_path)

# Captured before judged code can replace them.
TOKEN = CFG["token"]
CH = CFG["channels"]
CAP = CFG["outputCap"]
MEMORY = CFG.get("memory") or {}
_write = os.write
_read = os.read
_kill = os.kill
_exit = os._exit
_dumps = json.dumps
_loads = json.loads
PID = os.getpid()
current = -1

for _fd in (CH["results"], CH["cases"], CH["lifeline"]):
    try:
        os.set_inheritable(_fd, False)
    except OSError:
        pass


def send(rec):
    data = (TOKEN + " " + _dumps(rec) + "\n").encode("utf-8", "surrogatepass")
    view = memoryview(data)
    while view:
        try:
            n = _write(CH["results"], view)
        except OSError:
            return
        view = view[n:]


def descendants(root):
    children = {}
    for e in os.listdir("/proc"):
        if not e.isdigit():
            continue
        try:
            with open("/proc/" + e + "/stat", "rb") as f:
                s = f.read().decode("utf-8", "replace")
            ppid = int(s[s.rindex(")") + 2:].split(" ")[1])
            children.setdefault(ppid, []).append(int(e))
        except (OSError, ValueError):
            pass
    found, queue = [], [root]
    while queue:
        for c in children.get(queue.pop(0), []):
            if c not in found:
                found.append(c)
                queue.append(c)
    return found


def kill_tree():
    """Stops this process and everything it started."""
    # Called from a thread while judged code may busy-loop in another: that code keeps the GIL for a
    # whole switch interval (5 ms) each time this thread waits for it, and walking /proc waits once
    # per process, so hundreds of processes took seconds. A tiny interval hands the GIL over at once.
    sys.setswitchinterval(1e-6)
    try:
        if sys.platform == "win32":
            import subprocess

            subprocess.run(["taskkill", "/PID", str(PID), "/T", "/F"], capture_output=True)
        else:
            if sys.platform.startswith("linux"):
                for c in descendants(PID):
                    try:
                        _kill(c, 9)
                    except OSError:
                        pass
            try:
                os.killpg(PID, 9)
            except OSError:
                pass
    finally:
        _exit(137)


def lifeline():
    # The parent never writes to this pipe: end of file means it is gone.
    while True:
        try:
            b = _read(CH["lifeline"], 4096)
        except OSError:
            b = b""
        if not b:
            kill_tree()
            return


threading.Thread(target=lifeline, daemon=True).start()

def rss_bytes():
    if sys.platform.startswith("linux"):
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [(n, ctypes.c_size_t) for n in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")]

        c = Counters()
        c.cb = ctypes.sizeof(c)
        ctypes.windll.psapi.GetProcessMemoryInfo(ctypes.windll.kernel32.GetCurrentProcess(), ctypes.byref(c), c.cb)
        return c.WorkingSetSize
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS: the peak, which is what a limit cares about


def rss_watch(limit):
    import time

    while True:
        try:
            over = rss_bytes() > limit
        except Exception:
            return
        if over:
            send({"t": "limit", "kind": "memory"})
            kill_tree()
        time.sleep(0.02)


if MEMORY.get("rssMb"):
    threading.Thread(target=rss_watch, args=(MEMORY["rssMb"] * 1024 * 1024,), daemon=True).start()
if MEMORY.get("addressSpaceMb"):
    try:
        import resource

        limit = MEMORY["addressSpaceMb"] * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except Exception:
        pass
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)
sys.setrecursionlimit(CFG.get("recursionLimit", 6000))


class Capture:
    total = 0

    def __init__(self):
        self.parts = []

    def write(self, s):
        if not isinstance(s, str):
            s = str(s)
        Capture.total += len(s.encode("utf-8", "surrogatepass"))
        if Capture.total > CAP:
            send({"t": "limit", "kind": "output"})
            kill_tree()
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts)

    def isatty(self):
        return False


MAX_SAFE = 2 ** 53 - 1


def _codec():
    # Values in wire format v2 (PROTOCOL.md). Closures, not module globals: a solution rebinding the
    # module's names cannot reach the recursion.
    def enc(v, depth=0):
        if depth > 2000:
            return {"$": "repr", "v": "<nested too deeply>"}
        t = type(v)
        if v is None or t is bool or t is str:
            return v
        if t is int or isinstance(v, int):
            v = int(v)
            return v if -MAX_SAFE <= v <= MAX_SAFE else {"$": "int", "v": str(v)}
        if isinstance(v, float):
            if math.isnan(v):
                return {"$": "NaN"}
            if math.isinf(v):
                return {"$": "Inf"} if v > 0 else {"$": "-Inf"}
            if v == 0 and math.copysign(1.0, v) < 0:
                return {"$": "-0"}
            # A whole-number float (3.0, 1e16) would read as an int: it is tagged.
            return {"$": "float", "v": repr(float(v))} if v.is_integer() else float(v)
        if isinstance(v, (list, tuple)):
            # Plain lists of small ints or of strings need no tags: skip the per-element walk.
            if all(type(x) is int for x in v) and (not v or (-MAX_SAFE <= min(v) and max(v) <= MAX_SAFE)):
                return list(v)
            if all(type(x) is str for x in v):
                return list(v)
            return [enc(x, depth + 1) for x in v]
        if isinstance(v, (set, frozenset)):
            return {"$": "set", "v": [enc(x, depth + 1) for x in v]}
        if isinstance(v, dict):
            return {"$": "map", "v": [[enc(k, depth + 1), enc(x, depth + 1)] for k, x in v.items()]}
        return {"$": "repr", "v": repr(v)[:300]}

    def dec(t):
        if isinstance(t, list):
            return [dec(x) for x in t]
        if isinstance(t, dict):
            tag = t.get("$")
            if tag == "int":
                return int(t["v"])
            if tag == "float":
                return float(t["v"])
            if tag == "NaN":
                return float("nan")
            if tag == "Inf":
                return float("inf")
            if tag == "-Inf":
                return float("-inf")
            if tag == "-0":
                return -0.0
            if tag == "map":
                return {dec(k): dec(x) for k, x in t["v"]}
            if tag == "set":
                return {dec(x) for x in t["v"]}
            return None
        return t

    return enc, dec


enc, dec = _codec()


SOURCE = CFG["file"]


def line_of(exc):
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == SOURCE:
            line = lineno
    if line is None and isinstance(exc, SyntaxError) and exc.filename == SOURCE:
        line = exc.lineno
    return line


def describe(exc):
    name = type(exc).__name__
    msg = str(exc)
    return name + (": " + msg if msg else "")


def main(send=send, enc=enc, dec=dec, describe=describe, line_of=line_of, kill_tree=kill_tree, Capture=Capture, _loads=_loads):
    # The helpers are this frame's own (bound as defaults before judged code runs): rebinding the
    # module's names from a solution changes nothing here.
    global current
    with open(SOURCE, encoding="utf-8") as f:
        src = f.read()
    ns = {"__name__": "solution", "__builtins__": __builtins__}
    cap_out, cap_err = Capture(), Capture()
    sys.stdout, sys.stderr = cap_out, cap_err
    try:
        exec("from typing import *", ns)
        exec(compile(src, SOURCE, "exec"), ns)
    except SyntaxError as e:
        send({"t": "load", "ok": False, "kind": "compile-error", "error": describe(e), "line": e.lineno, "out": cap_out.text(), "err": cap_err.text()})
        kill_tree()
    except BaseException as e:
        kind = "memory-limit" if isinstance(e, MemoryError) else "runtime-error"
        send({"t": "load", "ok": False, "kind": kind, "error": describe(e), "line": line_of(e), "out": cap_out.text(), "err": cap_err.text()})
        kill_tree()
    name = CFG["entry"]
    entry = ns.get(name)
    if not callable(entry) and not CFG["isClass"] and isinstance(ns.get("Solution"), type):
        inst = ns["Solution"]()
        if callable(getattr(inst, name, None)):
            entry = getattr(inst, name)
    if not callable(entry):
        what = "class" if CFG["isClass"] else "function"
        example = ("class " + name + ":") if CFG["isClass"] else ("def " + name + "(...):")
        send({"t": "load", "ok": False, "kind": "compile-error", "error": "no " + what + ' named "' + name + '" was found: define it at the top level of your file (for example "' + example + '")'})
        kill_tree()
    send({"t": "load", "ok": True})
    cases = os.fdopen(CH["cases"], "rb", buffering=1 << 16)

    def watched(c):
        # The parent times this case between "ready" and "returned": a timed case, or one sent alone.
        return c.get("timed") is True or c.get("clock") is True

    def ready(c):
        # A timed case waits for the parent's "go", which starts the parent's clock.
        if not watched(c):
            return
        send({"t": "ready", "i": c["i"]})
        while c.get("timed"):
            line = cases.readline()
            if not line:
                kill_tree()
            try:
                msg = _loads(line)
            except ValueError:
                continue
            if type(msg) is dict and msg.get("t") == "go" and msg.get("i") == c["i"]:
                return

    while True:
        line = cases.readline()
        if not line:
            break
        try:
            c = _loads(line)
        except ValueError:
            continue
        if type(c) is not dict or c.get("t") != "case" or type(c.get("i")) is not int:
            continue
        current = c["i"]
        # The last case's arguments, object and value are freed here, outside any timing: freeing a
        # list of a million ints takes milliseconds.
        sets = args = args_list = value = obj = results = None
        cap_out, cap_err = Capture(), Capture()
        Capture.total = 0
        sys.stdout, sys.stderr = cap_out, cap_err
        try:
            if c["type"] == "call":
                # A timed case may ask for several calls in one timing (reps), each on its own decoded
                # copy of the arguments, all decoded before "ready": the value reported is the last call's.
                reps = c.get("reps")
                reps = reps if c.get("timed") and type(reps) is int and reps > 1 else 1
                sets = [dec(c["args"]) for _ in range(reps)]
                ready(c)
                for args in sets:
                    value = entry(*args)
            elif c["type"] == "ops":
                args_list = dec(c["args"])
                ready(c)
                obj = entry(*args_list[0])
                results = [None]
                for k in range(1, len(c["ops"])):
                    op = c["ops"][k]
                    method = getattr(obj, op, None)
                    if not callable(method):
                        raise AttributeError('the class has no method "' + op + '"')
                    results.append(method(*args_list[k]))
                value = results
            elif c["type"] == "script":
                body = "def __drills_case__(" + name + "):\n" + "".join("    " + l + "\n" for l in c["script"].splitlines()) + "    return None\n"
                scope = dict(ns)
                exec(compile(body, "test-case", "exec"), scope)
                ready(c)
                value = scope["__drills_case__"](entry)
            else:
                raise ValueError('this harness cannot run a "' + str(c["type"]) + '" case')
            if watched(c):
                send({"t": "returned", "i": current})
            send({"t": "result", "i": current, "ok": True, "value": enc(value), "out": cap_out.text(), "err": cap_err.text()})
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            msg = "the solution called exit()" if isinstance(e, SystemExit) else describe(e)
            send({"t": "result", "i": current, "ok": False, "memory": isinstance(e, MemoryError), "error": msg, "line": line_of(e), "out": cap_out.text(), "err": cap_err.text()})
    kill_tree()


main()
