def evaluate_rpn(expression):
    stack = []
    for t in expression.split():
        if t in "+-*/":
            a, b = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0}[t] if t != "/" else a / b)
        else:
            stack.append(float(t))
    return stack.pop()
