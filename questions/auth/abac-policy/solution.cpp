// Deny overrides: one pass over the policy, returning "deny" at the first deny rule that applies
// and remembering whether an allow rule applied. An attribute is found with find() on its scope's
// map, so a missing key (the condition fails) stays distinct from a key whose value is null.
class Solution {
    // The attribute at "subject.x", "resource.x" or "env.x"; nullptr when it is missing.
    static const Json* attribute(const AccessRequest& request, const string& path) {
        size_t dot = path.find('.');
        if (dot == string::npos) return nullptr;
        const string scope = path.substr(0, dot);
        const unordered_map<string, Json>* part = nullptr;
        if (scope == "subject") part = &request.subject;
        else if (scope == "resource") part = &request.resource;
        else if (scope == "env") part = &request.env;
        if (!part) return nullptr;
        auto it = part->find(path.substr(dot + 1));
        return it == part->end() ? nullptr : &it->second;
    }

    // a <= b for two numbers; two ints are compared as ints, so no 64-bit value is rounded.
    static bool atMost(const Json& a, const Json& b) {
        if (a.is_int() && b.is_int()) return a.as_int() <= b.as_int();
        return a.as_double() <= b.as_double();
    }

    static bool holds(const Condition& c, const AccessRequest& request) {
        const Json* a = attribute(request, c.attr);
        if (!a) return false;
        if (c.op == "equals") return *a == c.value;
        if (c.op == "in") {
            if (!c.value.is_array()) return false;
            for (const Json& x : c.value)
                if (*a == x) return true;
            return false;
        }
        if (c.op == "gte" || c.op == "lte") {
            if (!a->is_number() || !c.value.is_number()) return false;
            return c.op == "gte" ? atMost(c.value, *a) : atMost(*a, c.value);
        }
        if (c.op == "sameAs") {
            if (!c.value.is_string()) return false;
            const Json* b = attribute(request, c.value.as_string());
            return b && *a == *b;
        }
        return false;  // an operator the prompt does not define never holds
    }

    static bool applies(const Rule& rule, const AccessRequest& request) {
        bool named = any_of(rule.actions.begin(), rule.actions.end(), [&](const string& a) { return a == "*" || a == request.action; });
        return named && all_of(rule.when.begin(), rule.when.end(), [&](const Condition& c) { return holds(c, request); });
    }

public:
    string decide(vector<Rule>& policy, AccessRequest& request) {
        bool allowed = false;
        for (const Rule& rule : policy) {
            if (!applies(rule, request)) continue;
            if (rule.effect == "deny") return "deny";
            if (rule.effect == "allow") allowed = true;
        }
        return allowed ? "allow" : "deny";
    }
};
