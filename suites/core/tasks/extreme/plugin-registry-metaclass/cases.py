# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(thunk):
    try:
        result = thunk()
    except (TypeError, KeyError) as exc:
        return type(exc).__name__
    return result.__name__ if isinstance(result, type) else result


def exporters(m):
    class Exporter(metaclass=m.RegistryMeta):
        def export(self):
            return "base"

    class CsvExporter(Exporter):
        key = "CSV"

    class TabularExporter(Exporter):
        pass

    class TsvExporter(TabularExporter):
        key = "tsv"

    class ExcelTsv(TsvExporter):
        key = "Excel-TSV"

    class GzipCsv(CsvExporter):  # inherits key but does not define one: not registered
        compress = True

    return Exporter, CsvExporter, TabularExporter, TsvExporter, ExcelTsv


@case()
def lookup_and_registered(m):
    Exporter, Csv, Tabular, Tsv, Excel = exporters(m)
    return [attempt(lambda: Exporter.lookup("csv")), attempt(lambda: Exporter.lookup("CSV")),
            attempt(lambda: Exporter.lookup("excel-tsv")), attempt(lambda: Tabular.lookup("TSV")),
            Exporter.registered(), Tabular.registered(), Excel.registered(), Csv.registered(),
            [c.__name__ for c in Csv.__subclasses__()], attempt(lambda: Csv.lookup("csv"))]


@case()
def lookup_limited_to_subtree(m):
    Exporter, Csv, Tabular, Tsv, Excel = exporters(m)
    return [attempt(lambda: Tabular.lookup("csv")), attempt(lambda: Excel.lookup("tsv")),
            attempt(lambda: Tsv.lookup("tsv")), attempt(lambda: Exporter.lookup("xml"))]


@case()
def classes_still_behave_normally(m):
    Exporter, Csv, Tabular, Tsv, Excel = exporters(m)
    return [Csv().export(), Excel.key, Tabular.key if hasattr(Tabular, "key") else None,
            isinstance(Excel(), Exporter), type(Exporter).__name__, Exporter.__name__]


@case("edge")
def independent_roots(m):
    class Parser(metaclass=m.RegistryMeta):
        pass

    class Storage(metaclass=m.RegistryMeta):
        key = "base"

    class JsonParser(Parser):
        key = "json"

    class JsonStorage(Storage):
        key = "json"

    return [attempt(lambda: Parser.lookup("json")), attempt(lambda: Storage.lookup("json")),
            Parser.registered(), Storage.registered(), attempt(lambda: Storage.lookup("BASE")),
            attempt(lambda: Parser.lookup("base"))]


@case("error-handling")
def duplicate_keys(m):
    Exporter, *_ = exporters(m)
    out = []
    for key in ["csv", "Csv", "TSV", "fresh"]:
        def define(key=key):
            return type("Dup", (Exporter,), {"key": key})
        out.append(attempt(define))
    out.append(Exporter.registered())
    return out


@case("error-handling")
def invalid_keys(m):
    Exporter, *_ = exporters(m)
    out = [attempt(lambda key=key: type("Bad", (Exporter,), {"key": key})) for key in ["", None, 3, b"csv"]]
    out.append(Exporter.registered())
    return out


@case("error-handling")
def mixing_roots(m):
    A = m.RegistryMeta("A", (), {})
    B = m.RegistryMeta("B", (), {})
    A1 = m.RegistryMeta("A1", (A,), {"key": "a1"})
    return [attempt(lambda: m.RegistryMeta("AB", (A1, B), {"key": "ab"})), A.registered(), B.registered(),
            attempt(lambda: m.RegistryMeta("AA", (A1, A), {"key": "aa"})), A.registered()]


@case("perf")
def thousands_of_plugins(m):
    Root = m.RegistryMeta("Root", (), {})
    families = [m.RegistryMeta(f"Family{f}", (Root,), {}) for f in range(10)]
    for i in range(3_000):
        m.RegistryMeta(f"Plugin{i}", (families[i % 10],), {"key": f"Plugin-{i}"})
    hits = misses = 0
    for n in range(60_000):
        i = (n * 7919) % 3_000
        family = families[n % 10]
        try:
            found = family.lookup(f"plugin-{i}")
            hits += found.__name__ == f"Plugin{i}"
        except KeyError:
            misses += 1
        hits += Root.lookup(f"PLUGIN-{i}").__name__ == f"Plugin{i}"
    return hits, misses, len(Root.registered()), len(families[3].registered())
