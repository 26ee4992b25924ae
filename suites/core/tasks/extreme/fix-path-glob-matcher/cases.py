# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, pattern, path):
    try:
        return m.match(pattern, path)
    except ValueError as exc:
        return type(exc).__name__


def table(m, pairs):
    return [attempt(m, pattern, path) for pattern, path in pairs]


@case()
def stars_stay_in_one_segment(m):
    return table(m, [
        ("src/*.py", "src/utils/helpers.py"), ("src/*.py", "src/app.py"), ("src/*.py", "src/.py"),
        ("*", "README.md"), ("*", "docs/README.md"), ("*/*", "docs/README.md"), ("*.md", "docs/x.md"),
        ("src/*/*.py", "src/utils/helpers.py"), ("src/*/*.py", "src/a/b/c.py"), ("a*b*c", "a/b/c"),
        ("*.tar.gz", "backup.tar.tar.gz"), ("*ab", "aab"), ("?", "/"), ("a?c", "a/c"), ("??", "ab"),
    ])


@case()
def globstar_segments(m):
    return table(m, [
        ("src/**/*.py", "src/app.py"), ("src/**/*.py", "src/utils/helpers.py"), ("src/**/*.py", "src/a/b/c/d.py"),
        ("src/**/*.py", "lib/src/app.py"), ("**/test_*.py", "test_api.py"), ("**/test_*.py", "tests/unit/test_api.py"),
        ("**/test_*.py", "tests/unit/api_test.py"), ("docs/**", "docs"), ("docs/**", "docs/a/b.md"),
        ("docs/**", "documents/a.md"), ("**", ""), ("**", "a/b/c"), ("a/**/b", "a/b"), ("a/**/b", "a/x/y/b"),
        ("a/**/b", "a/x/y/bb"), ("a/**/**/b", "a/b"), ("**/a/**", "x/a"), ("**/a/**", "x/y"),
        ("a**b", "axxb"), ("a**b", "ax/xb"), ("**.py", "x.py"), ("**.py", "d/x.py"), ("**/", "a/b/"),
        ("**/", "a/b"),
    ])


@case()
def character_classes(m):
    return table(m, [
        ("file[0-9].txt", "file7.txt"), ("file[0-9].txt", "fileA.txt"), ("[!a]?", "bc"), ("[!a]?", "ac"),
        ("[abc]", "b"), ("[abc]", "d"), ("[a-cx-z]", "y"), ("[a-cx-z]", "m"), ("[]]", "]"), ("[!]]", "]"),
        ("[!]]", "x"), ("[a-]", "-"), ("[-a]", "-"), ("a[b", "a[b"), ("a[b/c]", "a[b/c]"), ("a[b/c]", "ab"),
        ("[!a]", "/"), ("[*]", "*"), ("[*]", "x"), ("[?]x", "?x"), ("[é-ü]", "ö"),
    ])


@case("edge")
def odd_paths(m):
    return table(m, [
        ("", ""), ("", "a"), ("a", ""), ("*", ""), ("/*", "/etc"), ("*/", "a/"), ("a//b", "a//b"),
        ("a/*/b", "a//b"), ("a/**/b", "a//b"), ("?", "é"), ("naïve*", "naïve-ünïcode.txt"),
        ("*", "*"), ("\\*", "\\x"), ("a/b", "a/b/"), ("a/b/", "a/b"),
    ])


@case("error-handling")
def bad_ranges(m):
    return table(m, [("[z-a]", "q"), ("x/[9-0].log", "x/5.log"), ("[a-z]", "q"), ("[!z-a]x", "bx")])


@case("perf")
def long_names_and_deep_paths(m):
    name = "_".join(["chunk"] * 40) + ".parquet"
    deep = "/".join(["pkg"] * 40)
    return [
        m.match("data/*_*_*_*_*_*_*.csv", "data/" + name),
        m.match("data/*_*_*_*_*_*_*.parquet", "data/" + name),
        m.match("*a*a*a*a*a*a*a*a*b", "a" * 60),
        m.match("**/**/**/**/**/**/**/*.txt", deep + "/notes.md"),
        m.match("**/pkg/**/pkg/**/pkg/**/pkg/**/x", deep),
        m.match("**/pkg/**/pkg/**/pkg/**/*_*_*_*_*.csv", deep + "/" + name),
        m.match("**/p?g/**/[p]kg", deep),
    ]
