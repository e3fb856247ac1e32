// Two pointers skipping anything that is not an ASCII letter or digit. O(n) time, O(1) space.
class Solution {
    static bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
    static char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
public:
    bool isCleanPalindrome(string s) {
        int i = 0, j = (int)s.size() - 1;
        while (i < j) {
            if (!alnum(s[i])) ++i;
            else if (!alnum(s[j])) --j;
            else if (lower(s[i]) != lower(s[j])) return false;
            else { ++i; --j; }
        }
        return true;
    }
};
