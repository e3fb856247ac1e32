import java.util.*;
import java.util.regex.Pattern;

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

    // Wrong: treats resource:write as granting every action on the resource, not only read.
    private static boolean allows(Set<String> have, String scope) {
        if (have.contains(scope)) return true;
        int colon = scope.indexOf(':');
        if (colon < 0) return false;
        String resource = scope.substring(0, colon);
        return have.contains(resource + ":*") || have.contains(resource + ":write");
    }
}
