// At equal times it opens the new session before closing the old one, so back-to-back sessions count twice.
function peakSessions(sessions) {
  const events = [];
  for (const [s, e] of sessions) events.push([s, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let open = 0;
  let best = 0;
  for (const [, d] of events) {
    open += d;
    best = Math.max(best, open);
  }
  return best;
}
