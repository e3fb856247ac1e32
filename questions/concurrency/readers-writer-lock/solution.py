import threading


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False
        self.waiting_writers = 0

    def acquireRead(self):
        with self.cond:
            while self.writer or self.waiting_writers > 0:
                self.cond.wait()
            self.readers += 1

    def releaseRead(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquireWrite(self):
        with self.cond:
            self.waiting_writers += 1
            while self.writer or self.readers > 0:
                self.cond.wait()
            self.waiting_writers -= 1
            self.writer = True

    def releaseWrite(self):
        with self.cond:
            self.writer = False
            self.cond.notify_all()
