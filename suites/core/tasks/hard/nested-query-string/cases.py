# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, query):
    try:
        return m.parse_query(query)
    except ValueError:
        return "ValueError"


@case()
def flat_pairs(m):
    return attempt(m, "?q=red+shoes&page=2&sort=-price")


@case()
def nested_and_lists(m):
    return attempt(m, "user[name]=Ann&user[address][city]=Oslo&user[tags][]=admin&user[tags][]=ops&ids[]=3")


@case()
def percent_decoding(m):
    return [attempt(m, q) for q in ["msg=caf%C3%A9%20au+lait", "k%5Bx%5D=1", "a=%2b%2B+", "path=%2Fhome%2fann",
                                   "emoji=%F0%9F%98%80", "x=100%25"]]


@case("edge")
def empty_parts(m):
    return [attempt(m, q) for q in ["", "?", "a=1&&b=2&", "flag", "flag=&x=", "a=b=c", "&"]]


@case("edge")
def repeated_keys(m):
    return [attempt(m, q) for q in ["a=1&a=2", "a[b]=1&a[b]=2&a[c]=3", "l[]=1&l[]=1&l[]=", "a[x][]=1&a[y]=2&a[x][]=3"]]


@case("error-handling")
def bad_escapes(m):
    return [attempt(m, q) for q in ["a=%", "a=%4", "a=%zz", "%G1=1", "a=%C3", "a=%ff%fe", "ok=%41"]]


@case("error-handling")
def malformed_keys(m):
    return [attempt(m, q) for q in ["=1", "[a]=1", "a[b=1", "a]=1", "a[b]c=1", "a[][b]=1", "a[[b]]=1", "a[b]]=1",
                                   "a[b][=1"]]


@case("error-handling")
def conflicting_shapes(m):
    return [attempt(m, q) for q in ["a=1&a[b]=2", "a[]=1&a[b]=2", "a[b]=1&a=2", "a=1&a[]=2", "a[]=1&a=2",
                                   "a[b]=1&a[b][c]=2"]]


@case("perf")
def huge_encoded_payload(m):
    unit = "".join(f"%{b:02X}" for b in "Grüße, 東京! ".encode("utf-8"))
    encoded = unit * 40_000
    result = m.parse_query(f"doc[body]={encoded}&doc[id]=7&doc[tags][]=big")
    return len(result["doc"]["body"]), result["doc"]["body"][:26], result["doc"]["id"], result["doc"]["tags"]
