# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def typical_line(m):
    return m.parse_line('ts=2024-05-01T12:00:03Z level=warn msg="disk almost full" host=db-2 retry')


@case()
def escapes_in_quoted_values(m):
    return m.parse_line(r'msg="say \"hi\"" path="C:\temp\x" multi="a\nb\tc" odd="\q\u00e9\\"')


@case()
def blanks_and_tabs_separate_fields(m):
    return m.parse_line('  \t a=1\t\tb="two words"   c=3 \t')


@case()
def unquoted_values_keep_quotes_and_equals(m):
    return m.parse_line('url=/search?q=a=b size=12" note=x"y"z')


@case("edge")
def empty_values_and_flags(m):
    return [m.parse_line(""), m.parse_line(" \t "), m.parse_line('a= b="" c'), m.parse_line("debug")]


@case("edge")
def first_value_wins(m):
    return [m.parse_line("a=1 a=2 b a=3 b=x"), m.parse_line('k="first" k=second')]


@case("edge")
def unicode_and_other_whitespace(m):
    return [m.parse_line('usuário=joão città="Tromsø \\ Ørsta" ✓'), m.parse_line("a=1\nb=2 c=x\r")]


@case("error-handling")
def malformed_lines(m):
    bad = ["=x", 'a="open', 'a="x"y', 'ke"y=1', 'a="abc\\', 'a="\\"', 'ok=1 ="v"', 'a="x" b="y']
    outcome = []
    for line in bad:
        try:
            outcome.append(m.parse_line(line))
        except ValueError:
            outcome.append("ValueError")
    return outcome


@case("error-handling")
def unterminated_value_raises(m):
    return m.parse_line('level=error msg="connection reset by peer')


@case("perf")
def noisy_log_file(m):
    lines = []
    for i in range(300):
        lines.append(f'ts={i} level=info msg="request {i} served in \\"{i % 17}ms\\"" path=/api/v1/items/{i} cached')
        if i % 50 == 0:
            # a truncated line whose quoted value is full of escaped backslashes
            lines.append('level=debug dump="' + "\\\\" * (30 + i // 10) + "x")
    parsed = errors = 0
    sizes = []
    for line in lines:
        try:
            fields = m.parse_line(line)
        except ValueError:
            errors += 1
            continue
        parsed += 1
        sizes.append(len(fields["msg"]))
    return parsed, errors, sum(sizes), sizes[:3]
