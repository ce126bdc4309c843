# ast.literal_eval: the literals it accepts and the errors for the rest.
import ast

GOOD = [
    "1", "-1", "+2.5", "0x10", "1_000", "1e3", "2j", "-2j", "1+2j", "1.5-2j", "-1-1j",
    "'text'", "b'bytes'", "'a' 'b'", "None", "True", "False", "...",
    "(1, 2)", "()", "(1,)", "[1, [2, 3]]", "[]", "{1, 2}", "set()", "{'a': 1, 2: (3,)}", "{}",
    "  \t(1, 2)",
]
for text in GOOD:
    value = ast.literal_eval(text)
    print(repr(text), '->', repr(value), type(value).__name__)

BAD = [
    "x", "--3", "f(1)", "1 + 1", "2j + 1", "'a' + 'b'", "[x]", "{**d}", "-'a'", "not 1",
    "(1).real", "set([1])", "a[0]", "lambda: 1", "1 if 2 else 3", "{1: x}",
]
for text in BAD:
    try:
        print(repr(text), ast.literal_eval(text))
    except ValueError as e:
        message = str(e)
        print(repr(text), 'ValueError', message[:message.index(':')] if ':' in message else message)
for text in ["x = 1", "1 +", "(1, 2"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(repr(text), type(e).__name__)

# Nodes too, with or without the Expression wrapper.
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.Constant('x')], ast.Load())))
print(ast.literal_eval(ast.Dict([ast.Constant(1)], [ast.Constant(2)])))
try:
    ast.literal_eval(ast.Dict([ast.Constant(1)], []))
except ValueError as e:
    print('ValueError', str(e)[:24])
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
