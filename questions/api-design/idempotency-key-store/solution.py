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
            return {"status": rec["status"], "orderId": rec["orderId"], "replayed": True}
        self.processed += 1
        self.records[key] = {"hash": requestHash, "createdAt": nowMs, "status": 201, "orderId": self.processed}
        return {"status": 201, "orderId": self.processed, "replayed": False}

    def activeKeys(self, nowMs):
        expired = [k for k, r in self.records.items() if nowMs >= r["createdAt"] + self.ttl]
        for k in expired:
            del self.records[k]
        return len(self.records)
