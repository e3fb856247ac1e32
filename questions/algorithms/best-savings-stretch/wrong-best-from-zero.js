// Starts the best at 0 and resets to 0, so a log where every hour is negative answers 0.
function bestStretch(savings) {
  let endingHere = 0;
  let best = 0;
  for (const x of savings) {
    endingHere = Math.max(0, endingHere + x);
    best = Math.max(best, endingHere);
  }
  return best;
}
