// The heap compares timestamps only, so lines with equal timestamps come out in heap order, not by service index.
function mergeLogStreams(streams) {
  const heap = [];
  const less = (a, b) => a[0] < b[0];
  const push = (e) => {
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  streams.forEach((s, i) => {
    if (s.length > 0) push([s[0], i, 0]);
  });
  const out = [];
  while (heap.length > 0) {
    const [ts, i, pos] = pop();
    out.push([ts, i]);
    if (pos + 1 < streams[i].length) push([streams[i][pos + 1], i, pos + 1]);
  }
  return out;
}
