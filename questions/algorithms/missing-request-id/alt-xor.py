# Every id present on both sides cancels under XOR; the missing one is left.
def missingId(ids):
    x = len(ids)
    for i, id_ in enumerate(ids):
        x ^= i ^ id_
    return x
