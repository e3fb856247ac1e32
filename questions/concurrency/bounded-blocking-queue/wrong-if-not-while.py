# Checks the condition with `if` instead of `while` and wakes everyone: a woken taker whose item was
# taken by another thread pops from an empty deque.
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            if len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def take(self):
        with self.cond:
            if not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item

    def size(self):
        with self.cond:
            return len(self.items)
