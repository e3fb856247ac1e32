// Counts openers and closers per kind but ignores nesting order: "{[}]" passes.
function bracketsBalanced(s) {
  const n = { '(': 0, '[': 0, '{': 0 };
  const open = { ')': '(', ']': '[', '}': '{' };
  for (const c of s) {
    if (c in n) n[c]++;
    else if (c in open && --n[open[c]] < 0) return false;
  }
  return n['('] === 0 && n['['] === 0 && n['{'] === 0;
}
