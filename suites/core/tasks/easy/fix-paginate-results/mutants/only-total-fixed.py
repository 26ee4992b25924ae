# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def paginate(items, page, per_page=10):
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page must be at least 1")
    total_pages = math.ceil(len(items) / per_page)
    start = page * per_page
    return {"items": items[start:start + per_page], "page": page, "total_pages": total_pages}
