# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def build_tag_index(posts: dict[str, list[str]]) -> dict[str, list[str]]:
    """Map each normalised tag to the ids of its posts, in input order, keys sorted."""
    index: dict[str, list[str]] = {}
    for post_id, tags in posts.items():
        for tag in dict.fromkeys(t.strip().lower() for t in tags):
            if tag:
                index.setdefault(tag, []).append(post_id)
    return {tag: index[tag] for tag in sorted(index)}
