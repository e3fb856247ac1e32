class MinStack:
    def __init__(self):
        self.items = []

    def push(self, x):
        current = x if not self.items else min(x, self.items[-1][1])
        self.items.append((x, current))

    def pop(self):
        self.items.pop()

    def top(self):
        return self.items[-1][0]

    def getMin(self):
        return self.items[-1][1]
