// Always cuts the longest name that matches and never reconsiders.
function canSplit(token, names) {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  let i = 0;
  while (i < token.length) {
    const name = sorted.find((n) => token.startsWith(n, i));
    if (name === undefined) return false;
    i += name.length;
  }
  return true;
}
