# Runs inside the child process. Reads its config (token, cases) from a file it deletes before any
# user code loads, then reports token-tagged records on file descriptor 3. It never sees expected
# answers: the parent compares.
import json
import math
import os
import sys
import time
import traceback

cfg_path = sys.argv[1]
with open(cfg_path, encoding="utf-8") as f:
    CFG = json.load(f)
os.unlink(cfg_path)
TOKEN = CFG["token"]
CAP = CFG["outputCap"]
_write = os.write
_kill = os.kill
_getpid = os.getpid
current = -1


def send(rec):
    try:
        _write(3, (TOKEN + " " + json.dumps(rec) + "\n").encode("utf-8"))
    except Exception:
        pass


class Capture:
    def __init__(self):
        self.parts = []
        self.size = 0

    def write(self, s):
        if not isinstance(s, str):
            s = str(s)
        Capture.total += len(s.encode("utf-8", "surrogatepass"))
        if Capture.total > CAP:
            send({"t": "olimit", "i": current})
            _kill(_getpid(), 9)
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts)

    def isatty(self):
        return False


Capture.total = 0

try:
    import resource

    limit = CFG["memoryMb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
except Exception:
    pass
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)
sys.setrecursionlimit(CFG.get("recursionLimit", 6000))


def enc(v, depth=0):
    if depth > 2000:
        return {"$": "repr", "v": "<nested too deeply>"}
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if -(2 ** 53) < v < 2 ** 53 else {"$": "big", "v": str(v)}
    if isinstance(v, float):
        if math.isnan(v):
            return {"$": "NaN"}
        if math.isinf(v):
            return {"$": "Inf"} if v > 0 else {"$": "-Inf"}
        if v == 0 and math.copysign(1.0, v) < 0:
            return {"$": "-0"}
        return v
    if isinstance(v, (list, tuple)):
        return [enc(x, depth + 1) for x in v]
    if isinstance(v, (set, frozenset)):
        return [enc(x, depth + 1) for x in sorted(v, key=repr)]
    if isinstance(v, dict):
        return {"$": "obj", "v": {str(k): enc(x, depth + 1) for k, x in v.items()}}
    return {"$": "repr", "v": repr(v)[:300]}


def dec(t):
    if isinstance(t, list):
        return [dec(x) for x in t]
    if isinstance(t, dict):
        tag = t.get("$")
        if tag == "NaN":
            return float("nan")
        if tag == "Inf":
            return float("inf")
        if tag == "-Inf":
            return float("-inf")
        if tag == "-0":
            return -0.0
        if tag == "undef":
            return None
        if tag == "big":
            return int(t["v"])
        if tag == "obj":
            return {k: dec(x) for k, x in t["v"].items()}
        return None
    return t


def line_of(exc):
    tb = exc.__traceback__
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == "solution.py":
            line = lineno
    if line is None and isinstance(exc, SyntaxError) and exc.filename == "solution.py":
        line = exc.lineno
    return line


def describe(exc):
    name = type(exc).__name__
    msg = str(exc)
    return name + (": " + msg if msg else "")


def main():
    global current
    with open(CFG["file"], encoding="utf-8") as f:
        src = f.read()
    ns = {"__name__": "solution", "__builtins__": __builtins__}
    real_out, real_err = sys.stdout, sys.stderr
    cap_out, cap_err = Capture(), Capture()
    sys.stdout, sys.stderr = cap_out, cap_err
    try:
        exec("from typing import *", ns)
        code = compile(src, "solution.py", "exec")
        exec(code, ns)
    except SyntaxError as e:
        send({"t": "load", "ok": False, "kind": "compile-error", "error": describe(e), "line": e.lineno, "out": cap_out.text(), "err": cap_err.text()})
        send({"t": "done"})
        return
    except BaseException as e:
        kind = "memory" if isinstance(e, MemoryError) else "runtime-error"
        send({"t": "load", "ok": False, "kind": kind, "error": describe(e), "line": line_of(e), "out": cap_out.text(), "err": cap_err.text()})
        send({"t": "done"})
        return
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
        send({"t": "done"})
        return
    send({"t": "load", "ok": True})
    for c in CFG["cases"]:
        current = c["i"]
        cap_out, cap_err = Capture(), Capture()
        Capture.total = 0
        sys.stdout, sys.stderr = cap_out, cap_err
        send({"t": "start", "i": c["i"]})
        t0 = time.perf_counter()
        try:
            if c["type"] == "call":
                args = dec(json.loads(c["args"]))
                value = entry(*args)
            elif c["type"] == "ops":
                args_list = dec(json.loads(c["args"]))
                obj = entry(*args_list[0])
                results = [None]
                for k in range(1, len(c["ops"])):
                    op = c["ops"][k]
                    method = getattr(obj, op, None)
                    if not callable(method):
                        raise AttributeError('the class has no method "' + op + '"')
                    results.append(method(*args_list[k]))
                value = results
            else:
                body = "def __drills_case__(" + name + "):\n" + "".join("    " + l + "\n" for l in c["script"].splitlines()) + "    return None\n"
                scope = dict(ns)
                exec(compile(body, "test-case", "exec"), scope)
                scope["__drills_case__"](entry)
                value = None
            ms = (time.perf_counter() - t0) * 1000
            encoded = enc(value)
            send({"t": "case", "i": c["i"], "ok": True, "value": encoded, "ms": ms, "out": cap_out.text(), "err": cap_err.text()})
        except BaseException as e:
            ms = (time.perf_counter() - t0) * 1000
            if isinstance(e, (KeyboardInterrupt, SystemExit)) and not isinstance(e, SystemExit):
                raise
            msg = describe(e)
            if isinstance(e, SystemExit):
                msg = "the solution called exit()"
            send({"t": "case", "i": c["i"], "ok": False, "memory": isinstance(e, MemoryError), "assertion": isinstance(e, AssertionError), "error": msg, "line": line_of(e), "ms": ms, "out": cap_out.text(), "err": cap_err.text()})
    sys.stdout, sys.stderr = real_out, real_err
    send({"t": "done"})


main()
