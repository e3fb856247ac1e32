// Marks each row sent before handing it to the broker: a crash right after loses the events.
class OutboxRelay {
  constructor(batchSize) { this.batchSize = batchSize; this.unsent = []; }
  commit(eventId, aggregate) { this.unsent.push([eventId, aggregate]); }
  poll(rejected, crash) {
    const refused = new Set(rejected), blocked = new Set(), delivered = [], keep = [];
    this.unsent.forEach(([id, agg], i) => {
      if (i >= this.batchSize || blocked.has(agg)) { keep.push([id, agg]); return; }
      if (refused.has(id)) { blocked.add(agg); keep.push([id, agg]); return; }
      delivered.push(id); // marked (dropped from unsent) here, crash or not
    });
    this.unsent = keep;
    return delivered;
  }
  pending() { return this.unsent.length; }
}
