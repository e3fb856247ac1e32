# Plain recursion without memory: exponential time.
def rolloutPlans(n):
    if n <= 2:
        return n
    return rolloutPlans(n - 1) + rolloutPlans(n - 2)
