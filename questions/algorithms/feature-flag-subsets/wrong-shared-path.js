// Pushes the path itself instead of a copy: every recorded subset ends up as the same (empty) list.
function flagSubsets(flags) {
  const out = [];
  const path = [];
  const go = (start) => {
    out.push(path);
    for (let i = start; i < flags.length; i++) {
      path.push(flags[i]);
      go(i + 1);
      path.pop();
    }
  };
  go(0);
  return out;
}
