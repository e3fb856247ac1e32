class MinHeap {
  constructor() {
    this.a = [];
  }
  get size() {
    return this.a.length;
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function deployOrder(services, dependsOn) {
  const waiting = new Map(services.map((s) => [s, 0]));
  const dependents = new Map(services.map((s) => [s, []]));
  for (const [a, b] of dependsOn) {
    waiting.set(a, waiting.get(a) + 1);
    dependents.get(b).push(a);
  }
  const ready = new MinHeap();
  for (const [s, n] of waiting) if (n === 0) ready.push(s);
  const order = [];
  while (ready.size) {
    const s = ready.pop();
    order.push(s);
    for (const d of dependents.get(s)) {
      const left = waiting.get(d) - 1;
      waiting.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return order.length === services.length ? order : [];
}
