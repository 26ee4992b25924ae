def evaluate_rpn(expression):
    stack = []
    for token in expression.split():
        if token in ("+", "-", "*", "/"):
            if len(stack) < 2:
                raise ValueError("needs two operands")
            b, a = stack.pop(), stack.pop()
            if token == "/":
                stack.append(a / b if b else float("inf"))
            else:
                stack.append(a + b if token == "+" else a - b if token == "-" else a * b)
        else:
            stack.append(float(token))
    if len(stack) != 1:
        raise ValueError("bad")
    return stack[0]
