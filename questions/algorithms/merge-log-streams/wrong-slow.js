// Looks at every stream's front for each emitted line: O(N * k), too slow with thousands of streams.
function mergeLogStreams(streams) {
  const pos = streams.map(() => 0);
  const out = [];
  for (;;) {
    const fronts = streams.map((s, i) => (pos[i] < s.length ? [s[pos[i]], i] : null)).filter((f) => f !== null);
    if (fronts.length === 0) return out;
    const [t, i] = fronts.reduce((a, b) => (b[0] < a[0] ? b : a));
    out.push([t, i]);
    pos[i]++;
  }
}
