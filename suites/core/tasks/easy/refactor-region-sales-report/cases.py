# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def run(m, text):
    folder = tempfile.mkdtemp()
    in_path = os.path.join(folder, "sales.csv")
    out_path = os.path.join(folder, "report.csv")
    with open(in_path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    count = m.region_totals(in_path, out_path)
    with open(out_path, "rb") as f:
        return count, f.read().decode("utf-8")


@case()
def basic_report(m):
    return run(m, "region,amount,status\nnorth,10.5,paid\nsouth,4,paid\nnorth,2.25,paid\neast,1,refunded\n")


@case()
def extra_columns_and_spacing(m):
    return run(m, "region,amount,status,note\n west , 3.10 , paid ,first order\nwest,0.4, PAID,\n"
                  "west,100, Refunded ,chargeback\n")


@case("edge")
def header_only(m):
    return run(m, "region,amount,status\n")


@case("edge")
def empty_file(m):
    return run(m, "")


@case("edge")
def blank_lines_and_crlf(m):
    return run(m, "region,amount,status\r\n\r\nnorth,1,paid\r\n   \r\nNorth,2,paid\r\nnorth,-0.5,paid")


@case("edge")
def rounding_and_sort_order(m):
    return run(m, "region,amount,status\nzeta,0.125,paid\nAlpha,0.005,paid\nbeta,1e3,paid\nÉire,2.675,paid\n")


@case("edge")
def all_refunded(m):
    return run(m, "region,amount,status\nnorth,1,refunded\nsouth,2,REFUNDED\n")


@case("error-handling")
def bad_amount(m):
    return run(m, "region,amount,status\nnorth,ten,paid\n")


@case("error-handling")
def missing_status_column(m):
    return run(m, "region,amount,status\nnorth,1\n")
