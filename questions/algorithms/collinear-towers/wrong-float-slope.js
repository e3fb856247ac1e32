// Names a line by its floating-point slope: nearly equal slopes round to the same number.
function mostOnOneLine(towers) {
  let best = 1;
  for (let i = 0; i < towers.length; i++) {
    const count = new Map();
    for (let j = i + 1; j < towers.length; j++) {
      const dx = towers[j][0] - towers[i][0], dy = towers[j][1] - towers[i][1];
      const slope = dx === 0 ? 'vertical' : String(dy / dx + 0);
      const c = (count.get(slope) ?? 0) + 1;
      count.set(slope, c);
      best = Math.max(best, c + 1);
    }
  }
  return best;
}
