function scopeAllows(granted, required) {
  const have = new Set(granted.split(/\s+/).filter(Boolean));
  return required.every((scope) => {
    if (have.has(scope)) return true;
    const colon = scope.indexOf(':');
    if (colon < 0) return false;
    const resource = scope.slice(0, colon);
    const action = scope.slice(colon + 1);
    return have.has(`${resource}:*`) || (action === 'read' && have.has(`${resource}:write`));
  });
}
