// Backtracks over every cut without remembering failed positions: exponential on "aaaa...ab".
function canSplit(token, names) {
  const from = (i) => {
    if (i === token.length) return true;
    for (const name of names) if (token.startsWith(name, i) && from(i + name.length)) return true;
    return false;
  };
  return from(0);
}
