function earliestCrossing(safeAt) {
  const rows = safeAt.length, cols = safeAt[0].length;
  // A binary min-heap of [cost, cell].
  const heap = [];
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
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
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  const done = new Uint8Array(rows * cols);
  push([safeAt[0][0], 0]);
  for (;;) {
    const [cost, cell] = pop();
    if (done[cell]) continue;
    done[cell] = 1;
    const r = Math.floor(cell / cols), c = cell % cols;
    if (r === rows - 1 && c === cols - 1) return cost;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || done[nr * cols + nc]) continue;
      push([Math.max(cost, safeAt[nr][nc]), nr * cols + nc]);
    }
  }
}
