// Refreshes an entry's timer whenever a message mentions it, even when the heartbeat did not grow:
// gossip about a dead node keeps it looking alive forever.
function gossipSuspects(n, tFail, crashAt, rounds) {
  const hb = Array.from({ length: n }, () => Array(n).fill(0)), seen = Array.from({ length: n }, () => Array(n).fill(0));
  const live = (i, k) => crashAt[i] === -1 || k < crashAt[i];
  rounds.forEach((ms, idx) => {
    const k = idx + 1;
    for (let i = 0; i < n; i++) if (live(i, k)) { hb[i][i]++; seen[i][i] = k; }
    const snap = hb.map((r) => r.slice());
    for (const [f, t] of ms) {
      if (!live(f, k) || !live(t, k)) continue;
      for (let j = 0; j < n; j++) if (snap[f][j] > 0 && snap[f][j] >= hb[t][j]) { hb[t][j] = snap[f][j]; seen[t][j] = k; }
    }
  });
  const last = rounds.length;
  return hb.map((_, i) => (live(i, last) ? [...Array(n).keys()].filter((j) => j !== i && last - seen[i][j] >= tFail) : []));
}
