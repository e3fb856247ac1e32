import java.util.*;

// Walk the union of both clocks' replica ids, a missing id counting as 0, and note whether a is ahead
// somewhere and whether b is ahead somewhere: the two flags give the answer.
class Solution {
    public String compareClocks(Map<String, Long> a, Map<String, Long> b) {
        boolean aAhead = false, bAhead = false;
        Set<String> ids = new HashSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            long x = a.getOrDefault(id, 0L);
            long y = b.getOrDefault(id, 0L);
            if (x > y) aAhead = true;
            else if (y > x) bAhead = true;
        }
        if (aAhead && bAhead) return "concurrent";
        if (aAhead) return "after";
        if (bAhead) return "before";
        return "equal";
    }
}
