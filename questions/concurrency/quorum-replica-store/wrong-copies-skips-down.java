import java.util.*;

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

    // Wrong: counts only the replicas that are up, though a replica that is down still holds its data.
    public int copies(String key) {
        long best = 0;
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            if (!isUp[i]) continue;
            Stamped s = data.get(i).get(key);
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
