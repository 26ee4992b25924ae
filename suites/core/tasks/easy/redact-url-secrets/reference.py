# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def redact_url(url: str, secret_names: set[str]) -> str:
    """Replace the values of secret query parameters in url with REDACTED."""
    before_fragment, hash_sign, fragment = url.partition("#")
    base, question, query = before_fragment.partition("?")
    if not question:
        return url
    secrets = {name.lower() for name in secret_names}
    params = []
    for param in query.split("&"):
        name, equals, _ = param.partition("=")
        if equals and name.lower() in secrets:
            param = f"{name}=REDACTED"
        params.append(param)
    return f"{base}?{'&'.join(params)}{hash_sign}{fragment}"
