class QuorumStore {
  constructor(n, w, r) {
    this.w = w;
    this.r = r;
    this.isUp = Array(n).fill(true);
    this.data = Array.from({ length: n }, () => new Map()); // key -> [version, value]
    this.version = 0;
  }
  down(replica) { this.isUp[replica] = false; }
  up(replica) { this.isUp[replica] = true; }
  upReplicas() {
    const ids = [];
    this.isUp.forEach((u, i) => { if (u) ids.push(i); });
    return ids;
  }
  write(key, value) {
    const stamped = [++this.version, value];
    const reached = this.upReplicas();
    for (const i of reached) this.data[i].set(key, stamped);
    return reached.length >= this.w; // no rollback: replicas that stored it keep it
  }
  read(key) {
    const asked = this.upReplicas().slice(0, this.r);
    if (asked.length < this.r) return 'UNAVAILABLE';
    let newest = null;
    for (const i of asked) {
      const v = this.data[i].get(key);
      if (v !== undefined && (newest === null || v[0] > newest[0])) newest = v;
    }
    if (newest === null) return null;
    for (const i of asked) this.data[i].set(key, newest); // read repair
    return newest[1];
  }
  copies(key) {
    let best = 0, count = 0;
    for (const d of this.data) {
      const v = d.get(key);
      if (v === undefined) continue;
      if (v[0] > best) { best = v[0]; count = 1; } else if (v[0] === best) count++;
    }
    return count;
  }
}
