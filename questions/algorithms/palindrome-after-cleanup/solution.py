def _alnum(c):
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")


def isCleanPalindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if not _alnum(s[i]):
            i += 1
        elif not _alnum(s[j]):
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
