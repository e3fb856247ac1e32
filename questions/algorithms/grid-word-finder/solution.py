def findWords(grid, words):
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    used = [[False] * cols for _ in range(rows)]
    found = set()

    def dfs(r, c, node):
        ch = grid[r][c]
        nxt = node.get(ch)
        if nxt is None:
            return
        if "$" in nxt:
            found.add(nxt["$"])
        used[r][c] = True
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and not used[rr][cc]:
                dfs(rr, cc, nxt)
        used[r][c] = False

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie)
    return sorted(found)
