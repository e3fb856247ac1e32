# Uses isinstance(v, int) for numbers, so True/False pass as integers (bool is a subclass of int).
def validateBody(body, rules):
    def lookup(path):
        cur = body
        for part in path.split("."):
            if not isinstance(cur, dict) or part not in cur:
                return None
            cur = cur[part]
        return cur

    types = {
        "string": lambda v: isinstance(v, str),
        "number": lambda v: isinstance(v, (int, float)),
        "integer": lambda v: isinstance(v, int) or (isinstance(v, float) and v.is_integer()),
        "boolean": lambda v: isinstance(v, bool),
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
    }
    errors = []
    for rule in rules:
        v = lookup(rule["path"])
        code = None
        if v is None:
            code = "required" if rule.get("required") else None
        elif not types[rule["type"]](v):
            code = "type"
        elif isinstance(v, (str, list)) and "minLength" in rule and len(v) < rule["minLength"]:
            code = "too_short"
        elif isinstance(v, (str, list)) and "maxLength" in rule and len(v) > rule["maxLength"]:
            code = "too_long"
        elif isinstance(v, (int, float)) and "min" in rule and v < rule["min"]:
            code = "too_small"
        elif isinstance(v, (int, float)) and "max" in rule and v > rule["max"]:
            code = "too_large"
        elif "enum" in rule and v not in rule["enum"]:
            code = "not_allowed"
        if code is not None:
            errors.append({"field": rule["path"], "code": code})
    return sorted(errors, key=lambda e: e["field"])
