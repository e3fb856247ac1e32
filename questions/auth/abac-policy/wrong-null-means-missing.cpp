// Reads attributes with Json's null-for-missing habit: a missing key comes back as null, and a null
// is then taken to be missing, so two attributes that are both null never match with sameAs.
class Solution {
    static const Json& attribute(const AccessRequest& request, const string& path) {
        static const Json none;
        size_t dot = path.find('.');
        if (dot == string::npos) return none;
        const string scope = path.substr(0, dot), key = path.substr(dot + 1);
        const unordered_map<string, Json>& part = scope == "subject" ? request.subject : scope == "resource" ? request.resource : request.env;
        auto it = part.find(key);
        return it == part.end() ? none : it->second;
    }

    static bool holds(const Condition& c, const AccessRequest& request) {
        const Json& a = attribute(request, c.attr);
        if (a.is_null()) return false;
        if (c.op == "equals") return a == c.value;
        if (c.op == "in") return c.value.is_array() && find(c.value.begin(), c.value.end(), a) != c.value.end();
        if (c.op == "gte") return a.is_number() && c.value.is_number() && a.as_double() >= c.value.as_double();
        if (c.op == "lte") return a.is_number() && c.value.is_number() && a.as_double() <= c.value.as_double();
        if (c.op == "sameAs") {
            const Json& b = attribute(request, c.value.as_string());
            return !b.is_null() && a == b;
        }
        return false;
    }

public:
    string decide(vector<Rule>& policy, AccessRequest& request) {
        bool allowed = false;
        for (const Rule& rule : policy) {
            bool named = false;
            for (const string& a : rule.actions) named = named || a == "*" || a == request.action;
            bool all = named;
            for (const Condition& c : rule.when) all = all && holds(c, request);
            if (!all) continue;
            if (rule.effect == "deny") return "deny";
            allowed = true;
        }
        return allowed ? "allow" : "deny";
    }
};
