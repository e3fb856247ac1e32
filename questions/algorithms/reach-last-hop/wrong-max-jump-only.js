// Always takes the longest jump from where it stands, which can land on a dead end that a shorter jump avoids.
function canReachEnd(reach) {
  let i = 0;
  while (i < reach.length - 1) {
    if (reach[i] === 0) return false;
    i += reach[i];
  }
  return true;
}
