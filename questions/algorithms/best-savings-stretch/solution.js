function bestStretch(savings) {
  let endingHere = savings[0];
  let best = savings[0];
  for (let i = 1; i < savings.length; i++) {
    endingHere = Math.max(savings[i], endingHere + savings[i]);
    if (endingHere > best) best = endingHere;
  }
  return best;
}
