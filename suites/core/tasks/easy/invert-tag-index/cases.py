# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return list(m.build_tag_index({"p1": ["Python", "web"], "p2": ["python ", "Python"], "p3": []}).items())


@case()
def post_order_kept(m):
    posts = {
        "zz-last-alpha": ["news"],
        "aa-first-alpha": ["news", "tips"],
        "mm": ["tips", "news", "howto"],
    }
    return list(m.build_tag_index(posts).items())


@case("edge")
def empty(m):
    return m.build_tag_index({})


@case("edge")
def blank_tags_ignored(m):
    return list(m.build_tag_index({"a": ["", "  ", "ok"], "b": ["\t"]}).items())


@case("edge")
def duplicate_spellings_in_one_post(m):
    return list(m.build_tag_index({"a": ["Go", "GO", " go ", "rust"], "b": ["go"]}).items())


@case("edge")
def unicode_tags(m):
    return list(m.build_tag_index({"x": ["Café", "ÉTÉ"], "y": ["café", "été", "Zoo"]}).items())


@case("edge")
def input_unchanged(m):
    posts = {"a": [" X ", "y"], "b": ["x"]}
    m.build_tag_index(posts)
    return posts
