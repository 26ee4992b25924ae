# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def run(m, lines):
    return [m.parse_command(line) for line in lines]


@case()
def add_commands(m):
    return run(m, ["add buy milk", "ADD  Call   mum ", "add", "  add   ", "Add über-straße ✓"])


@case()
def done_commands(m):
    return run(m, ["done 3", "done 0", "done -2", "done x", "done 1 2", "done", "DONE +7", "done 1_0", "done ٣"])


@case()
def rename_commands(m):
    return run(m, ["rename 2 buy oat milk", "rename 2", "rename two milk", "rename 0 x", "Rename 5   spaced   out  "])


@case()
def list_commands(m):
    return run(m, ["list", "list open", "LIST Done", "list all", "list closed", "list open now"])


@case()
def quit_commands(m):
    return run(m, ["quit", "EXIT", "q", "q now", "Quit   "])


@case("edge")
def blank_and_unknown(m):
    return run(m, ["", "   ", "\t\n", "dance now", "Dance", "addmilk", "lists"])
