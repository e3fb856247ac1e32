# Recursive depth-first search; at most 2,500 racks keeps the recursion shallow enough.
def blastRadius(circuit, row, col):
    rows, cols = len(circuit), len(circuit[0])
    target = circuit[row][col]
    seen = set()

    def visit(r, c):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or circuit[r][c] != target:
            return
        seen.add((r, c))
        visit(r + 1, c)
        visit(r - 1, c)
        visit(r, c + 1)
        visit(r, c - 1)

    visit(row, col)
    return len(seen)
