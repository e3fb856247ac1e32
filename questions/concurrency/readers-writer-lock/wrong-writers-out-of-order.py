# Writer-preferring and never starved by readers, but waiting writers are served newest first:
# the check looks at the end of the waiting list instead of its front.
import threading


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False
        self.waiting = []  # tickets of waiting writers, in arrival order
        self.next_ticket = 0

    def acquireRead(self):
        with self.cond:
            while self.writer or self.waiting:
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
            self.waiting.append(ticket)
            while self.writer or self.readers > 0 or self.waiting[-1] != ticket:
                self.cond.wait()
            self.waiting.remove(ticket)
            self.writer = True

    def releaseWrite(self):
        with self.cond:
            self.writer = False
            self.cond.notify_all()
