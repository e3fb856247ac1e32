// Forgets to wrap around: keys hashing past the last point go to the last point instead of the first.
function fnv1a(s) {
  let h = 2166136261;
  for (const byte of Buffer.from(s, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

class HashRing {
  constructor(replicas) {
    this.replicas = replicas;
    this.nodes = new Set();
    this.points = [];
  }
  rebuild() {
    this.points = [];
    for (const name of this.nodes) for (let i = 0; i < this.replicas; i++) this.points.push([fnv1a(`${name}#${i}`), name]);
    this.points.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  }
  addNode(name) {
    if (this.nodes.has(name)) return;
    this.nodes.add(name);
    this.rebuild();
  }
  removeNode(name) {
    if (this.nodes.delete(name)) this.rebuild();
  }
  ownerOf(key) {
    if (this.points.length === 0) return '';
    const h = fnv1a(key);
    const i = this.points.findIndex((p) => p[0] >= h);
    return this.points[i === -1 ? this.points.length - 1 : i][1];
  }
}
