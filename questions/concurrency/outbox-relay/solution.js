class OutboxRelay {
  constructor(batchSize) {
    this.batchSize = batchSize;
    this.unsent = []; // [eventId, aggregate] in commit order
  }
  commit(eventId, aggregate) {
    this.unsent.push([eventId, aggregate]);
  }
  poll(rejected, crash) {
    const refused = new Set(rejected);
    const blocked = new Set();
    const delivered = [];
    const sent = new Set(); // indexes into the batch
    const batch = this.unsent.slice(0, this.batchSize);
    batch.forEach(([id, agg], i) => {
      if (blocked.has(agg)) return;
      if (refused.has(id)) {
        blocked.add(agg);
        return;
      }
      delivered.push(id);
      sent.add(i);
    });
    // Mark only after the broker acknowledged; a crash before this line loses no event.
    if (!crash) this.unsent = this.unsent.filter((_, i) => !sent.has(i));
    return delivered;
  }
  pending() {
    return this.unsent.length;
  }
}
