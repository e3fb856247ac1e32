// Returns as soon as an allow is found, so explicit denies are never consulted.
function isAllowed(policy, roles, permission) {
  const seen = new Set();
  const stack = [...roles];
  const grants = (p) => p === '*' || p === permission || (p.endsWith(':*') && permission.startsWith(p.slice(0, -1)));
  while (stack.length) {
    const r = stack.pop();
    if (seen.has(r) || !policy.roles[r]) continue;
    seen.add(r);
    if (policy.roles[r].permissions.some(grants)) return true;
    stack.push(...policy.roles[r].inherits);
  }
  return false;
}
