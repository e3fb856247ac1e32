// Matches by string prefix: "orders:read" wrongly grants "orders:readonly", and "order:*" grants "orders:…".
function scopeAllows(granted, required) {
  const have = granted.split(/\s+/).filter(Boolean);
  return required.every((scope) =>
    have.some((g) => scope.startsWith(g.replace(/\*$/, '')) || (scope.endsWith(':read') && g === scope.replace(/:read$/, ':write'))),
  );
}
