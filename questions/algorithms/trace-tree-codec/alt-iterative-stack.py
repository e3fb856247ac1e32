# Without recursion: an explicit stack for encoding, and a stack of (node, next child slot) for decoding.
class TraceCodec:
    def encode(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
                continue
            out.append(str(node["val"]))
            stack.append(node["right"])
            stack.append(node["left"])
        return ",".join(out)

    def decode(self, data):
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = {"val": int(tokens[0]), "left": None, "right": None}
        stack = [[root, "left"]]
        for token in tokens[1:]:
            parent, slot = stack[-1]
            if slot == "left":
                stack[-1][1] = "right"
            else:
                stack.pop()
            if token != "#":
                node = {"val": int(token), "left": None, "right": None}
                parent[slot] = node
                stack.append([node, "left"])
        return root
