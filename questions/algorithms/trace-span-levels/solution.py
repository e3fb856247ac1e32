from collections import deque


def spanLevels(root):
    rows = []
    queue = deque([root] if root is not None else [])
    while queue:
        row = []
        for _ in range(len(queue)):
            node = queue.popleft()
            row.append(node["val"])
            if node["left"] is not None:
                queue.append(node["left"])
            if node["right"] is not None:
                queue.append(node["right"])
        rows.append(row)
    return rows
