# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def iter_items(fetch_page):
    """Yield every item of a cursor-paginated API, fetching pages only as they are needed.

    fetch_page(cursor) returns {"items": [...], "next": cursor_or_None}; the first call gets None.
    """
    cursor = None
    while True:
        page = fetch_page(cursor)
        if not page["items"]:
            return
        cursor = page["next"]
        if cursor is None:
            return
        yield from page["items"]
