import java.util.*;

// Each key keeps its versions in a TreeMap from timestamp to value; floorEntry finds the version
// with the largest timestamp <= t in O(log v). A key without such a version answers "".
class TimeMap {
    private final Map<String, TreeMap<Integer, String>> versions = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        versions.computeIfAbsent(key, k -> new TreeMap<>()).put(timestamp, value);
    }

    public String get(String key, int timestamp) {
        TreeMap<Integer, String> history = versions.get(key);
        if (history == null) return "";
        Map.Entry<Integer, String> at = history.floorEntry(timestamp);
        return at == null ? "" : at.getValue();
    }
}
