// Scans every stream's front for each emitted line: O(N * k), too slow with thousands of streams.
function mergeLogStreams(streams) {
  const pos = new Array(streams.length).fill(0);
  const out = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < streams.length; i++) {
      if (pos[i] < streams[i].length && (best < 0 || streams[i][pos[i]] < streams[best][pos[best]])) best = i;
    }
    if (best < 0) return out;
    out.push([streams[best][pos[best]], best]);
    pos[best]++;
  }
}
