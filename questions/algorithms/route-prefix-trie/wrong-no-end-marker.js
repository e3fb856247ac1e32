// Never marks where a key ends, so search() reports every prefix of a registered key as registered.
class Trie {
  constructor() {
    this.root = new Map();
  }
  insert(word) {
    let node = this.root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
  }
  walk(s) {
    let node = this.root;
    for (const ch of s) {
      node = node.get(ch);
      if (node === undefined) return null;
    }
    return node;
  }
  search(word) {
    return this.walk(word) !== null;
  }
  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }
}
