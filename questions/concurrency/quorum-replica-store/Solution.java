import java.util.*;

// Each replica maps a key to a (version, value) pair. A write stamps the next version and lands on
// every replica that is up, with no rollback when it misses w. A read asks the r lowest up replicas,
// keeps the highest version among their copies, and writes it back to each of them (read repair).
class QuorumStore {
    private record Stamped(long version, String value) {}

    private final int w;
    private final int r;
    private final boolean[] isUp;
    private final List<Map<String, Stamped>> data = new ArrayList<>();
    private long version = 0;

    public QuorumStore(int n, int w, int r) {
        this.w = w;
        this.r = r;
        this.isUp = new boolean[n];
        Arrays.fill(isUp, true);
        for (int i = 0; i < n; i++) data.add(new HashMap<>());
    }

    public void down(int replica) {
        isUp[replica] = false;
    }

    public void up(int replica) {
        isUp[replica] = true;
    }

    public boolean write(String key, String value) {
        Stamped stamped = new Stamped(++version, value);
        int stored = 0;
        for (int i = 0; i < isUp.length; i++) {
            if (isUp[i]) {
                data.get(i).put(key, stamped);
                stored++;
            }
        }
        return stored >= w;
    }

    public String read(String key) {
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < isUp.length && asked.size() < r; i++) {
            if (isUp[i]) asked.add(i);
        }
        if (asked.size() < r) return "UNAVAILABLE";
        Stamped newest = null;
        for (int i : asked) {
            Stamped s = data.get(i).get(key);
            if (s != null && (newest == null || s.version() > newest.version())) newest = s;
        }
        if (newest == null) return null;
        for (int i : asked) data.get(i).put(key, newest);
        return newest.value();
    }

    public int copies(String key) {
        long best = 0;
        int count = 0;
        for (Map<String, Stamped> replica : data) {
            Stamped s = replica.get(key);
            if (s == null) continue;
            if (s.version() > best) {
                best = s.version();
                count = 1;
            } else if (s.version() == best) {
                count++;
            }
        }
        return count;
    }
}
