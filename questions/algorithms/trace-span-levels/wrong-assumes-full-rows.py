# Cuts the breadth-first order into rows of 1, 2, 4, ... nodes, as if every row were full.
from collections import deque


def spanLevels(root):
    order = []
    queue = deque([root] if root is not None else [])
    while queue:
        node = queue.popleft()
        order.append(node["val"])
        for child in (node["left"], node["right"]):
            if child is not None:
                queue.append(child)
    rows, width, i = [], 1, 0
    while i < len(order):
        rows.append(order[i:i + width])
        i += width
        width *= 2
    return rows
