# A small tokenizer and recursive-descent calculator with variables.


class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

    def __repr__(self):
        return "%s:%r" % (self.kind, self.value)


class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            tokens.append(Token("num", float(lexeme) if "." in lexeme else int(lexeme)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("name", text[start:i]))
        elif text.startswith("**", i):
            tokens.append(Token("op", "**"))
            i += 2
        elif ch in "+-*/%()=":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise CalcError("unexpected character %r at %d" % (ch, i))
    tokens.append(Token("end", None))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise CalcError("expected %r, got %r" % (value, tok.value))
        self.pos += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].value == "=":
            name = self.take().value
            self.take("=")
            value = self.expr()
            self.env[name] = value
            result = value
        else:
            result = self.expr()
        if self.peek().kind != "end":
            raise CalcError("trailing input at %r" % (self.peek().value,))
        return result

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.unary()
            if op in "/%" and rhs == 0:
                raise CalcError("division by zero")
            if op == "*":
                value *= rhs
            elif op == "/":
                value = value / rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        if self.peek().value == "+":
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()  # right associative
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if tok.value not in self.env:
                raise CalcError("unknown variable %r" % tok.value)
            return self.env[tok.value]
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        raise CalcError("unexpected token %r" % (tok,))


env = {"pi": 3.14159}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 10",
    "y = x * 2 + 1",
    "y % 4",
    "x / 4",
    "pi * 2",
    "7 / 0",
    "3 + * 4",
    "z + 1",
    "4 $ 4",
    "(1 + 2",
    "1 2",
    "big = 2 ** 100",
    "big - 1",
]
print(tokenize("a1 = (3 + 4.5) ** 2"))
for line in lines:
    try:
        print(line, "=>", Parser(tokenize(line), env).statement())
    except CalcError as e:
        print(line, "=> error:", e)
print(sorted(env.items()))
