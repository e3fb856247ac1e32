// Every pair defines a line; count the towers on it with an exact BigInt cross product.
// Throws when two towers share a position.
function mostOnOneLine(towers) {
  const keys = new Set(towers.map(([x, y]) => `${x},${y}`));
  if (keys.size !== towers.length) throw new Error('tower positions must be distinct');
  if (towers.length <= 2) return [towers.length];
  let best = 2;
  const p = towers.map(([x, y]) => [BigInt(x), BigInt(y)]);
  for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) {
    let count = 0;
    for (let k = 0; k < p.length; k++) {
      if ((p[j][0] - p[i][0]) * (p[k][1] - p[i][1]) === (p[j][1] - p[i][1]) * (p[k][0] - p[i][0])) count++;
    }
    best = Math.max(best, count);
  }
  return [best];
}
