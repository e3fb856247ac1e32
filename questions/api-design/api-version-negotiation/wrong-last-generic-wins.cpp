// Lets the last generic range in the header decide instead of the most specific one, so
// "application/json;q=0, */*" serves a version although application/json refused them all.
class Solution {
    static string lower(string s) {
        for (char& c : s) c = char(tolower((unsigned char)c));
        return s;
    }

    static string trim(const string& s) {
        size_t b = s.find_first_not_of(" \t");
        if (b == string::npos) return "";
        size_t e = s.find_last_not_of(" \t");
        return s.substr(b, e - b + 1);
    }

    static vector<string> split(const string& s, char sep) {
        vector<string> parts;
        string part;
        istringstream in(s);
        while (getline(in, part, sep)) parts.push_back(trim(part));
        if (!s.empty() && s.back() == sep) parts.push_back("");
        return parts;
    }

    // "application/vnd.acme.v<N>+json" (already lower-cased) gives N, anything else nullopt.
    static optional<long long> vendorVersion(const string& type) {
        const string head = "application/vnd.acme.v", tail = "+json";
        if (type.size() <= head.size() + tail.size()) return nullopt;
        if (type.compare(0, head.size(), head) != 0) return nullopt;
        if (type.compare(type.size() - tail.size(), tail.size(), tail) != 0) return nullopt;
        string digits = type.substr(head.size(), type.size() - head.size() - tail.size());
        return number(digits);
    }

    // A string of ASCII digits as a number; nullopt if it is not one. A value too big to be a
    // supported int becomes LLONG_MAX, which matches nothing.
    static optional<long long> number(const string& digits) {
        if (digits.empty()) return nullopt;
        long long v = 0;
        for (char c : digits) {
            if (c < '0' || c > '9') return nullopt;
            v = v > (LLONG_MAX - 9) / 10 ? LLONG_MAX : v * 10 + (c - '0');
        }
        return v;
    }

public:
    Negotiation negotiateVersion(vector<int>& supported, int defaultVersion, unordered_map<string, string>& headers) {
        optional<string> apiVersion, accept;
        for (auto& [name, value] : headers) {
            string key = lower(name);
            if (key == "api-version") apiVersion = value;
            else if (key == "accept") accept = value;
        }
        auto isSupported = [&](long long v) { return find(supported.begin(), supported.end(), v) != supported.end(); };

        if (apiVersion) {
            optional<long long> v = number(trim(*apiVersion));
            if (!v) return Negotiation(400, nullopt);
            if (!isSupported(*v)) return Negotiation(406, nullopt);
            return Negotiation(200, int(*v));
        }
        if (!accept || trim(*accept).empty()) return Negotiation(200, defaultVersion);

        map<long long, double> explicitQ;
        optional<double> genericQ;
        for (const string& range : split(*accept, ',')) {
            vector<string> parts = split(range, ';');
            if (parts.empty() || parts[0].empty()) continue;
            double q = 1;
            for (size_t i = 1; i < parts.size(); ++i) {
                size_t eq = parts[i].find('=');
                if (eq == string::npos || lower(trim(parts[i].substr(0, eq))) != "q") continue;
                string text = trim(parts[i].substr(eq + 1));
                char* end = nullptr;
                q = strtod(text.c_str(), &end);
                if (text.empty() || *end != '\0') q = 0;  // an unreadable quality accepts nothing
            }
            string type = lower(parts[0]);
            if (optional<long long> v = vendorVersion(type)) {
                explicitQ[*v] = q;
                continue;
            }
            if (type == "application/json" || type == "application/*" || type == "*/*") genericQ = q;
        }

        optional<int> best;
        tuple<double, int, long long> bestKey;
        for (int v : supported) {
            tuple<double, int, long long> key;
            auto it = explicitQ.find(v);
            if (it != explicitQ.end()) key = {it->second, 1, v};
            else if (genericQ) key = {*genericQ, 0, v == defaultVersion ? LLONG_MAX : v};
            else continue;
            if (!(get<0>(key) > 0)) continue;  // q = 0: not acceptable at all
            if (!best || key > bestKey) {
                best = v;
                bestKey = key;
            }
        }
        if (!best) return Negotiation(406, nullopt);
        return Negotiation(200, *best);
    }
};
