def evaluate_rpn(expression):
    stack = []
    for t in expression.split():
        if t in ("+", "-", "*", "/"):
            b, a = stack.pop(), stack.pop()
            stack.append(eval(f"{a}{t}{b}"))
        else:
            stack.append(int(t))
    return stack.pop()
