"""JSON through CPython's C accelerator `_json`, without importing `json` (which pulls in `re`
and `enum`: about 6 ms per sandbox start). Falls back to `json` where `_json` is missing."""
try:
    import _json

    class _Context:
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = None
        memo = None

    def _constant(name):
        raise ValueError(f"{name} is not valid JSON")

    _Context.parse_constant = staticmethod(_constant)
    _scan = _json.make_scanner(_Context())
    _encode = _json.make_encoder(None, None, _json.encode_basestring_ascii, None, ":", ",", False, False, False)

    def loads(text):
        value, end = _scan(text, 0)
        if text[end:].strip():
            raise ValueError("extra data after the JSON value")
        return value

    def dumps(value):
        return "".join(_encode(value, 0))

    dumps({"probe": [1, 2.5, "é", None, True]})
except Exception:  # noqa: BLE001 - any other interpreter: the standard module
    import json

    def loads(text):
        return json.loads(text)

    def dumps(value):
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
