# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def ordinary(m):
    return m.mask_email("johnny@example.com")


@case()
def plus_tag_and_case(m):
    return m.mask_email(" John.Doe+newsletter@Mail.Example.org ")


@case()
def several(m):
    return [m.mask_email(a) for a in ["ann@b.io", "Zoe.Q@Work.CO.UK", "x.y.z@host"]]


@case("edge")
def two_char_local(m):
    return m.mask_email("jo@example.com")


@case("edge")
def one_char_local(m):
    return m.mask_email("j@example.com")


@case("edge")
def tag_leaves_one_char(m):
    return [m.mask_email("a+b+c@Example.com"), m.mask_email("bo+x@example.com")]


@case("edge")
def unicode_local(m):
    return m.mask_email("Ångström@uni.se")


@case("error-handling")
def no_at(m):
    return m.mask_email("john.example.com")


@case("error-handling")
def two_ats(m):
    return m.mask_email("john@doe@example.com")


@case("error-handling")
def empty_domain(m):
    return m.mask_email("john@")


@case("error-handling")
def empty_local(m):
    return m.mask_email("  @example.com")


@case("error-handling")
def only_tag(m):
    return m.mask_email("+promo@example.com")
