// Resolve the path, run one rule's checks in the prompt's order (the first failure is the field's
// error), then sort. A path step is looked up with contains() on an object only, so a step through
// a string or a list, a missing key and a null all make the value missing without any throwing.
class Solution {
    // The value at a dotted path, or nullptr when it is missing (a null value counts as missing).
    static const Json* lookup(const unordered_map<string, Json>& body, const string& path) {
        size_t dot = path.find('.');
        auto top = body.find(path.substr(0, dot));
        if (top == body.end()) return nullptr;
        const Json* cur = &top->second;
        while (dot != string::npos) {
            size_t start = dot + 1;
            dot = path.find('.', start);
            string key = path.substr(start, dot == string::npos ? string::npos : dot - start);
            if (!cur->is_object() || !cur->contains(key)) return nullptr;
            cur = &cur->at(key);
        }
        return cur->is_null() ? nullptr : cur;
    }

    static bool hasType(const Json& v, const string& type) {
        if (type == "string") return v.is_string();
        if (type == "number") return v.is_number();  // a bool is its own kind, never a number
        if (type == "integer") {
            if (v.is_int()) return true;
            if (!v.is_float()) return false;
            double d = v.as_double();
            return std::isfinite(d) && std::trunc(d) == d;  // 3.0 is an integer, 2.5 is not
        }
        if (type == "boolean") return v.is_bool();
        if (type == "object") return v.is_object();
        if (type == "array") return v.is_array();
        return false;
    }

    // Characters, not bytes: continuation bytes of UTF-8 are not counted.
    static long long length(const Json& v) {
        if (v.is_array()) return (long long)v.size();
        long long n = 0;
        for (unsigned char c : v.as_string()) n += (c & 0xC0) != 0x80;
        return n;
    }

    // The rule's error code, or "" when the field passes (or is optional and missing).
    static string check(const unordered_map<string, Json>& body, const Rule& rule) {
        const Json* v = lookup(body, rule.path);
        if (!v) return rule.required.value_or(false) ? "required" : "";
        if (!hasType(*v, rule.type)) return "type";
        if (v->is_string() || v->is_array()) {
            long long n = length(*v);
            if (rule.minLength && n < *rule.minLength) return "too_short";
            if (rule.maxLength && n > *rule.maxLength) return "too_long";
        }
        if (v->is_number()) {
            // min and max arrive as doubles; as_double() reads an int value as well as a float.
            if (rule.min && v->as_double() < *rule.min) return "too_small";
            if (rule.max && v->as_double() > *rule.max) return "too_large";
        }
        if (rule.enum_) {
            bool listed = false;
            for (const Json& e : *rule.enum_) listed = listed || e == *v;
            if (!listed) return "not_allowed";
        }
        return "";
    }

public:
    vector<FieldError> validateBody(unordered_map<string, Json>& body, vector<Rule>& rules) {
        vector<FieldError> errors;
        for (const Rule& rule : rules) {
            string code = check(body, rule);
            if (!code.empty()) errors.emplace_back(rule.path, code);
        }
        sort(errors.begin(), errors.end(), [](const FieldError& a, const FieldError& b) { return a.field < b.field; });
        return errors;
    }
};
