import java.util.*;

// Lower-case the header names once, then check If-Match (strong comparison) before If-None-Match
// (weak comparison). A header value is either "*" (null list below) or its trimmed tags.
class Solution {
    public int conditionalStatus(String method, String currentEtag, Map<String, String> headers) {
        Map<String, String> h = new HashMap<>();
        for (Map.Entry<String, String> e : headers.entrySet()) h.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        boolean exists = currentEtag != null;
        boolean safe = method.equals("GET") || method.equals("HEAD");

        String ifMatch = h.get("if-match");
        if (ifMatch != null) {
            List<String> tags = tags(ifMatch);
            boolean pass = exists && (tags == null || tags.stream().anyMatch(t -> strongMatch(t, currentEtag)));
            if (!pass) return 412;
        }
        String ifNoneMatch = h.get("if-none-match");
        if (ifNoneMatch != null) {
            List<String> tags = tags(ifNoneMatch);
            boolean matched = exists && (tags == null || tags.stream().anyMatch(t -> weakMatch(t, currentEtag)));
            if (matched) return safe ? 304 : 412;
        }
        if (safe) return exists ? 200 : 404;
        if (method.equals("PUT")) return exists ? 200 : 201;
        return exists ? 204 : 404;
    }

    /** null for "*", else the listed tags without surrounding spaces. */
    private static List<String> tags(String value) {
        if (value.trim().equals("*")) return null;
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static boolean isWeak(String tag) {
        return tag.startsWith("W/");
    }

    private static boolean strongMatch(String a, String b) {
        return !isWeak(a) && !isWeak(b) && a.equals(b);
    }

    private static boolean weakMatch(String a, String b) {
        return (isWeak(a) ? a.substring(2) : a).equals(isWeak(b) ? b.substring(2) : b);
    }
}
