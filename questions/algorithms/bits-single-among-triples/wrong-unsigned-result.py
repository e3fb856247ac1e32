# Counts all 32 bits correctly but never converts back from unsigned, so negative ids come out as large positives.
def loneRequestId(ids):
    result = 0
    for bit in range(32):
        count = sum(1 for x in ids if (x >> bit) & 1)
        if count % 3:
            result |= 1 << bit
    return result
