const has = (o, k) => o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k);

function resolve(request, path) {
  const dot = path.indexOf('.');
  const scope = path.slice(0, dot);
  const key = path.slice(dot + 1);
  if (dot < 0 || !has(request, scope) || !has(request[scope], key)) return { found: false };
  return { found: true, value: request[scope][key] };
}

function holds(c, request) {
  const a = resolve(request, c.attr);
  if (!a.found) return false;
  switch (c.op) {
    case 'equals':
      return a.value === c.value;
    case 'in':
      return Array.isArray(c.value) && c.value.includes(a.value);
    case 'gte':
      return typeof a.value === 'number' && a.value >= c.value;
    case 'lte':
      return typeof a.value === 'number' && a.value <= c.value;
    case 'sameAs': {
      const b = resolve(request, c.value);
      return b.found && a.value === b.value;
    }
    default:
      return false;
  }
}

function decide(policy, request) {
  const applies = (rule) => (rule.actions.includes('*') || rule.actions.includes(request.action)) && rule.when.every((c) => holds(c, request));
  if (policy.some((r) => r.effect === 'deny' && applies(r))) return 'deny';
  return policy.some((r) => r.effect === 'allow' && applies(r)) ? 'allow' : 'deny';
}
