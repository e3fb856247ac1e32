import "strings"

// Expand the user's roles to every role they reach through inheritance (a DFS with a visited set,
// so cycles end). Any deny on a reached role that matches wins; otherwise allow if a reached role
// has a matching permission. One matcher handles "*", "resource:*" and exact permissions.
func isAllowed(policy Policy, roles []string, permission string) bool {
	reached := map[string]bool{}
	stack := append([]string(nil), roles...)
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		role, known := policy.Roles[r]
		if !known || reached[r] {
			continue
		}
		reached[r] = true
		stack = append(stack, role.Inherits...)
	}
	for _, d := range policy.Deny {
		if len(d) == 2 && reached[d[0]] && matches(d[1], permission) {
			return false
		}
	}
	for r := range reached {
		for _, p := range policy.Roles[r].Permissions {
			if matches(p, permission) {
				return true
			}
		}
	}
	return false
}

func matches(pattern, permission string) bool {
	if pattern == "*" || pattern == permission {
		return true
	}
	resource, ok := strings.CutSuffix(pattern, ":*")
	return ok && strings.HasPrefix(permission, resource+":")
}
