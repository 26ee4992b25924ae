# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def write(text):
    path = os.path.join(tempfile.mkdtemp(), "export.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


@case()
def simple_amounts(m):
    path = write("invoice,amount,currency\nA-1,10.5,EUR\nA-2,4,EUR\nA-3,0.25,USD\n")
    return m.sum_column(path, "amount")


@case()
def quoted_cells_with_commas(m):
    path = write('customer,amount\n"Smith, John","12.5"\n"Doe, Jane", 7.5 \n')
    return m.sum_column(path, "amount")


@case()
def picks_the_named_column(m):
    path = write("qty,amount,price\n1,100,3\n2,200,4\n")
    return [m.sum_column(path, "qty"), m.sum_column(path, "price")]


@case("edge")
def blank_cells_skipped(m):
    path = write("id,amount\n1,\n2,   \n3,5\n4,-2.5\n")
    return m.sum_column(path, "amount")


@case("edge")
def short_rows(m):
    path = write("id,note,amount\n1,x,3\n2\n3,y\n4,z,1e2\n")
    return m.sum_column(path, "amount")


@case("edge")
def header_only(m):
    return m.sum_column(write("id,amount\n"), "amount")


@case("edge")
def unicode_header_no_trailing_newline(m):
    path = write("müşteri,größe\nÖzlem,1.5\nJürgen,2")
    return m.sum_column(path, "größe")


@case("error-handling")
def missing_column(m):
    return m.sum_column(write("id,amount\n1,2\n"), "Amount")


@case("error-handling")
def empty_file(m):
    return m.sum_column(write(""), "amount")


@case("error-handling")
def bad_number(m):
    return m.sum_column(write("id,amount\n1,3\n2,n/a\n"), "amount")
