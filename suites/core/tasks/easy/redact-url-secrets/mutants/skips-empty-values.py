# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def redact_url(url, secret_names):
    before_fragment, hash_sign, fragment = url.partition("#")
    base, question, query = before_fragment.partition("?")
    if not question:
        return url
    secrets = {n.lower() for n in secret_names}
    params = []
    for param in query.split("&"):
        name, _, value = param.partition("=")
        if value and name.lower() in secrets:
            param = name + "=REDACTED"
        params.append(param)
    return base + "?" + "&".join(params) + hash_sign + fragment
