// Sliding window over the log with per-character counts: `need` from codes, `have` inside the
// window, and `missing` = how many distinct codes are still short. Grow right; while nothing is
// missing, record the window if strictly shorter (so ties keep the earliest) and shrink from the left.
class Solution {
public:
    string shortestCover(string log, string codes) {
        if (codes.empty()) return "";
        array<int, 256> need{}, have{};  // indexed by byte
        int missing = 0;
        for (unsigned char c : codes)
            if (need[c]++ == 0) ++missing;
        size_t bestStart = 0, bestLen = 0;  // bestLen 0: no window found yet
        size_t left = 0;
        for (size_t right = 0; right < log.size(); ++right) {
            unsigned char c = log[right];
            if (need[c] > 0 && ++have[c] == need[c]) --missing;
            while (missing == 0) {
                size_t len = right - left + 1;
                if (bestLen == 0 || len < bestLen) {
                    bestLen = len;
                    bestStart = left;
                }
                unsigned char d = log[left++];
                if (need[d] > 0 && have[d]-- == need[d]) ++missing;
            }
        }
        return log.substr(bestStart, bestLen);
    }
};
