// Never marks cells as used on the current path, so a word may step back onto a cell it already used.
function findWords(grid, words) {
  const trie = { kids: new Map(), word: null };
  for (const w of words) {
    let node = trie;
    for (const ch of w) {
      if (!node.kids.has(ch)) node.kids.set(ch, { kids: new Map(), word: null });
      node = node.kids.get(ch);
    }
    node.word = w;
  }
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  const found = new Set();
  const dfs = (r, c, node) => {
    const next = node.kids.get(grid[r][c]);
    if (next === undefined) return;
    if (next.word !== null) found.add(next.word);
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const rr = r + dr;
      const cc = c + dc;
      if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) dfs(rr, cc, next);
    }
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) dfs(r, c, trie);
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
