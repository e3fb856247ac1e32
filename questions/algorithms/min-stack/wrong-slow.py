# Right answers, but only recomputes the minimum (by scanning) when the minimum is popped:
# O(n) per pop of the minimum, so popping a descending stack is quadratic.
class MinStack:
    def __init__(self):
        self.items = []
        self.low = None

    def push(self, x):
        self.items.append(x)
        if self.low is None or x < self.low:
            self.low = x

    def pop(self):
        x = self.items.pop()
        if x == self.low:
            self.low = min(self.items) if self.items else None

    def top(self):
        return self.items[-1]

    def getMin(self):
        return self.low
