# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def redact_url(url, secret_names):
    for name in secret_names:
        url = re.sub(r"(?i)(" + re.escape(name) + r")=[^&#]*", r"\1=REDACTED", url)
    return url
