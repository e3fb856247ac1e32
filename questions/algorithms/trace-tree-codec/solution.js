class TraceCodec {
  encode(root) {
    const out = [];
    const walk = (node) => {
      if (node === null) { out.push('#'); return; }
      out.push(String(node.val));
      walk(node.left);
      walk(node.right);
    };
    walk(root);
    return out.join(',');
  }

  decode(data) {
    const tokens = data.split(',');
    let i = 0;
    const read = () => {
      const token = tokens[i++];
      if (token === '#') return null;
      const node = { val: Number(token), left: null, right: null };
      node.left = read();
      node.right = read();
      return node;
    };
    return read();
  }
}
