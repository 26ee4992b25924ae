# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def attempt(m, line):
    try:
        return m.split_command(line)
    except ValueError:
        return "ValueError"


@case()
def reported_examples(m):
    return [attempt(m, r'grep -P "\d+\.log" "" build.log'), attempt(m, r"ssh host 'echo done' ''")]


@case()
def quoting_styles(m):
    return [attempt(m, l) for l in [r"""echo 'single "double" \n' "a 'b' c" plain""",
                                    r'''printf "%s\t%s\n" "$HOME" "`x`" "\\" "\q"''',
                                    r"""cp my\ file.txt "dest dir"/ \'quoted\'"""]]


@case()
def adjacent_parts_join(m):
    return [attempt(m, l) for l in [r"""a"b c"d""", r"""''x''""", r'''"a"'b'\c''', r"""--name=""''"""]]


@case("edge")
def empty_arguments(m):
    return [attempt(m, l) for l in ["''", '""', "'' ''", 'a "" b', "'' \"\"x"]]


@case("edge")
def whitespace_only(m):
    return [attempt(m, l) for l in ["", "   ", "\t\n", "  a  \t b\n"]]


@case("edge")
def unicode_and_newlines(m):
    return [attempt(m, l) for l in ["échō 'naïve café' 東京", "'multi\nline' \"x\ny\"", "a\\nb"]]


@case("error-handling")
def unterminated(m):
    return [attempt(m, l) for l in ["echo 'oops", 'echo "oops', "echo oops\\\\\\", "trailing\\", "\"\\\""]]


@case("perf")
def generated_long_command(m):
    rng = random.Random(7)
    words = []
    for i in range(70_000):
        name = f"src/module_{i}/file {rng.randint(0, 999)}.py"
        words.append(rng.choice([f"'{name}'", f'"{name}"', name.replace(" ", "\\ "), f'"\\"{i}\\""', "''"]))
    args = m.split_command("lint --strict " + " ".join(words))
    return len(args), args[:6], args[-3:], sum(len(a) for a in args), args.count("")
