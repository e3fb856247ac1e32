// Stops the whole run at the first refused event: one stuck aggregate holds back every other one.
class OutboxRelay {
  constructor(batchSize) { this.batchSize = batchSize; this.unsent = []; }
  commit(eventId, aggregate) { this.unsent.push([eventId, aggregate]); }
  poll(rejected, crash) {
    const refused = new Set(rejected), delivered = [];
    let n = 0;
    for (const [id] of this.unsent.slice(0, this.batchSize)) {
      if (refused.has(id)) break;
      delivered.push(id);
      n++;
    }
    if (!crash) this.unsent = this.unsent.slice(n);
    return delivered;
  }
  pending() { return this.unsent.length; }
}
