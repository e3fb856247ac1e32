function canSplit(token, names) {
  const set = new Set(names);
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  const ok = new Array(token.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= token.length; i++) {
    for (let len = 1; len <= longest && len <= i; len++) {
      if (ok[i - len] && set.has(token.slice(i - len, i))) { ok[i] = true; break; }
    }
  }
  return ok[token.length];
}
