# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def initials(full_name: str) -> str:
    """Avatar initials: first letter of the first and last word, upper-cased.

    A single word gives one letter; a name with no words gives "?".
    """
    words = full_name.split()
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()
