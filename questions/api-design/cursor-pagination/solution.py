def paginate(posts, limit, cursor):
    size = max(1, min(100, limit))
    ordered = sorted(posts, key=lambda p: (p["createdAt"], p["id"]), reverse=True)
    start = 0
    if cursor is not None:
        t, i = (int(x) for x in cursor.split("_"))
        start = next((k for k, p in enumerate(ordered) if (p["createdAt"], p["id"]) < (t, i)), len(ordered))
    page = ordered[start:start + size]
    more = start + size < len(ordered)
    next_cursor = "%d_%d" % (page[-1]["createdAt"], page[-1]["id"]) if more and page else None
    return {"items": [p["id"] for p in page], "nextCursor": next_cursor}
