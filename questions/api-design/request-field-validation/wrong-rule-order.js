// Reports errors in the order of the rules instead of sorting them by field path.
function validateBody(body, rules) {
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const lookup = (path) => {
    let cur = body;
    for (const part of path.split('.')) {
      if (!isObject(cur) || !(part in cur)) return null;
      cur = cur[part];
    }
    return cur;
  };
  const types = {
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    integer: (v) => Number.isInteger(v),
    boolean: (v) => typeof v === 'boolean',
    object: isObject,
    array: (v) => Array.isArray(v),
  };
  const errors = [];
  for (const rule of rules) {
    const v = lookup(rule.path);
    let code = null;
    if (v === null) code = rule.required ? 'required' : null;
    else if (!types[rule.type](v)) code = 'type';
    else if (rule.minLength !== undefined && v.length < rule.minLength) code = 'too_short';
    else if (rule.maxLength !== undefined && v.length > rule.maxLength) code = 'too_long';
    else if (rule.min !== undefined && v < rule.min) code = 'too_small';
    else if (rule.max !== undefined && v > rule.max) code = 'too_large';
    else if (rule.enum !== undefined && !rule.enum.includes(v)) code = 'not_allowed';
    if (code !== null) errors.push({ field: rule.path, code });
  }
  return errors;
}
