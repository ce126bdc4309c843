# ast.parse and ast.dump over a spread of statements and expressions,
# with node positions, class structure and constructors.
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c",
    "x += 1; y -= 2; z //= 3; w @= m",
    "x: int = 5",
    "del a[0], b.c",
    "f(1, *args, k=2, **kw)",
    "lambda x, /, y=1, *a, z, w=2, **k: x",
    "def f(a, b: int = 1, *, c) -> str:\n    'doc'\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with z as w:\n        pass",
    "@dec\nclass C(Base, metaclass=M):\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "for i in range(3):\n    continue\nelse:\n    break",
    "while x:\n    x -= 1",
    "with open(f) as g, h:\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "import os.path as p, sys",
    "from .. import a as b, c",
    "global g; nonlocal n",
    "assert x, 'message'",
    "[x for x in y if x if not x]",
    "{k: v for k, v in d.items()}",
    "{x async for x in y}",
    "(x for x in y)",
    "a if b else c",
    "a and b or not c",
    "1 < x <= 2 != y is not z in w not in v",
    "x[1:2, ::3]",
    "f'{a!r:>{width}} and {b}'",
    "(y := 10)",
    "yield; yield x; yield from y",
    "{1, 2}; {}; {'a': 1, **d}; [1, 2]; ()",
    "b'bytes'; 1.5; 2j; ...; None; True; u'text'",
    "-x; +x; ~x",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=0) | None as q if q:\n        pass\n    case _:\n        pass",
]

for source in SOURCES:
    print(ast.dump(ast.parse(source)))

print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
tree = ast.parse("def f(x):\n    return [x,\n            x * 2]\n")
print(ast.dump(tree, indent=2))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(ast.parse("x = 'é' + y"), include_attributes=True))

# Positions of every located node, in walk order.
for node in ast.walk(ast.parse("if a:\n    b = f(c, d=[1, 2])\n")):
    if "lineno" in node._attributes:
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

# The class hierarchy and its fields.
for cls in (ast.Module, ast.FunctionDef, ast.ClassDef, ast.arguments, ast.arg, ast.keyword,
            ast.alias, ast.comprehension, ast.ExceptHandler, ast.withitem, ast.match_case,
            ast.Constant, ast.Name, ast.Load, ast.Add, ast.MatchAs):
    print(cls.__name__, cls.__bases__[0].__name__, cls._fields, cls._attributes)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.If, ast.stmt), issubclass(ast.expr, ast.AST))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Constructors: positional and keyword fields, optional fields default to None.
name = ast.Name('x', ast.Load(), lineno=3)
print(name.id, type(name.ctx).__name__, name.lineno, name.end_lineno)
print(ast.Return().value, hasattr(ast.Name(), 'id'), ast.Name.__match_args__)
for args in [(1, 2, 3), ()]:
    try:
        ast.Name(*args)
        print("made")
    except TypeError as e:
        print("TypeError", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Name('x', id='y')
except TypeError as e:
    print("TypeError", e)
call = ast.parse("f(1)").body[0].value
print(ast.Call.__match_args__, [type(getattr(call, n)).__name__ for n in call.__match_args__])

# compile() with PyCF_ONLY_AST gives the tree; ast.parse is that.
tree = compile("a = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)
print(ast.dump(ast.parse(b"x = 2")))

# Syntax errors come from parse as from compile.
for bad in ["x = ", "def f(:", "  x = 1", "f(**)"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
try:
    ast.parse("x", mode="bad")
except ValueError as e:
    print("ValueError", e)
try:
    ast.dump(1)
except TypeError as e:
    print("TypeError", e)
