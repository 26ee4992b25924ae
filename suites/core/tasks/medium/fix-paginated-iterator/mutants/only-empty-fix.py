# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def iter_items(fetch_page):
    cursor = None
    while True:
        page = fetch_page(cursor)
        cursor = page["next"]
        if cursor is None:
            return
        yield from page["items"]
