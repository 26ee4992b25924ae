# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def attempt(m, text, *args):
    try:
        return m.parse_csv(text, *args)
    except ValueError:
        return "ValueError"


@case()
def plain_records(m):
    return attempt(m, "id,name,qty\n1,bolt,40\n2,nut,17\n")


@case()
def quoted_fields(m):
    return attempt(m, 'sku,desc\nA1,"bolt, zinc, M6"\nA2,"the ""big"" one"\n"",x\n')


@case()
def line_breaks_inside_quotes(m):
    return attempt(m, 'id,note\r\n7,"line one\r\nline two\nline three"\r\n8,"ends with newline\n"\r\n')


@case("edge")
def empty_fields_and_no_trailing_newline(m):
    return [attempt(m, t) for t in ["a,,b", "a,", ",", ",,\n,", "x"]]


@case("edge")
def blank_lines_and_empty_input(m):
    return [attempt(m, t) for t in ["", "\n", "\n\na,b\n\n\nc\n\n", "\r\n\r\n", '""\n\n""']]


@case("edge")
def whitespace_and_unicode_kept(m):
    return attempt(m, ' a , b \n"  ü ",€\t\nß, "x"y\n'.replace(', "x"y', ",z"))


@case("edge")
def other_delimiters(m):
    return [attempt(m, "a;b;\"c;d\"\n1;2;3", ";"), attempt(m, "a\tb,c\n\t", "\t"), attempt(m, "a|b", "|")]


@case("error-handling")
def malformed_input(m):
    return [attempt(m, t) for t in ['a,"unterminated\nstill going', '"ab"c,d', 'ab"c,d', '"ok",x\n"bad" ,y',
                                   'a,b\n"', '"x"""']]


@case("error-handling")
def bad_delimiters(m):
    return [attempt(m, "a,b", d) for d in ["", ";;", '"', "\n", "\r"]]


@case("perf")
def large_export_with_multiline_field(m):
    rng = random.Random(7)
    lines = ["id,title,body,price"]
    for i in range(20_000):
        body = rng.choice(["plain", '"with, comma"', '"say ""hi"""', '"two\nlines"'])
        lines.append(f"{i},item {i},{body},{rng.randint(1, 999)}.{rng.randint(0, 99):02d}")
    trace = "\n".join(f'  File ""app.py"", line {n}, in handler_{n}' for n in range(40_000))
    lines.append(f'20000,crash report,"Traceback:\n{trace}",0')
    rows = m.parse_csv("\n".join(lines) + "\n")
    return len(rows), rows[:4], rows[-2][:2], len(rows[-1][2]), rows[-1][2][-60:], sum(len(r) for r in rows)
