function peakSessions(sessions) {
  const starts = sessions.map((s) => s[0]).sort((a, b) => a - b);
  const ends = sessions.map((s) => s[1]).sort((a, b) => a - b);
  let open = 0;
  let best = 0;
  let j = 0;
  for (const s of starts) {
    while (ends[j] <= s) {
      j++;
      open--;
    }
    open++;
    if (open > best) best = open;
  }
  return best;
}
