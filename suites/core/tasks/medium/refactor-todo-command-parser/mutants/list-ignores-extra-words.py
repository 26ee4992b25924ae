# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
NUMBER_ERRORS = {
    "done": "done needs a task number",
    "rename": "rename needs a task number and text",
}
LIST_FILTERS = ("open", "done", "all")


def _task_number(word: str) -> int | None:
    """The positive task number in `word`, or None."""
    try:
        number = int(word)
    except ValueError:
        return None
    return number if number > 0 else None


def parse_command(line: str) -> tuple:
    """Parse one chat line into a command tuple, or ("error", message) for bad input."""
    words = line.split()
    if not words:
        return ("noop",)
    command, args = words[0].lower(), words[1:]
    match command, args:
        case "add", [_, *_]:
            return ("add", " ".join(args))
        case "add", []:
            return ("error", "add needs text")
        case "done", [word] if (number := _task_number(word)) is not None:
            return ("done", number)
        case "rename", [word, *text] if text and (number := _task_number(word)) is not None:
            return ("rename", number, " ".join(text))
        case ("done" | "rename"), _:
            return ("error", NUMBER_ERRORS[command])
        case "list", []:
            return ("list", "all")
        case "list", [word, *_] if word.lower() in LIST_FILTERS:
            return ("list", word.lower())
        case "list", _:
            return ("error", "list takes open, done or all")
        case ("quit" | "exit" | "q"), []:
            return ("quit",)
        case ("quit" | "exit" | "q"), _:
            return ("error", "quit takes no arguments")
        case _:
            return ("error", "unknown command: " + words[0])
