# Keeps the keys in a set: search is O(1), but startsWith compares the prefix with every key.
class Trie:
    def __init__(self):
        self.keys = set()

    def insert(self, word):
        self.keys.add(word)

    def search(self, word):
        return word in self.keys

    def startsWith(self, prefix):
        return any(k.startswith(prefix) for k in self.keys)
