function flagSubsets(flags) {
  const out = [];
  const path = [];
  const go = (start) => {
    out.push([...path]);
    for (let i = start; i < flags.length; i++) {
      path.push(flags[i]);
      go(i + 1);
      path.pop();
    }
  };
  go(0);
  return out;
}
