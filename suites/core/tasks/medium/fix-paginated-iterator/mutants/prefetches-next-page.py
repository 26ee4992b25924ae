# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def iter_items(fetch_page):
    page = fetch_page(None)
    while page is not None:
        nxt = fetch_page(page["next"]) if page["next"] is not None else None
        yield from page["items"]
        page = nxt
