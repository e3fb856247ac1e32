# Depth-first, left before right, appending each span to the row of its depth.
def spanLevels(root):
    rows = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(rows):
            rows.append([])
        rows[depth].append(node["val"])
        visit(node["left"], depth + 1)
        visit(node["right"], depth + 1)

    visit(root, 0)
    return rows
