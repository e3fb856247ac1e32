function validateBody(body, rules) {
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const lookup = (path) => {
    let cur = body;
    for (const part of path.split('.')) {
      if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, part)) return null;
      cur = cur[part];
    }
    return cur === undefined ? null : cur;
  };
  const hasType = (v, type) => {
    switch (type) {
      case 'string': return typeof v === 'string';
      case 'number': return typeof v === 'number';
      case 'integer': return typeof v === 'number' && Number.isInteger(v);
      case 'boolean': return typeof v === 'boolean';
      case 'object': return isObject(v);
      case 'array': return Array.isArray(v);
      default: return false;
    }
  };
  const check = (rule) => {
    const v = lookup(rule.path);
    if (v === null) return rule.required ? 'required' : null;
    if (!hasType(v, rule.type)) return 'type';
    if (typeof v === 'string' || Array.isArray(v)) {
      if (rule.minLength !== undefined && v.length < rule.minLength) return 'too_short';
      if (rule.maxLength !== undefined && v.length > rule.maxLength) return 'too_long';
    }
    if (typeof v === 'number') {
      if (rule.min !== undefined && v < rule.min) return 'too_small';
      if (rule.max !== undefined && v > rule.max) return 'too_large';
    }
    if (rule.enum !== undefined && !rule.enum.some((e) => e === v)) return 'not_allowed';
    return null;
  };
  const errors = [];
  for (const rule of rules) {
    const code = check(rule);
    if (code !== null) errors.push({ field: rule.path, code });
  }
  errors.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  return errors;
}
