# Same bug as the JavaScript one: equal minimums are not tracked separately.
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, x):
        self.items.append(x)
        if not self.mins or x < self.mins[-1]:
            self.mins.append(x)

    def pop(self):
        x = self.items.pop()
        if x == self.mins[-1]:
            self.mins.pop()

    def top(self):
        return self.items[-1]

    def getMin(self):
        return self.mins[-1]
