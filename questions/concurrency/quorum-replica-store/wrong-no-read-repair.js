// Reads the newest version correctly but never repairs the replicas it asked, so stale copies stay.
class QuorumStore {
  constructor(n, w, r) { this.w = w; this.r = r; this.isUp = Array(n).fill(true); this.data = Array.from({ length: n }, () => new Map()); this.version = 0; }
  down(i) { this.isUp[i] = false; }
  up(i) { this.isUp[i] = true; }
  upReplicas() { return this.isUp.map((u, i) => (u ? i : -1)).filter((i) => i >= 0); }
  write(key, value) { const s = [++this.version, value]; const ids = this.upReplicas(); for (const i of ids) this.data[i].set(key, s); return ids.length >= this.w; }
  read(key) {
    const asked = this.upReplicas().slice(0, this.r);
    if (asked.length < this.r) return 'UNAVAILABLE';
    let newest = null;
    for (const i of asked) { const v = this.data[i].get(key); if (v && (!newest || v[0] > newest[0])) newest = v; }
    return newest ? newest[1] : null;
  }
  copies(key) {
    let best = 0, count = 0;
    for (const d of this.data) { const v = d.get(key); if (!v) continue; if (v[0] > best) { best = v[0]; count = 1; } else if (v[0] === best) count++; }
    return count;
  }
}
