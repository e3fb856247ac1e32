// Walks all four sides of every ring without checking the bounds in between, so a lone middle
// row or column is walked there and back.
function spiralAudit(racks) {
  const out = [];
  let top = 0, bottom = racks.length - 1, left = 0, right = racks[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) out.push(racks[top][c]);
    for (let r = top + 1; r <= bottom; r++) out.push(racks[r][right]);
    for (let c = right - 1; c >= left; c--) out.push(racks[bottom][c]);
    for (let r = bottom - 1; r > top; r--) out.push(racks[r][left]);
    top++; bottom--; left++; right--;
  }
  return out;
}
