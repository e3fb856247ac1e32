import java.util.*;

// Split pattern and path into segments (one trailing slash dropped). A route matches when the counts
// agree and every literal is equal; its rank is the list of segment kinds (literal 0, parameter 1),
// and the smallest rank wins, the earlier route on a tie. Routes that match the path under another
// method only matter when none matches the method: they give the 405 answer.
class Solution {
    public RouteMatch matchRoute(String[][] routes, String method, String path) {
        String[] parts = segments(path);
        RouteMatch best = null;
        int[] bestRank = null;
        TreeSet<String> allow = new TreeSet<>();
        for (String[] route : routes) {
            String[] pattern = segments(route[1]);
            if (pattern.length != parts.length) continue;
            Map<String, String> params = new LinkedHashMap<>();
            int[] rank = new int[parts.length];
            boolean ok = true;
            for (int i = 0; i < parts.length && ok; i++) {
                if (parts[i].isEmpty()) ok = false;
                else if (pattern[i].startsWith(":")) {
                    params.put(pattern[i].substring(1), parts[i]);
                    rank[i] = 1;
                } else ok = pattern[i].equals(parts[i]);
            }
            if (!ok) continue;
            if (!route[0].equals(method)) {
                allow.add(route[0]);
            } else if (best == null || Arrays.compare(rank, bestRank) < 0) {
                best = new RouteMatch(route[2], params, null, null);
                bestRank = rank;
            }
        }
        if (best != null) return best;
        if (!allow.isEmpty()) return new RouteMatch(null, null, 405, new ArrayList<>(allow));
        return null;
    }

    private static String[] segments(String p) {
        String t = p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        if (t.equals("/") || t.isEmpty()) return new String[0];
        // -1 keeps empty segments, which never match.
        return t.substring(1).split("/", -1);
    }
}
