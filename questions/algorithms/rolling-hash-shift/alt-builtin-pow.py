# Python's three-argument pow does square-and-multiply itself.
def shiftFactor(base, length, mod):
    return pow(base, length, mod)
