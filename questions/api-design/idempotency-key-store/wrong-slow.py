# Right answers, but keeps the records in a list and searches it on every request: O(k) per handle.
class IdempotencyStore:
    def __init__(self, ttlMs):
        self.ttl = ttlMs
        self.records = []
        self.processed = 0

    def handle(self, key, requestHash, nowMs):
        for i, rec in enumerate(self.records):
            if rec["key"] == key:
                break
        else:
            i, rec = -1, None
        if rec is not None and nowMs < rec["createdAt"] + self.ttl:
            if rec["hash"] != requestHash:
                return {"status": 422, "error": "idempotency_key_reused"}
            return {"status": 201, "orderId": rec["orderId"], "replayed": True}
        self.processed += 1
        fresh = {"key": key, "hash": requestHash, "createdAt": nowMs, "orderId": self.processed}
        if i >= 0:
            self.records[i] = fresh
        else:
            self.records.append(fresh)
        return {"status": 201, "orderId": self.processed, "replayed": False}

    def activeKeys(self, nowMs):
        self.records = [r for r in self.records if nowMs < r["createdAt"] + self.ttl]
        return len(self.records)
