# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


def redact_url(url, secret_names):
    parts = urlsplit(url)
    if not parts.query:
        return url
    secrets = {n.lower() for n in secret_names}
    pairs = [(k, "REDACTED" if k.lower() in secrets else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(pairs)))
