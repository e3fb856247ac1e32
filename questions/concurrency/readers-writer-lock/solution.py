import threading


class RWLock:
    """Writers take a ticket when they arrive and go in ticket order; readers wait while any writer
    holds or waits for the lock, so a stream of readers cannot starve a writer."""

    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False
        self.next_ticket = 0  # handed to each arriving writer
        self.serving = 0  # the ticket whose writer goes next

    def acquireRead(self):
        with self.cond:
            while self.writer or self.next_ticket > self.serving:
                self.cond.wait()
            self.readers += 1

    def releaseRead(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquireWrite(self):
        with self.cond:
            ticket = self.next_ticket
            self.next_ticket += 1
            while self.writer or self.readers > 0 or ticket != self.serving:
                self.cond.wait()
            self.writer = True

    def releaseWrite(self):
        with self.cond:
            self.writer = False
            self.serving += 1
            self.cond.notify_all()
