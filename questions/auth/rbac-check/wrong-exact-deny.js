// Treats deny entries as exact permissions, so a wildcard deny such as "secrets:*" never matches.
function isAllowed(policy, roles, permission) {
  const effective = new Set();
  const stack = [...roles];
  while (stack.length > 0) {
    const r = stack.pop();
    if (effective.has(r) || !policy.roles[r]) continue;
    effective.add(r);
    stack.push(...(policy.roles[r].inherits || []));
  }
  const grants = (pattern) => pattern === '*' || pattern === permission || (pattern.endsWith(':*') && permission.startsWith(pattern.slice(0, -1)));
  for (const [role, denied] of policy.deny || []) if (effective.has(role) && denied === permission) return false;
  for (const r of effective) if ((policy.roles[r].permissions || []).some(grants)) return true;
  return false;
}
