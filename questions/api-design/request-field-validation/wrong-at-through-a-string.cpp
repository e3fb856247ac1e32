// Walks a dotted path with Json::at(), counting on it to give null for a missing key or a null
// parent; but at() on a string throws Json::type_error, so "address.zip" under the string
// address "12 Main St" ends the run instead of counting as missing.
class Solution {
    static const Json& lookup(const unordered_map<string, Json>& body, const string& path) {
        static const Json missing;
        size_t dot = path.find('.');
        auto top = body.find(path.substr(0, dot));
        if (top == body.end()) return missing;
        const Json* cur = &top->second;
        while (dot != string::npos) {
            size_t start = dot + 1;
            dot = path.find('.', start);
            cur = &cur->at(path.substr(start, dot == string::npos ? string::npos : dot - start));
        }
        return *cur;
    }

    static bool hasType(const Json& v, const string& type) {
        if (type == "string") return v.is_string();
        if (type == "number") return v.is_number();
        if (type == "integer") return v.is_int() || (v.is_float() && std::trunc(v.as_double()) == v.as_double());
        if (type == "boolean") return v.is_bool();
        if (type == "object") return v.is_object();
        if (type == "array") return v.is_array();
        return false;
    }

    static string check(const unordered_map<string, Json>& body, const Rule& rule) {
        const Json& v = lookup(body, rule.path);
        if (v.is_null()) return rule.required.value_or(false) ? "required" : "";
        if (!hasType(v, rule.type)) return "type";
        if (v.is_string() || v.is_array()) {
            long long n = v.is_string() ? (long long)v.as_string().size() : (long long)v.size();
            if (rule.minLength && n < *rule.minLength) return "too_short";
            if (rule.maxLength && n > *rule.maxLength) return "too_long";
        }
        if (v.is_number()) {
            if (rule.min && v.as_double() < *rule.min) return "too_small";
            if (rule.max && v.as_double() > *rule.max) return "too_large";
        }
        if (rule.enum_ && find(rule.enum_->begin(), rule.enum_->end(), v) == rule.enum_->end()) return "not_allowed";
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
