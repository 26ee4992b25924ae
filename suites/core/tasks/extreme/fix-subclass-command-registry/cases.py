# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(thunk):
    try:
        return thunk()
    except (LookupError, TypeError, NotImplementedError) as exc:
        return type(exc).__name__


class Echo:
    """Mixin: run() reports which class ran and with which arguments."""

    def run(self, args):
        return (type(self).__name__, args)


def shop_and_admin(m):
    class Shop(m.Command):
        pass

    class Deploy(Echo, Shop, name="deploy"):
        pass

    class Status(Echo, Shop, name="status", aliases=("st",)):
        pass

    class Admin(m.Command):
        pass

    class AdminStatus(Echo, Admin, name="status"):
        pass

    class Users(Echo, Admin, name="users"):
        pass

    return Shop, Admin


@case()
def two_apps_with_the_same_names(m):
    Shop, Admin = shop_and_admin(m)
    return [Shop.dispatch(["status", "-v"]), Admin.dispatch(["status"]), Shop.dispatch(["st"]),
            Shop.dispatch(["deploy", "status"]), attempt(lambda: Shop.dispatch(["users"])),
            attempt(lambda: Admin.dispatch(["deploy"])), Shop.commands(), Admin.commands()]


@case()
def nested_subcommands(m):
    class Tool(m.Command):
        pass

    class Db(Tool, name="db"):
        pass

    class Migrate(Echo, Db, name="migrate", aliases=("mig",)):
        pass

    class Seed(Echo, Db, name="seed"):
        pass

    class Deploy(Echo, Tool, name="deploy"):
        pass

    class Rollback(Deploy, name="rollback"):
        pass

    return [Tool.dispatch(["db", "migrate", "--dry-run"]), Tool.dispatch(["db", "mig"]),
            Tool.dispatch(["deploy", "db", "migrate"]), Tool.dispatch(["deploy", "rollback", "v2"]),
            Tool.dispatch(["deploy", "seed"]), attempt(lambda: Tool.dispatch(["migrate"])),
            attempt(lambda: Tool.dispatch(["rollback"])), attempt(lambda: Tool.dispatch(["db"])),
            Db.dispatch(["seed", "x"]), attempt(lambda: Db.dispatch(["db", "seed"])),
            Tool.commands(), Db.commands(), Deploy.commands(), Migrate.commands()]


@case()
def unnamed_intermediate_classes(m):
    class Tool(m.Command):
        pass

    class RemoteCommand(Echo, Tool):  # shared helpers, not a command itself
        host = "example.org"

    class Push(RemoteCommand, name="push"):
        pass

    class Pull(RemoteCommand, name="pull"):
        pass

    class Db(Tool, name="db"):
        pass

    class DbBase(Echo, Db):
        pass

    class Vacuum(DbBase, name="vacuum"):
        pass

    class FastVacuum(Vacuum):  # specialises vacuum, keeps its (empty) subcommands
        pass

    return [Tool.commands(), RemoteCommand.commands(), Db.commands(), DbBase.commands(),
            Tool.dispatch(["push", "origin"]), Tool.dispatch(["db", "vacuum", "full"]),
            RemoteCommand.dispatch(["pull"]), attempt(lambda: Tool.dispatch(["vacuum"])),
            FastVacuum.commands(), Push.host, Vacuum.name, FastVacuum.name, RemoteCommand.name]


@case("error-handling")
def duplicates_are_per_parent(m):
    Shop, Admin = shop_and_admin(m)

    def define(parent, name, aliases=()):
        def body():
            type("Dup", (Echo, parent), {}, name=name, aliases=aliases)
            return "ok"
        return attempt(body)

    class Orders(Shop, name="orders"):
        pass

    return [define(Shop, "status"), define(Shop, "stock", ("st",)), define(Admin, "st"),
            define(Orders, "status"), define(Orders, "list", ("ls",)), define(Orders, "ls"),
            define(Shop, "deploy2", ("orders",)), Orders.commands(), Admin.commands()]


@case("error-handling")
def dispatch_errors(m):
    Shop, Admin = shop_and_admin(m)

    class Empty(m.Command):
        pass

    return [attempt(lambda: Shop.dispatch([])), attempt(lambda: Shop.dispatch(["nope"])),
            attempt(lambda: Shop.dispatch(["--status"])), attempt(lambda: Empty.dispatch(["status"])),
            Empty.commands(), attempt(lambda: Shop.dispatch(["Status"]))]


@case("perf")
def scripted_dispatch(m):
    class Big(m.Command):
        pass

    class Group(Echo, Big, name="group"):
        pass

    defined = []  # keep the classes alive, as a module would
    for i in range(3_000):
        defined.append(type(f"Cmd{i}", (Echo, Big), {}, name=f"cmd-{i}", aliases=(f"c{i}",)))
    for i in range(300):
        defined.append(type(f"Sub{i}", (Group,), {}, name=f"sub-{i}"))
    hits = {}
    for n in range(20_000):
        i = (n * 7919) % 3_000
        if n % 4 == 0:
            result = Big.dispatch(["group", f"sub-{i % 300}", str(n)])
        elif n % 4 == 1:
            result = Big.dispatch([f"c{i}"])
        else:
            result = Big.dispatch([f"cmd-{i}", "--fast"])
        hits[result[0]] = hits.get(result[0], 0) + 1
    return len(hits), hits.get("Cmd1"), hits.get("Sub7"), len(Big.commands()), Group.commands()[:3]
