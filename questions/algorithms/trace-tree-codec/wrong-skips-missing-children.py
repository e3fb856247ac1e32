# Writes '#' only for an empty trace, not for each missing child, so the shape is lost.
class TraceCodec:
    def encode(self, root):
        if root is None:
            return "#"
        out = []

        def walk(node):
            if node is None:
                return
            out.append(str(node["val"]))
            walk(node["left"])
            walk(node["right"])

        walk(root)
        return ",".join(out)

    def decode(self, data):
        tokens = iter(data.split(","))

        def read():
            token = next(tokens, "#")
            if token == "#":
                return None
            node = {"val": int(token), "left": None, "right": None}
            node["left"] = read()
            node["right"] = read()
            return node

        return read()
