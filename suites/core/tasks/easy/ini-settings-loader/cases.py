# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def write(text):
    path = os.path.join(tempfile.mkdtemp(), "deploy.ini")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


@case()
def two_sections(m):
    text = "[server]\nhost = example.org\nport=8080\n\n[database]\nname = prod\nUser = admin\n"
    return m.load_settings(write(text))


@case()
def comments_and_indentation(m):
    text = "# deploy settings\n; legacy comment\n  [ web ]  \n    root = /srv/www  \n   # indented comment\n"
    return m.load_settings(write(text))


@case("edge")
def value_with_equals_and_hash(m):
    text = "[db]\nurl = postgres://u@h/db?sslmode=require\ncolour = #ff0000\nempty =\n"
    return m.load_settings(write(text))


@case("edge")
def repeated_keys_and_sections(m):
    text = "[a]\nx = 1\ny = 2\n[b]\nz = 3\n[a]\nx = 10\nX = upper\n"
    return m.load_settings(write(text))


@case("edge")
def empty_section_and_unicode(m):
    text = "[empty]\n[café]\nnom = crème brûlée\n"
    return m.load_settings(write(text))


@case("edge")
def empty_file(m):
    return m.load_settings(write(""))


@case("error-handling")
def key_before_section(m):
    return m.load_settings(write("debug = true\n[main]\nx = 1\n"))


@case("error-handling")
def line_without_equals(m):
    return m.load_settings(write("[main]\nx = 1\njust some text\n"))


@case("error-handling")
def empty_key(m):
    return m.load_settings(write("[main]\n = orphan value\n"))
