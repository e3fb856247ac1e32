import "strings"

// Wrong: a "resource:*" pattern is matched as a bare string prefix once ":*" is cut off, so
// "order:*" also grants "orders:read", a different resource.
func isAllowed(policy Policy, roles []string, permission string) bool {
	reached := map[string]bool{}
	var visit func(r string)
	visit = func(r string) {
		role, known := policy.Roles[r]
		if !known || reached[r] {
			return
		}
		reached[r] = true
		for _, parent := range role.Inherits {
			visit(parent)
		}
	}
	for _, r := range roles {
		visit(r)
	}
	matches := func(pattern string) bool {
		if pattern == "*" || pattern == permission {
			return true
		}
		return strings.HasSuffix(pattern, ":*") && strings.HasPrefix(permission, strings.TrimSuffix(pattern, ":*"))
	}
	for _, d := range policy.Deny {
		if reached[d[0]] && matches(d[1]) {
			return false
		}
	}
	for r := range reached {
		for _, p := range policy.Roles[r].Permissions {
			if matches(p) {
				return true
			}
		}
	}
	return false
}
