# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools

from pyarena_cases import case


class FakeApi:
    def __init__(self, pages):
        """pages: list of item lists; cursors are 'p1', 'p2', ..."""
        self.pages = pages
        self.calls = []

    def __call__(self, cursor):
        self.calls.append(cursor)
        index = 0 if cursor is None else int(cursor[1:])
        nxt = f"p{index + 1}" if index + 1 < len(self.pages) else None
        return {"items": list(self.pages[index]), "next": nxt}


@case()
def several_pages(m):
    api = FakeApi([["u1", "u2"], ["u3"], ["u4", "u5", "u6"]])
    return [list(m.iter_items(api)), api.calls]


@case()
def empty_pages_in_the_middle(m):
    api = FakeApi([["u1", "u2"], [], [], ["u3"], []])
    return [list(m.iter_items(api)), api.calls]


@case("edge")
def single_page(m):
    api = FakeApi([["only"]])
    return [list(m.iter_items(api)), api.calls]


@case("edge")
def empty_first_page(m):
    api = FakeApi([[], ["late"]])
    return [list(m.iter_items(api)), api.calls]


@case("edge")
def nothing_at_all(m):
    api = FakeApi([[]])
    return [list(m.iter_items(api)), api.calls]


@case("edge")
def falsy_items_kept(m):
    api = FakeApi([[0, None], ["", False]])
    return list(m.iter_items(api))


@case("edge")
def fetches_lazily(m):
    api = FakeApi([["a", "b"], ["c", "d"], ["e"]])
    it = m.iter_items(api)
    seen = [len(api.calls)]
    for _ in range(3):
        next(it)
        seen.append(list(api.calls))
    return seen


@case("edge")
def stops_early_without_more_calls(m):
    api = FakeApi([[f"u{p}-{i}" for i in range(3)] for p in range(50)])
    first = list(itertools.islice(m.iter_items(api), 4))
    return [first, api.calls]


@case("error-handling")
def api_error_propagates(m):
    def fetch(cursor):
        if cursor is None:
            return {"items": ["u1"], "next": "boom"}
        raise ConnectionError("api down")
    return list(m.iter_items(fetch))
