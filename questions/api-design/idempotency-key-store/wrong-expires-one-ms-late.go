// Wrong: treats a record as still live at exactly createdAt + ttl, so a retry arriving on the
// expiry instant is answered from the old record instead of being processed as new.
type idemRecord struct {
	hash    string
	created int64
	orderID int
}

type IdempotencyStore struct {
	ttl       int64
	records   map[string]idemRecord
	processed int
}

func Constructor(ttlMs int) IdempotencyStore {
	return IdempotencyStore{ttl: int64(ttlMs), records: map[string]idemRecord{}}
}

func (this *IdempotencyStore) Handle(key string, requestHash string, nowMs int64) Response {
	if rec, ok := this.records[key]; ok && nowMs <= rec.created+this.ttl {
		if rec.hash != requestHash {
			reason := "idempotency_key_reused"
			return Response{Status: 422, Error: &reason}
		}
		id, replayed := rec.orderID, true
		return Response{Status: 201, OrderId: &id, Replayed: &replayed}
	}
	this.processed++
	this.records[key] = idemRecord{hash: requestHash, created: nowMs, orderID: this.processed}
	id, replayed := this.processed, false
	return Response{Status: 201, OrderId: &id, Replayed: &replayed}
}

func (this *IdempotencyStore) ActiveKeys(nowMs int64) int {
	live := 0
	for _, rec := range this.records {
		if nowMs <= rec.created+this.ttl {
			live++
		}
	}
	return live
}
