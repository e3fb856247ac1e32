import hashlib
import hmac
import re

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _base32(secret):
    bits = "".join(format(ALPHABET.index(c), "05b") for c in re.sub(r"[\s=]", "", secret).upper())
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))


def _code_at(key, step):
    h = hmac.new(key, step.to_bytes(8, "big"), hashlib.sha1).digest()
    o = h[-1] & 0x0F
    value = int.from_bytes(h[o:o + 4], "big") & 0x7FFFFFFF
    return "%06d" % (value % 1000000)


def verifyTotp(code, secret, now, lastUsedStep):
    if not re.fullmatch(r"[0-9]{6}", code):
        return -1
    key = _base32(secret)
    step = now // 30
    for s in (step - 1, step, step + 1):
        if s < 0 or s <= lastUsedStep:
            continue
        if hmac.compare_digest(_code_at(key, s), code):
            return s
    return -1
