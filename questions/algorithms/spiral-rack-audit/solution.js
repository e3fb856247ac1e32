function spiralAudit(racks) {
  const out = [];
  let top = 0, bottom = racks.length - 1, left = 0, right = racks[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) out.push(racks[top][c]);
    top++;
    for (let r = top; r <= bottom; r++) out.push(racks[r][right]);
    right--;
    if (top <= bottom) {
      for (let c = right; c >= left; c--) out.push(racks[bottom][c]);
      bottom--;
    }
    if (left <= right) {
      for (let r = bottom; r >= top; r--) out.push(racks[r][left]);
      left++;
    }
  }
  return out;
}
