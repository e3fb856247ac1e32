# Looks for the name with its case as written: "KARLSSON" slips past "Karlsson".
import re


def passwordProblems(password, email, breached):
    out = []
    if len(password) < 12:
        out.append("too-short")
    if len(password) > 128:
        out.append("too-long")
    classes = sum(1 for pat in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^a-zA-Z0-9]") if re.search(pat, password))
    if classes < 3:
        out.append("needs-variety")
    local = email.split("@")[0]
    lower = password.lower()
    if len(local) >= 3 and local in password:
        out.append("contains-name")
    if any(b.lower() == lower for b in breached):
        out.append("breached")
    return out
