# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example_header(m):
    return m.parse_params('retry=3; Mode="fast"; dry-run; sig=YWJj==')


@case()
def whitespace_everywhere(m):
    return m.parse_params("  Timeout = 30 ;Region=eu-west-1 ;  verbose  ")


@case("edge")
def empty_header(m):
    return [m.parse_params(""), m.parse_params(" ; ;; ")]


@case("edge")
def empty_parameters_skipped(m):
    return m.parse_params("a=1;;b=2;")


@case("edge")
def value_with_equals(m):
    return m.parse_params("token=abc=def==; next=x=y")


@case("edge")
def quoted_values(m):
    # Each odd quote stands alone, so that no reading of the spec sees a ';' inside quotes.
    return [m.parse_params('name="  My Hook  "; empty=""'), m.parse_params('half="open'),
            m.parse_params('tail=x"'), m.parse_params('lone="')]


@case("edge")
def empty_value(m):
    return m.parse_params("a=; b = ;c")


@case("edge")
def first_occurrence_wins(m):
    return m.parse_params("Retry=1; retry=2; RETRY=3; mode=slow")


@case("edge")
def unicode_values(m):
    return m.parse_params("Filename=\"résumé 2024.pdf\"; lang=zh-中文")


@case("error-handling")
def empty_key(m):
    return m.parse_params("retry=3; =5")


@case("error-handling")
def blank_key_with_spaces(m):
    return m.parse_params("retry=3;   = x")
