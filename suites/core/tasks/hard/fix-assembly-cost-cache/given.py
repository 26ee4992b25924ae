# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class AssemblyPricer:
    """Unit cost (in cents) of parts built from other parts, per manufacturing region.

    catalog: part name -> {"material": cents, "minutes": assembly minutes,
                           "components": {component name: quantity}}
    labour_rates: region -> labour cost in cents per minute
    """

    def __init__(self, catalog, labour_rates):
        self.catalog = catalog
        self.labour_rates = dict(labour_rates)
        self._cache = {}
        self._in_progress = set()

    def set_labour_rate(self, region, cents_per_minute):
        self.labour_rates[region] = cents_per_minute

    def unit_cost(self, part, region):
        if part in self._cache:
            return self._cache[part]
        if part not in self.catalog:
            raise KeyError(part)
        if region not in self.labour_rates:
            raise KeyError(region)
        if part in self._in_progress:
            raise ValueError(f"{part} is (indirectly) a component of itself")
        self._in_progress.add(part)
        try:
            spec = self.catalog[part]
            cost = spec["material"] + spec["minutes"] * self.labour_rates[region]
            for component, quantity in spec["components"].items():
                cost += quantity * self.unit_cost(component, region)
        finally:
            self._in_progress.discard(part)
        self._cache[part] = cost
        return cost
