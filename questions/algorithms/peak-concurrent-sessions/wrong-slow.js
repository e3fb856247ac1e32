// Counts the open sessions at every start time by scanning all sessions: O(n^2).
function peakSessions(sessions) {
  let best = 0;
  for (const [s] of sessions) {
    let open = 0;
    for (const [a, b] of sessions) if (a <= s && s < b) open++;
    best = Math.max(best, open);
  }
  return best;
}
