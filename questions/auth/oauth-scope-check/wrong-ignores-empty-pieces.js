// Splits on single spaces but quietly skips the empty pieces of "a  b" or " a": a malformed string still grants.
function scopeAllows(granted, required) {
  const have = new Set(granted.split(' ').filter((s) => s !== '' && !/[\t\n"\\]/.test(s)));
  return required.every((scope) => {
    if (have.has(scope)) return true;
    const colon = scope.indexOf(':');
    if (colon < 0) return false;
    return have.has(`${scope.slice(0, colon)}:*`) || (scope.slice(colon + 1) === 'read' && have.has(`${scope.slice(0, colon)}:write`));
  });
}
