// Keeps the keys in a set and a list: search is O(1), but startsWith compares the prefix with every key.
class Trie {
  constructor() {
    this.keys = new Set();
    this.list = [];
  }
  insert(word) {
    if (!this.keys.has(word)) {
      this.keys.add(word);
      this.list.push(word);
    }
  }
  search(word) {
    return this.keys.has(word);
  }
  startsWith(prefix) {
    return this.list.some((k) => k.startsWith(prefix));
  }
}
