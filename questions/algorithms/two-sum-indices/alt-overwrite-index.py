# The textbook one pass: check first, then store (overwriting) the value's latest index.
def pairWithSum(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], j]
        seen[x] = j
    return []
