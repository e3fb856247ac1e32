# Refreshes the record's timestamp on every replay, so a client that keeps retrying never lets the key expire.
class IdempotencyStore:
    def __init__(self, ttlMs):
        self.ttl = ttlMs
        self.records = {}
        self.processed = 0

    def handle(self, key, requestHash, nowMs):
        rec = self.records.get(key)
        if rec is not None and nowMs < rec["createdAt"] + self.ttl:
            if rec["hash"] != requestHash:
                return {"status": 422, "error": "idempotency_key_reused"}
            rec["createdAt"] = nowMs
            return {"status": 201, "orderId": rec["orderId"], "replayed": True}
        self.processed += 1
        self.records[key] = {"hash": requestHash, "createdAt": nowMs, "orderId": self.processed}
        return {"status": 201, "orderId": self.processed, "replayed": False}

    def activeKeys(self, nowMs):
        return sum(1 for r in self.records.values() if nowMs < r["createdAt"] + self.ttl)
