// The single valid answer; rejects a case that breaks the promised shape of the input.
function gossipSuspects(n, tFail, crashAt, rounds) {
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error('n must be 1..50');
  if (!Number.isInteger(tFail) || tFail < 1) throw new Error('tFail must be at least 1');
  if (crashAt.length !== n) throw new Error('crashAt needs one entry per node');
  for (const c of crashAt) if (c !== -1 && !(Number.isInteger(c) && c >= 1)) throw new Error(`crashAt entry ${c}`);
  for (const ms of rounds) for (const [f, t] of ms) if (!(f >= 0 && f < n && t >= 0 && t < n && f !== t)) throw new Error(`message ${f} -> ${t}`);
  const hb = Array.from({ length: n }, () => Array(n).fill(0)), seen = Array.from({ length: n }, () => Array(n).fill(0));
  const live = (i, k) => crashAt[i] === -1 || k < crashAt[i];
  rounds.forEach((ms, idx) => {
    const k = idx + 1;
    for (let i = 0; i < n; i++) if (live(i, k)) { hb[i][i]++; seen[i][i] = k; }
    const snap = hb.map((r) => r.slice());
    for (const [f, t] of ms) if (live(f, k) && live(t, k)) for (let j = 0; j < n; j++) if (snap[f][j] > hb[t][j]) { hb[t][j] = snap[f][j]; seen[t][j] = k; }
  });
  const last = rounds.length;
  return [hb.map((_, i) => (live(i, last) ? [...Array(n).keys()].filter((j) => j !== i && last - seen[i][j] >= tFail) : []))];
}
