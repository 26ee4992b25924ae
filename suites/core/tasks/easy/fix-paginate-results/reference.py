# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def paginate(items: list, page: int, per_page: int = 10) -> dict:
    """Return one page of items plus paging info.

    Pages are numbered from 1. The result is
    {"items": [...], "page": page, "total_pages": n}, where n is the number
    of pages needed to hold all items (0 for no items). A page past the end
    has no items. page < 1 or per_page < 1 raises ValueError.
    """
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page must be at least 1")
    total_pages = -(-len(items) // per_page)
    start = (page - 1) * per_page
    return {"items": items[start:start + per_page], "page": page, "total_pages": total_pages}
