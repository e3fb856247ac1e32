function budgetCombos(sizes, target) {
  const s = [...sizes].sort((a, b) => a - b);
  const out = [];
  const path = [];
  const go = (start, left) => {
    if (left === 0) {
      out.push([...path]);
      return;
    }
    for (let i = start; i < s.length && s[i] <= left; i++) {
      path.push(s[i]);
      go(i, left - s[i]);
      path.pop();
    }
  };
  go(0, target);
  return out;
}
