# Looks for a span with a and b in different subtrees only, so when a called b it answers a's caller.
def nearestCaller(root, a, b):
    def contains(node, x):
        return node is not None and (node["val"] == x or contains(node["left"], x) or contains(node["right"], x))

    answer = root["val"]
    node = root
    while node is not None:
        answer = node["val"]
        if contains(node["left"], a) and contains(node["left"], b) and node["left"]["val"] not in (a, b):
            node = node["left"]
        elif contains(node["right"], a) and contains(node["right"], b) and node["right"]["val"] not in (a, b):
            node = node["right"]
        else:
            break
    return answer
