# Only looks at memory for argon2id: a single pass (t=1) is kept as "ok".
import re

DIGITS = re.compile(r"^[0-9]+$")
ARGON = re.compile(r"^m=([0-9]+),t=([0-9]+),p=([0-9]+)$")


def _verdict(value):
    f = value.split("$")
    if any(x == "" for x in f[1:]):
        return "reject"
    scheme = f[0]
    if scheme == "argon2id":
        if len(f) != 4:
            return "reject"
        m = ARGON.match(f[1])
        if not m:
            return "reject"
        mem, t, p = (int(x) for x in m.groups())
        if mem < 1 or t < 1 or p < 1:
            return "reject"
        if mem >= 19456:
            return "ok"
        return "rehash" if mem >= 4096 else "reject"
    if scheme == "bcrypt":
        if len(f) != 3 or not DIGITS.match(f[1]):
            return "reject"
        cost = int(f[1])
        if cost < 4 or cost > 31:
            return "reject"
        return "ok" if cost >= 12 else "rehash" if cost >= 10 else "reject"
    if scheme == "pbkdf2-sha256":
        if len(f) != 4 or not DIGITS.match(f[1]):
            return "reject"
        it = int(f[1])
        if it < 1:
            return "reject"
        return "ok" if it >= 600000 else "rehash" if it >= 100000 else "reject"
    return "reject"


def hashVerdicts(stored):
    return [_verdict(s) for s in stored]
