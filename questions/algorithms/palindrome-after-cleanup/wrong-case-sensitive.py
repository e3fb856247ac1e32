# Forgets to ignore case: "Aba" is rejected.
def isCleanPalindrome(s):
    t = [c for c in s if c.isascii() and c.isalnum()]
    return t == t[::-1]
