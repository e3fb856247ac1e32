# Leaves a refused event for later but keeps publishing that aggregate's newer events, so consumers
# see "order shipped" before "order paid".
class OutboxRelay:
    def __init__(self, batchSize):
        self.batch_size = batchSize
        self.unsent = []

    def commit(self, eventId, aggregate):
        self.unsent.append((eventId, aggregate))

    def poll(self, rejected, crash):
        refused = set(rejected)
        delivered, sent = [], set()
        for i, (eid, agg) in enumerate(self.unsent[: self.batch_size]):
            if eid in refused:
                continue
            delivered.append(eid)
            sent.add(i)
        if not crash:
            self.unsent = [row for i, row in enumerate(self.unsent) if i not in sent]
        return delivered

    def pending(self):
        return len(self.unsent)
