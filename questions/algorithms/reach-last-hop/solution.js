function canReachEnd(reach) {
  let furthest = 0;
  for (let i = 0; i < reach.length; i++) {
    if (i > furthest) return false;
    furthest = Math.max(furthest, i + reach[i]);
    if (furthest >= reach.length - 1) return true;
  }
  return true;
}
