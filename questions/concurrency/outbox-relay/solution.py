class OutboxRelay:
    def __init__(self, batchSize):
        self.batch_size = batchSize
        self.unsent = []  # (eventId, aggregate) in commit order

    def commit(self, eventId, aggregate):
        self.unsent.append((eventId, aggregate))

    def poll(self, rejected, crash):
        refused = set(rejected)
        blocked = set()
        delivered, sent = [], set()
        for i, (eid, agg) in enumerate(self.unsent[: self.batch_size]):
            if agg in blocked:
                continue
            if eid in refused:
                blocked.add(agg)
                continue
            delivered.append(eid)
            sent.add(i)
        if not crash:
            self.unsent = [row for i, row in enumerate(self.unsent) if i not in sent]
        return delivered

    def pending(self):
        return len(self.unsent)
