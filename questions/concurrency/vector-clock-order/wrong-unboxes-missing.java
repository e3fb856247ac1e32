import java.util.*;

class Solution {
    // Wrong: reads both counters with get(), so a replica only one clock names unboxes null and throws.
    public String compareClocks(Map<String, Long> a, Map<String, Long> b) {
        boolean aAhead = false, bAhead = false;
        Set<String> ids = new HashSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            long x = a.get(id);
            long y = b.get(id);
            if (x > y) aAhead = true;
            else if (y > x) bAhead = true;
        }
        if (aAhead && bAhead) return "concurrent";
        if (aAhead) return "after";
        if (bAhead) return "before";
        return "equal";
    }
}
