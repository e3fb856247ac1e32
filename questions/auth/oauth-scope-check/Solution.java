import java.util.*;
import java.util.regex.Pattern;

// Check the whole string against RFC 6749's grammar (tokens of printable ASCII other than space, '"'
// and '\', joined by single spaces); a malformed string grants nothing. Then each required scope must
// be granted as is, by "resource:*", or, for a read, by "resource:write".
class Solution {
    private static final String TOKEN = "[\\x21\\x23-\\x5B\\x5D-\\x7E]+";
    private static final Pattern SCOPE = Pattern.compile(TOKEN + "( " + TOKEN + ")*");

    public boolean scopeAllows(String granted, String[] required) {
        if (required.length == 0) return true;
        if (!SCOPE.matcher(granted).matches()) return false;
        Set<String> have = new HashSet<>(Arrays.asList(granted.split(" ")));
        for (String scope : required) {
            if (!allows(have, scope)) return false;
        }
        return true;
    }

    private static boolean allows(Set<String> have, String scope) {
        if (have.contains(scope)) return true;
        int colon = scope.indexOf(':');
        if (colon < 0) return false;
        String resource = scope.substring(0, colon);
        String action = scope.substring(colon + 1);
        return have.contains(resource + ":*") || (action.equals("read") && have.contains(resource + ":write"));
    }
}
