def loneRequestId(ids):
    result = 0
    for bit in range(32):
        mask = 1 << bit
        count = 0
        for x in ids:
            if x & mask:
                count += 1
        if count % 3:
            result |= mask
    if result >= 1 << 31:
        result -= 1 << 32
    return result
