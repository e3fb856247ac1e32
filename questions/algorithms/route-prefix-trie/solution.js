class Trie {
  constructor() {
    this.root = { children: new Map(), end: false };
  }
  insert(word) {
    let node = this.root;
    for (const ch of word) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), end: false });
      node = node.children.get(ch);
    }
    node.end = true;
  }
  walk(s) {
    let node = this.root;
    for (const ch of s) {
      node = node.children.get(ch);
      if (node === undefined) return null;
    }
    return node;
  }
  search(word) {
    const node = this.walk(word);
    return node !== null && node.end;
  }
  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }
}
