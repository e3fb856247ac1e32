// Step-by-step walk that turns clockwise when blocked; throws on ragged rows.
function spiralAudit(racks) {
  const rows = racks.length, cols = racks[0].length;
  if (racks.some((row) => row.length !== cols)) throw new Error('rows must have the same length');
  const seen = racks.map((row) => row.map(() => false));
  const dirs = [[0, 1], [1, 0], [0, -1], [-1, 0]];
  const out = [];
  let r = 0, c = 0, d = 0;
  for (let k = 0; k < rows * cols; k++) {
    out.push(racks[r][c]);
    seen[r][c] = true;
    let nr = r + dirs[d][0], nc = c + dirs[d][1];
    if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr][nc]) {
      d = (d + 1) % 4;
      nr = r + dirs[d][0];
      nc = c + dirs[d][1];
    }
    r = nr;
    c = nc;
  }
  return [out];
}
