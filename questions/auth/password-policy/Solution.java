import java.util.*;

// Check each rule on its own and append its code, so the output follows the rule order. Lengths
// count code points (a character as written); the name and breached checks compare lower-cased text.
class Solution {
    public String[] passwordProblems(String password, String email, String[] breached) {
        List<String> out = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < 12) out.add("too-short");
        if (length > 128) out.add("too-long");

        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') lower = true;
            else if (c >= 'A' && c <= 'Z') upper = true;
            else if (c >= '0' && c <= '9') digit = true;
            else other = true;
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (classes < 3) out.add("needs-variety");

        String lowered = password.toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        if (local.length() >= 3 && lowered.contains(local)) out.add("contains-name");

        for (String b : breached) {
            if (b.toLowerCase(Locale.ROOT).equals(lowered)) {
                out.add("breached");
                break;
            }
        }
        return out.toArray(new String[0]);
    }
}
