// RFC 6749 section 3.3: scope = scope-token *( SP scope-token ), scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/;

function scopeAllows(granted, required) {
  if (required.length === 0) return true;
  if (!SCOPE.test(granted)) return false;
  const have = new Set(granted.split(' '));
  return required.every((scope) => {
    if (have.has(scope)) return true;
    const colon = scope.indexOf(':');
    if (colon < 0) return false;
    const resource = scope.slice(0, colon);
    const action = scope.slice(colon + 1);
    return have.has(`${resource}:*`) || (action === 'read' && have.has(`${resource}:write`));
  });
}
