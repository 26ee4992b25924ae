# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def redact_url(url, secret_names):
    if "?" not in url:
        return url
    base, query = url.split("?", 1)
    query, hash_sign, fragment = query.partition("#")
    secrets = {n.lower() for n in secret_names}
    params = []
    for param in query.split("&"):
        name, equals, _ = param.partition("=")
        if equals and name.lower() in secrets:
            param = name + "=REDACTED"
        params.append(param)
    return base + "?" + "&".join(params) + hash_sign + fragment
