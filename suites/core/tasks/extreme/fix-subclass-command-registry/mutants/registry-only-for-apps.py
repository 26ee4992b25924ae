# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A tiny framework for command-line apps with nested subcommands.

    class Tool(Command): ...                      # an application
    class Deploy(Tool, name="deploy"): ...        # `tool deploy ...`
    class Db(Tool, name="db"): ...                # a command with subcommands
    class Migrate(Db, name="migrate", aliases=("mig",)):  # `tool db migrate ...`
        def run(self, args): ...

    Tool.dispatch(["db", "migrate", "--dry-run"])  # Migrate().run(["--dry-run"])
"""
from __future__ import annotations

from typing import Any, Iterable


class Command:
    _registry: dict[str, type[Command]] = {}
    name: str | None = None

    def __init_subclass__(cls, name: str | None = None, aliases: Iterable[str] = (), **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.name = name
        if Command in cls.__bases__:
            cls._registry = {}  # an application: its own set of commands
        if name is None:
            return  # unnamed classes share the registry they inherit
        for key in (name, *aliases):
            if key in cls._registry:
                raise TypeError(f"duplicate command name {key!r}")
            cls._registry[key] = cls  # the registry inherited from the parent

    def run(self, args: list[str]) -> Any:
        raise NotImplementedError(f"{type(self).__name__} needs a subcommand")

    @classmethod
    def commands(cls) -> list[str]:
        """The names (without aliases) of the subcommands of this app or command, sorted."""
        return sorted(key for key, command in cls._registry.items() if command.name == key)

    @classmethod
    def dispatch(cls, argv: list[str]) -> Any:
        """Find the command named by the leading words of argv and run it with the rest."""
        target = cls
        args = list(argv)
        while args and args[0] in target._registry:
            target = target._registry[args.pop(0)]
        if target is cls:
            raise LookupError(f"unknown command: {' '.join(argv) or '(none)'}")
        return target().run(args)
