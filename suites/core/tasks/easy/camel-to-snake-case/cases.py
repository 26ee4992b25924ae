# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def convert(m, names):
    return [m.to_snake_case(n) for n in names]


@case()
def simple_camel(m):
    return convert(m, ["getUser", "createdAt", "isActive", "x"])


@case()
def pascal_case(m):
    return convert(m, ["UserAccount", "Order", "ShippingAddressLine"])


@case("edge")
def acronyms(m):
    return convert(m, ["HTTPServer", "getHTTPResponseCode", "userID", "parseXML", "ABC", "IOError"])


@case("edge")
def digits(m):
    return convert(m, ["version2Update", "utf8Decoder", "HTML5Parser", "base64", "address2", "s3Bucket"])


@case("edge")
def existing_underscores(m):
    return convert(m, ["my_HTTPServer", "_privateField", "__init__", "already_snake", "trailing_", "a__B", "my_Field", "_Private"])


@case("edge")
def already_lower(m):
    return convert(m, ["lower", "a1b2"])


@case("error-handling")
def empty_name(m):
    return m.to_snake_case("")


@case("error-handling")
def dash_rejected(m):
    return m.to_snake_case("user-name")


@case("error-handling")
def non_ascii_rejected(m):
    return m.to_snake_case("naïveBayes")


@case("error-handling")
def space_rejected(m):
    return m.to_snake_case("user Name")
