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
  const used = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const found = new Set();
  const dfs = (r, c, node) => {
    const next = node.kids.get(grid[r][c]);
    if (next === undefined) return;
    if (next.word !== null) found.add(next.word);
    used[r][c] = true;
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const rr = r + dr;
      const cc = c + dc;
      if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && !used[rr][cc]) dfs(rr, cc, next);
    }
    used[r][c] = false;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) dfs(r, c, trie);
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
