// Starts the best length at INT_MAX and never checks whether a window was found: when nothing
// covers the codes, log.substr(0, INT_MAX) returns the whole log instead of "".
class Solution {
public:
    string shortestCover(string log, string codes) {
        if (codes.empty()) return "";
        array<int, 256> need{}, have{};  // indexed by byte
        int missing = 0;
        for (unsigned char c : codes)
            if (need[c]++ == 0) ++missing;
        size_t bestStart = 0, bestLen = INT_MAX;
        size_t left = 0;
        for (size_t right = 0; right < log.size(); ++right) {
            unsigned char c = log[right];
            if (need[c] > 0 && ++have[c] == need[c]) --missing;
            while (missing == 0) {
                size_t len = right - left + 1;
                if (len < bestLen) {
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
