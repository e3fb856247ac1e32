function gossipSuspects(n, tFail, crashAt, rounds) {
  const hb = Array.from({ length: n }, () => Array(n).fill(0)); // hb[i][j]: i's view of j's heartbeat
  const seen = Array.from({ length: n }, () => Array(n).fill(0)); // round i last saw it increase
  const live = (i, k) => crashAt[i] === -1 || k < crashAt[i];
  rounds.forEach((messages, idx) => {
    const k = idx + 1;
    for (let i = 0; i < n; i++) if (live(i, k)) { hb[i][i]++; seen[i][i] = k; }
    const snapshot = hb.map((row) => row.slice()); // every message carries its sender's start-of-round table
    for (const [from, to] of messages) {
      if (!live(from, k) || !live(to, k)) continue;
      for (let j = 0; j < n; j++) {
        if (snapshot[from][j] > hb[to][j]) { hb[to][j] = snapshot[from][j]; seen[to][j] = k; }
      }
    }
  });
  const last = rounds.length;
  return hb.map((_, i) => {
    if (!live(i, last)) return [];
    const out = [];
    for (let j = 0; j < n; j++) if (j !== i && last - seen[i][j] >= tFail) out.push(j);
    return out;
  });
}
