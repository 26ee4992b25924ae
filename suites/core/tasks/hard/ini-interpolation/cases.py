# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, text):
    try:
        return m.parse_ini(text)
    except (ValueError, KeyError) as exc:
        return type(exc).__name__


@case()
def sections_and_references(m):
    return attempt(m, """
; deploy settings
[paths]
root = /srv/app
logs = ${root}/logs
  # indented comment
[service]
name = billing
log_file = ${paths:logs}/${name}.log
url = https://${name}.example.com:${port}/
port = 8443
""")


@case()
def dollars_and_whitespace(m):
    return attempt(m, "[money]\nprice = $$5 or $6 or $ 7\n  spaced   =   a = b  \nempty =\nbrace = ${empty}}\n")


@case("edge")
def repeated_sections_and_keys(m):
    return attempt(m, "[a]\nx = 1\n[b]\ny = ${a:x}\n[a]\nx = 2\nz = ${x}\n[ a ]\nw = 3\n")


@case("edge")
def empty_input_and_empty_section(m):
    return [attempt(m, ""), attempt(m, "\n\n# only comments\n"), attempt(m, "[lonely]\n")]


@case("edge")
def nested_references(m):
    return attempt(m, "[n]\na = x\nb = ${a}${a}\nc = [${b}|${b}]\nd = ${n:c}$${x}\n")


@case("error-handling")
def syntax_errors(m):
    return [attempt(m, t) for t in ["x = 1\n[s]\n", "[s]\njust text\n", "[s]\n= value\n", "[]\n", "[s\nk = v\n"]]


@case("error-handling")
def bad_references(m):
    return [attempt(m, t) for t in [
        "[s]\na = ${missing}\n", "[s]\na = ${nope:a}\n", "[s]\na = ${b}\nb = ${a}\n", "[s]\na = ${a}\n",
        "[s]\na = ${b\n", "[s]\na = 1\n[t]\nb = ${s:a}\nc = ${a}\n",
    ]]


@case("perf")
def shared_settings_through_long_chains(m):
    lines = ["[base]", "k0 = tier-$$1"]
    lines += [f"k{i} = ${{k{i - 1}}}" for i in range(1, 150)]
    for s in range(40):
        lines.append(f"[service{s}]")
        lines.append(f"name = svc{s}")
        lines += [f"opt{j} = ${{name}}/${{base:k149}}/{j}" for j in range(1_000)]
    result = m.parse_ini("\n".join(lines))
    return len(result), sum(len(v) for v in result.values()), result["base"]["k149"], result["service39"]["opt999"]
