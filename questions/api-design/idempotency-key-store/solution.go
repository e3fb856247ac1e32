// A map from key to its record (hash, creation time, order id). Expiry is decided on read: a record
// created at t is live while now < t + ttl, and an expired one behaves as if the key were new.
// activeKeys counts the live records and drops the expired ones as it passes them.
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
	if rec, ok := this.records[key]; ok && nowMs < rec.created+this.ttl {
		if rec.hash != requestHash {
			reason := "idempotency_key_reused"
			return Response{Status: 422, Error: &reason}
		}
		return created(rec.orderID, true)
	}
	this.processed++
	this.records[key] = idemRecord{hash: requestHash, created: nowMs, orderID: this.processed}
	return created(this.processed, false)
}

func (this *IdempotencyStore) ActiveKeys(nowMs int64) int {
	live := 0
	for key, rec := range this.records {
		if nowMs < rec.created+this.ttl {
			live++
		} else {
			delete(this.records, key)
		}
	}
	return live
}

func created(orderID int, replayed bool) Response {
	return Response{Status: 201, OrderId: &orderID, Replayed: &replayed}
}
