// One check per claim, in the listed order. A claim is looked up with find(), so a missing claim
// and one of the wrong kind (exp as a string) both fail that claim's check without adding it.
class Solution {
    static const Json* claim(const unordered_map<string, Json>& claims, const string& name) {
        auto it = claims.find(name);
        return it == claims.end() ? nullptr : &it->second;
    }

public:
    vector<string> claimProblems(unordered_map<string, Json>& claims, Expectations& expected, long long now) {
        vector<string> out;
        const double skew = expected.skewSeconds;
        const Json* iss = claim(claims, "iss");
        if (!iss || !iss->is_string() || iss->as_string() != expected.issuer) out.push_back("issuer");

        // aud is one string or a list of them; anything else names no audience.
        bool audience = false;
        if (const Json* aud = claim(claims, "aud")) {
            if (aud->is_string()) audience = aud->as_string() == expected.audience;
            else if (aud->is_array())
                for (const Json& a : *aud) audience = audience || (a.is_string() && a.as_string() == expected.audience);
        }
        if (!audience) out.push_back("audience");

        // Skew widens every window in the token's favour.
        const Json* exp = claim(claims, "exp");
        if (!exp || !exp->is_number() || now >= exp->as_double() + skew) out.push_back("expired");
        const Json* nbf = claim(claims, "nbf");
        if (nbf && (!nbf->is_number() || now < nbf->as_double() - skew)) out.push_back("not-yet-valid");
        const Json* iat = claim(claims, "iat");
        if (iat && (!iat->is_number() || iat->as_double() > now + skew)) out.push_back("issued-in-future");

        // scope is a space-separated string; without it nothing is granted.
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
