import java.util.*;

class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> items = new LinkedHashMap<>(16, 0.75f, true);

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        Integer v = items.get(key);
        return v == null ? -1 : v;
    }

    public void put(int key, int value) {
        if (!items.containsKey(key) && items.size() >= capacity) {
            items.remove(items.keySet().iterator().next());
        }
        items.put(key, value);
    }
}
