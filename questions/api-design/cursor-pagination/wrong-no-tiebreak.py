# Orders by timestamp only and restarts after the cursor's timestamp: posts sharing a timestamp are skipped.
def paginate(posts, limit, cursor):
    size = max(1, min(100, limit))
    ordered = sorted(posts, key=lambda p: p["createdAt"], reverse=True)
    if cursor is not None:
        t = int(cursor.split("_")[0])
        ordered = [p for p in ordered if p["createdAt"] < t]
    page = ordered[:size]
    more = len(ordered) > size
    return {"items": [p["id"] for p in page], "nextCursor": "%d_%d" % (page[-1]["createdAt"], page[-1]["id"]) if more else None}
