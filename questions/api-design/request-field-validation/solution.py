def validateBody(body, rules):
    def lookup(path):
        cur = body
        for part in path.split("."):
            if not isinstance(cur, dict) or part not in cur:
                return None
            cur = cur[part]
        return cur

    def is_number(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def has_type(v, t):
        if t == "string":
            return isinstance(v, str)
        if t == "number":
            return is_number(v)
        if t == "integer":
            return is_number(v) and float(v).is_integer()
        if t == "boolean":
            return isinstance(v, bool)
        if t == "object":
            return isinstance(v, dict)
        if t == "array":
            return isinstance(v, list)
        return False

    def check(rule):
        v = lookup(rule["path"])
        if v is None:
            return "required" if rule.get("required") else None
        if not has_type(v, rule["type"]):
            return "type"
        if isinstance(v, (str, list)):
            if "minLength" in rule and len(v) < rule["minLength"]:
                return "too_short"
            if "maxLength" in rule and len(v) > rule["maxLength"]:
                return "too_long"
        if is_number(v):
            if "min" in rule and v < rule["min"]:
                return "too_small"
            if "max" in rule and v > rule["max"]:
                return "too_large"
        if "enum" in rule and not any(type(e) is type(v) and e == v for e in rule["enum"]):
            return "not_allowed"
        return None

    errors = []
    for rule in rules:
        code = check(rule)
        if code is not None:
            errors.append({"field": rule["path"], "code": code})
    errors.sort(key=lambda e: e["field"])
    return errors
