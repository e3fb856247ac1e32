// Reads exp with as_int() without asking whether it is a number: a token whose exp is the string
// "900" throws Json::type_error instead of counting as expired.
class Solution {
    static const Json* claim(const unordered_map<string, Json>& claims, const string& name) {
        auto it = claims.find(name);
        return it == claims.end() ? nullptr : &it->second;
    }

public:
    vector<string> claimProblems(unordered_map<string, Json>& claims, Expectations& expected, long long now) {
        vector<string> out;
        const long long skew = expected.skewSeconds;
        const Json* iss = claim(claims, "iss");
        if (!iss || !iss->is_string() || iss->as_string() != expected.issuer) out.push_back("issuer");
        bool audience = false;
        if (const Json* aud = claim(claims, "aud")) {
            if (aud->is_string()) audience = aud->as_string() == expected.audience;
            else if (aud->is_array())
                for (const Json& a : *aud) audience = audience || (a.is_string() && a.as_string() == expected.audience);
        }
        if (!audience) out.push_back("audience");
        const Json* exp = claim(claims, "exp");
        if (!exp || now >= exp->as_int() + skew) out.push_back("expired");
        const Json* nbf = claim(claims, "nbf");
        if (nbf && now < nbf->as_int() - skew) out.push_back("not-yet-valid");
        const Json* iat = claim(claims, "iat");
        if (iat && iat->as_int() > now + skew) out.push_back("issued-in-future");
        unordered_set<string> granted;
        const Json* scope = claim(claims, "scope");
        if (scope && scope->is_string()) {
            istringstream words(scope->as_string());
            for (string w; words >> w;) granted.insert(w);
        }
        for (const string& s : expected.scopes)
            if (!granted.count(s)) {
                out.push_back("scope");
                break;
            }
        return out;
    }
};
