# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
from html import unescape


def snippet_text(html: str) -> str:
    """Plain text of an HTML snippet, for search-result previews.

    Every tag is replaced by a space (so "<p>a</p><p>b</p>" gives "a b"), then
    entities such as &amp; and &#39; are decoded, and every run of whitespace
    becomes a single space (no leading/trailing space).
    """
    text = re.sub(r"<[^>]*>", " ", html)
    text = unescape(text)
    return " ".join(text.split())
