# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import html as html_module
import re


def snippet_text(html):
    text = re.sub(r"<.*>", " ", html)
    text = html_module.unescape(text)
    return " ".join(text.split())
