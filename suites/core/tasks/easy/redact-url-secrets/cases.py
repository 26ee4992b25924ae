# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return m.redact_url("https://api.example.com/v1/items?q=red%20shoes&API_KEY=abc123&page=2#top", {"api_key"})


@case()
def several_secrets(m):
    url = "https://x.io/cb?code=4/0AX&state=xyz&access_token=ya29.a0&Token=t&token_type=bearer&csrftoken=keep"
    return m.redact_url(url, {"code", "access_token", "TOKEN"})


@case("edge")
def no_query(m):
    return [m.redact_url("https://x.io/path", {"key"}), m.redact_url("https://x.io/path#key=1", {"key"})]


@case("edge")
def question_mark_in_fragment(m):
    return m.redact_url("https://x.io/app#/login?token=abc", {"token"})


@case("edge")
def encoding_and_empty_segments_kept(m):
    return m.redact_url("/search?q=a+b%2Fc&&key=s3cr%3Dt&flag&key=&x=%E2%9C%93", {"key"})


@case("edge")
def value_with_equals(m):
    return m.redact_url("/hook?sig=YWJj==&v=1", {"sig"})


@case("edge")
def empty_query_and_fragment(m):
    return [m.redact_url("https://x.io/?", {"a"}), m.redact_url("https://x.io/?#", {"a"}), m.redact_url("?a=1#?a=2", {"a"})]


@case("edge")
def name_without_value_untouched(m):
    return m.redact_url("/p?password&user=bob&password=hunter2", {"password"})


@case("edge")
def nothing_secret(m):
    return m.redact_url("/p?a=1&b=2", set())
