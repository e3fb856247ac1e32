function mostOnOneLine(towers) {
  const gcd = (a, b) => {
    while (b !== 0) [a, b] = [b, a % b];
    return Math.abs(a);
  };
  let best = 1;
  for (let i = 0; i < towers.length; i++) {
    const count = new Map();
    for (let j = i + 1; j < towers.length; j++) {
      let dx = towers[j][0] - towers[i][0];
      let dy = towers[j][1] - towers[i][1];
      const g = gcd(dx, dy);
      dx /= g;
      dy /= g;
      if (dx < 0 || (dx === 0 && dy < 0)) { dx = -dx; dy = -dy; }
      const key = `${dx},${dy}`;
      const c = (count.get(key) ?? 0) + 1;
      count.set(key, c);
      best = Math.max(best, c + 1);
    }
  }
  return best;
}
