import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate_rpn(expression: str) -> float:
    stack: list[float] = []
    for token in expression.split():
        if token in OPS:
            if len(stack) < 2:
                raise ValueError(f"operator {token!r} needs two operands")
            right, left = stack.pop(), stack.pop()
            stack.append(OPS[token](left, right))
        else:
            try:
                stack.append(float(token))
            except ValueError:
                raise ValueError(f"unknown token {token!r}") from None
    if len(stack) != 1:
        raise ValueError("empty expression" if not stack else "leftover operands")
    return stack[0]
