// Takes the effect of the first rule that applies, like a firewall: a broad allow listed before a deny wins.
function decide(policy, request) {
  const get = (path) => {
    const [scope, key] = path.split('.');
    return request[scope] && key in request[scope] ? { v: request[scope][key] } : undefined;
  };
  const holds = (c) => {
    const a = get(c.attr);
    if (!a) return false;
    if (c.op === 'equals') return a.v === c.value;
    if (c.op === 'in') return c.value.includes(a.v);
    if (c.op === 'gte') return typeof a.v === 'number' && a.v >= c.value;
    if (c.op === 'lte') return typeof a.v === 'number' && a.v <= c.value;
    if (c.op === 'sameAs') {
      const b = get(c.value);
      return !!b && a.v === b.v;
    }
    return false;
  };
  for (const rule of policy) {
    if ((rule.actions.includes('*') || rule.actions.includes(request.action)) && rule.when.every(holds)) return rule.effect;
  }
  return 'deny';
}
