import java.util.*;

class TimeMap {
    private final Map<String, TreeMap<Integer, String>> versions = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        versions.computeIfAbsent(key, k -> new TreeMap<>()).put(timestamp, value);
    }

    // Wrong: handles an unknown key but not a time before the key's first version, where
    // floorEntry returns null and getValue() throws.
    public String get(String key, int timestamp) {
        TreeMap<Integer, String> history = versions.get(key);
        if (history == null) return "";
        return history.floorEntry(timestamp).getValue();
    }
}
