# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def iter_items(fetch_page):
    cursor = None
    while True:
        page = fetch_page(cursor)
        if not page["items"]:
            return
        yield from page["items"]
        cursor = page["next"]
        if cursor is None:
            return
