# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return m.dedupe_emails(["Ann@X.com; bob@y.org", " ann@x.com ", "", "BOB@Y.ORG, cy@z.net"])


@case()
def one_per_entry(m):
    return m.dedupe_emails(["zed@corp.io", "amy@corp.io", "zed@corp.io", "mo@corp.io", "amy@corp.io"])


@case("edge")
def empty_list(m):
    return m.dedupe_emails([])


@case("edge")
def only_blanks_and_separators(m):
    return m.dedupe_emails(["", "   ", ";,;", " , ; "])


@case("edge")
def mixed_separators_and_trailing(m):
    return m.dedupe_emails(["a@x.com;;b@x.com,", ";c@x.com ,; a@x.com", "\tB@X.COM\n"])


@case("edge")
def first_spelling_kept(m):
    return m.dedupe_emails(["Support@Shop.COM", "support@shop.com", "SUPPORT@SHOP.COM"])


@case("edge")
def unicode_addresses(m):
    return m.dedupe_emails(["Élodie@exemple.fr", "élodie@EXEMPLE.fr", "jürgen@beispiel.de"])


@case("edge")
def single_address(m):
    return m.dedupe_emails(["  solo@one.net  "])
