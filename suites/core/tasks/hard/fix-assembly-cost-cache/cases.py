# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def part(material, minutes, **components):
    return {"material": material, "minutes": minutes, "components": components}


def bike_catalog():
    return {
        "spoke": part(12, 0),
        "rim": part(900, 2),
        "hub": part(1500, 5),
        "wheel": part(0, 25, rim=1, hub=1, spoke=32),
        "frame": part(8000, 40),
        "chain": part(1100, 0),
        "drivetrain": part(2500, 15, chain=1),
        "bike": part(500, 60, wheel=2, frame=1, drivetrain=1),
        "wheel_pair": part(0, 5, wheel=2),
    }


RATES = {"pl": 30, "de": 75, "pt": 28}


@case()
def costs_in_one_region(m):
    pricer = m.AssemblyPricer(bike_catalog(), RATES)
    return [pricer.unit_cost(p, "pl") for p in ("spoke", "rim", "wheel", "bike", "wheel_pair")]


@case()
def regions_are_priced_independently(m):
    pricer = m.AssemblyPricer(bike_catalog(), RATES)
    return [pricer.unit_cost("bike", "pl"), pricer.unit_cost("bike", "de"), pricer.unit_cost("bike", "pl"),
            pricer.unit_cost("bike", "pt")]


@case()
def components_priced_earlier_in_another_region(m):
    pricer = m.AssemblyPricer(bike_catalog(), RATES)
    first = [pricer.unit_cost("wheel", "de"), pricer.unit_cost("drivetrain", "pt")]
    return first + [pricer.unit_cost("bike", "pl"), pricer.unit_cost("wheel_pair", "pt")]


@case()
def labour_rate_change_reprices_everything_built_there(m):
    pricer = m.AssemblyPricer(bike_catalog(), RATES)
    before = [pricer.unit_cost("bike", "pl"), pricer.unit_cost("hub", "pl"), pricer.unit_cost("bike", "de")]
    pricer.set_labour_rate("pl", 34)
    after = [pricer.unit_cost("hub", "pl"), pricer.unit_cost("bike", "pl"), pricer.unit_cost("bike", "de")]
    return before, after


@case()
def new_region_can_be_added(m):
    pricer = m.AssemblyPricer(bike_catalog(), RATES)
    pricer.unit_cost("bike", "pl")
    pricer.set_labour_rate("ro", 22)
    return [pricer.unit_cost("bike", "ro"), pricer.unit_cost("wheel", "ro"), pricer.unit_cost("bike", "pl")]


@case("edge")
def free_and_unused_components(m):
    catalog = {
        "sticker": part(0, 0),
        "manual": part(35, 0),
        "box": part(120, 1, sticker=3, manual=0),
    }
    pricer = m.AssemblyPricer(catalog, {"pl": 30, "free": 0})
    return [pricer.unit_cost("sticker", "pl"), pricer.unit_cost("box", "pl"), pricer.unit_cost("box", "free")]


@case("error-handling")
def unknown_part(m):
    return m.AssemblyPricer(bike_catalog(), RATES).unit_cost("tandem", "pl")


@case("error-handling")
def unknown_region_after_part_was_cached(m):
    pricer = m.AssemblyPricer(bike_catalog(), RATES)
    pricer.unit_cost("frame", "pl")
    return pricer.unit_cost("frame", "fr")


@case("error-handling")
def unknown_component(m):
    catalog = bike_catalog()
    catalog["trailer"] = part(3000, 30, wheel=2, hitch=1)
    return m.AssemblyPricer(catalog, RATES).unit_cost("trailer", "de")


@case("error-handling")
def cycles_are_reported_and_other_parts_still_work(m):
    catalog = bike_catalog()
    catalog["kit_a"] = part(10, 1, kit_b=1)
    catalog["kit_b"] = part(10, 1, spoke=4, kit_a=1)
    catalog["washer"] = part(2, 0, washer=1)
    pricer = m.AssemblyPricer(catalog, RATES)
    outcome = []
    for name in ("kit_a", "bike", "washer", "kit_b", "wheel"):
        try:
            outcome.append(pricer.unit_cost(name, "pt"))
        except ValueError:
            outcome.append("ValueError")
    return outcome


@case("perf")
def deep_shared_assemblies(m):
    rng = random.Random(7)
    width, depth = 5, 60
    catalog = {}
    previous = []
    for level in range(depth):
        current = []
        for k in range(width):
            name = f"L{level}-{k}"
            components = {c: rng.randint(1, 3) for c in rng.sample(previous, 3)} if previous else {}
            catalog[name] = {"material": rng.randint(0, 500), "minutes": rng.randint(0, 9), "components": components}
            current.append(name)
        previous = current
    pricer = m.AssemblyPricer(catalog, RATES)
    top = previous
    out = [pricer.unit_cost(p, r) % 1_000_000_007 for r in ("pl", "de", "pt") for p in top]
    pricer.set_labour_rate("de", 80)
    out += [pricer.unit_cost(p, r) % 1_000_000_007 for r in ("de", "pl") for p in top]
    return out
