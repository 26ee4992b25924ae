# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class RegistryMeta(type):
    """Metaclass giving each root class an independent, case-insensitive registry of subclasses."""

    _shared: dict = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        roots = {base._registry_root for base in bases if isinstance(base, RegistryMeta)}
        if len(roots) > 1:
            raise TypeError(f"{name} mixes classes from different registries")
        key = namespace.get("key")
        if "key" in namespace and (not isinstance(key, str) or not key):
            raise TypeError(f"{name}.key must be a non-empty str")
        if roots:
            root = next(iter(roots))
            if "key" in namespace and key.lower() in root._registry:
                raise TypeError(f"duplicate registry key {key!r} in {root.__name__}'s registry")
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not roots:
            cls._registry_root = cls
            cls._registry = RegistryMeta._shared
        if "key" in namespace:
            registry = cls._registry_root._registry
            if key.lower() in registry:
                raise TypeError(f"duplicate registry key {key!r}")
            registry[key.lower()] = cls
        return cls

    def lookup(cls, key: str) -> type:
        """The registered class for `key`, if it is `cls` or one of its subclasses."""
        found = cls._registry_root._registry.get(key.lower()) if isinstance(key, str) else None
        if found is None or not issubclass(found, cls):
            raise KeyError(key)
        return found

    def registered(cls) -> list[str]:
        """Keys of registered classes that are `cls` or its subclasses, in registration order."""
        return [k for k, c in cls._registry_root._registry.items() if issubclass(c, cls)]
