# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, template, context):
    try:
        return m.render(template, context)
    except (ValueError, KeyError) as exc:
        return type(exc).__name__


ORDER = {
    "customer": {"name": "Ann <Admin>", "vip": True, "email": "  ANN@EXAMPLE.COM "},
    "lines": [{"sku": "A1", "qty": 2}, {"sku": "B7", "qty": 1}],
    "notes": [],
    "total": 12.5,
}


@case()
def variables_and_filters(m):
    return attempt(m, "Hi {{customer.name}}, {{ customer.name | escape }} / {{ customer.email|strip|lower }}"
                      " total={{ total }} lines={{ lines | length }} {{ customer.name | length | escape }}", ORDER)


@case()
def if_else_blocks(m):
    return attempt(m, "{% if customer.vip %}VIP{% else %}regular{% endif %}|{% if notes %}notes{% else %}none{% endif %}"
                      "|{% if missing.key %}x{% endif %}|{% if total %}{{ total }}{% endif %}", ORDER)


@case()
def for_loops_nested(m):
    ctx = {"groups": [{"name": "a", "items": [1, 2]}, {"name": "b", "items": []}, {"name": "c", "items": [3]}]}
    return attempt(m, "{% for g in groups %}[{{ g.name }}:{% for i in g.items %}{{ i }}{% if i %},{% endif %}"
                      "{% endfor %}]{% endfor %}", ctx)


@case("edge")
def loop_variable_shadows_only_inside(m):
    return attempt(m, "{{ x }}{% for x in xs %}<{{ x }}>{% endfor %}{{ x }}{% for x in xs %}{% endfor %}{{ x }}",
                   {"x": "outer", "xs": ["a", "b"]})


@case("edge")
def literal_text_kept(m):
    return [attempt(m, t, {"a": 1}) for t in ["", "no tags at all\n", "{ {a} } %} }} {a}", "{{a}}{{a}}\n\t{{ a }}"]]


@case("error-handling")
def missing_names(m):
    return [attempt(m, t, {"user": {"name": "x"}, "n": 3}) for t in
            ["{{ nobody }}", "{{ user.age }}", "{{ user.name.first }}", "{% for i in nothing %}{% endfor %}",
             "{% if nobody %}{{ nobody }}{% endif %}ok"]]


@case("error-handling")
def syntax_errors_anywhere(m):
    ctx = {"flag": False, "xs": []}
    return [attempt(m, t, ctx) for t in [
        "{{ name", "{% if flag %}", "{% endif %}", "{% else %}", "{% for x in xs %}{% endif %}",
        "{% if flag %}{{ 1bad }}{% endif %}", "{% for x in xs %}{{ x | shout }}{% endfor %}",
        "{% if flag %}a{% else %}b{% else %}c{% endif %}", "{% while flag %}{% endwhile %}",
        "{% for x of xs %}{% endfor %}", "{% if flag %}{% if flag %}{% endif %}", "{{ }}", "ok {% if flag",
    ]]


@case("perf")
def large_report_with_skipped_sections(m):
    detail = "".join(f"<tr><td>{{{{ row.name }}}}</td><td>{{{{ row.v{k} | escape }}}}</td></tr>" for k in range(1_000))
    template = ("<h1>{{ title | upper }}</h1>{% for row in rows %}<p>{{ row.name }}: {{ row.total }}</p>"
                "{% if row.details %}" + detail + "{% endif %}{% endfor %}")
    rows = [{"name": f"r{i}", "total": i * 3, "details": i == 1} for i in range(20_000)]
    rows[1].update({f"v{k}": f"<{k}>" for k in range(1_000)})
    out = m.render(template, {"title": "quarterly", "rows": rows})
    return len(out), out[:60], out[-60:], out.count("<tr>")
