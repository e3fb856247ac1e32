# Backtracks over every cut without remembering failed positions: exponential on "aaaa...ab".
def canSplit(token, names):
    def from_(i):
        if i == len(token):
            return True
        return any(token.startswith(name, i) and from_(i + len(name)) for name in names)

    return from_(0)
