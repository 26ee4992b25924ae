# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def build_tag_index(posts):
    index = {}
    for post_id, tags in posts.items():
        for tag in tags:
            tag = tag.strip().lower()
            if tag and post_id not in index.get(tag, []):
                index.setdefault(tag, []).append(post_id)
    return index
