# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class AssemblyPricer:
    """Unit cost (in cents) of parts built from other parts, per manufacturing region.

    catalog: part name -> {"material": cents, "minutes": assembly minutes,
                           "components": {component name: quantity}}
    labour_rates: region -> labour cost in cents per minute
    """

    def __init__(self, catalog: dict[str, dict], labour_rates: dict[str, int]) -> None:
        self.catalog = catalog
        self.labour_rates = dict(labour_rates)
        # Costs depend on the region, so the region is part of the key.
        self._cache: dict[tuple[str, str], int] = {}
        self._in_progress: set[str] = set()

    def set_labour_rate(self, region: str, cents_per_minute: int) -> None:
        self.labour_rates[region] = cents_per_minute
        # Every cached cost of that region used the old rate (directly or through components).
        self._cache = {key: cost for key, cost in self._cache.items() if key[1] != region}

    def unit_cost(self, part: str, region: str) -> int:
        """Material + labour of `part` plus the cost of its components, built in `region`."""
        key = (part, region)
        if key in self._cache:
            return self._cache[key]
        if part not in self.catalog:
            raise KeyError(part)
        if part in self._in_progress:
            raise ValueError(f"{part} is (indirectly) a component of itself")
        self._in_progress.add(part)
        try:
            spec = self.catalog[part]
            cost = spec["material"] + spec["minutes"] * self.labour_rates.get(region, 0)
            for component, quantity in spec["components"].items():
                cost += quantity * self.unit_cost(component, region)
        finally:
            self._in_progress.discard(part)
        self._cache[key] = cost
        return cost
