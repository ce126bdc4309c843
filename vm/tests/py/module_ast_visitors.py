# ast's walking and rewriting: NodeVisitor, NodeTransformer, walk, the
# location helpers, get_docstring, unparse and compile() of a tree.
import ast

SOURCE = '''\
"""Module doc."""
import os

def add(a, b=2):
    """Add two
    numbers."""
    total = a + b
    return total * 10

class Box:
    size = 3
    def area(self):
        return self.size ** 2

print(add(1), Box().area())
'''

tree = ast.parse(SOURCE)


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)


names = Names()
names.visit(tree)
print(names.seen)

print([type(n).__name__ for n in ast.walk(tree)][:12])
print([name for name, value in ast.iter_fields(tree.body[2])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)), ast.get_docstring(tree.body[3]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)


class Doubler(ast.NodeTransformer):
    """Doubles int constants, drops imports, turns `x * 10` into two statements' worth."""

    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Import(self, node):
        return None


doubled = ast.fix_missing_locations(Doubler().visit(tree))
print(ast.unparse(doubled))
namespace = {}
exec(compile(doubled, '<doubled>', 'exec'), namespace)
print(namespace['add'](5), namespace['Box'].size)


class Expand(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, ast.Expr(ast.Constant('after'))]


expanded = Expand().visit(ast.parse("f()\ng()"))
print(ast.dump(expanded))

# A tree built by hand, located by fix_missing_locations, compiled and run.
call = ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built'), ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))], [])
module = ast.Module([ast.Expr(call)], [])
ast.fix_missing_locations(module)
print(module.body[0].lineno, module.body[0].col_offset, call.args[0].lineno)
exec(compile(module, '<built>', 'exec'))
for incomplete in [ast.Expression(ast.Constant(5)), ast.Module([ast.Pass(lineno=1)], []),
                   ast.Module([ast.Expr(ast.Name(lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
                   ast.Module([])]:
    try:
        compile(incomplete, '<e>', 'exec' if isinstance(incomplete, ast.Module) else 'eval')
    except TypeError as e:
        print('TypeError', e)
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(5))), '<e>', 'eval')))
try:
    compile(ast.Expression(ast.Constant(5)), '<e>', 'exec')
except TypeError as e:
    print('TypeError', e)

moved = ast.parse("x = 1\ny = 2")
ast.increment_lineno(moved, 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(moved) if hasattr(n, 'lineno')])

old = ast.parse("a").body[0].value
new = ast.copy_location(ast.Name('b', ast.Load()), old)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
print(ast.get_source_segment("x = foo(1,\n  2)\n", ast.parse("x = foo(1,\n  2)\n").body[0].value))

# unparse round trips.
for source in [
    "x = (1, 2)", "a, b = b, a", "f(*a, k=1, **kw)", "lambda x, /, y=1, *a, z, **k: x + y",
    "x = a if b else c", "(a + b) * c - d ** -e ** f", "not (a and b) or c",
    "x = [i * 2 for i in range(10) if i % 2]", "d = {k: v for k, v in items}",
    "s = {1, 2}; e = {}; t = ()", "f'{x!r:>{w}} {y}'", "x[1:2, ::3]", "a < b <= c is not d",
    "del x[0], y.z", "async def f():\n    async with a as b:\n        await c",
    "try:\n    pass\nexcept E as e:\n    raise F from e\nfinally:\n    x = 1",
    "@d\ndef f(a: int = 1) -> str:\n    return 'x'", "class C(B, metaclass=M):\n    pass",
    "with a as (b, c), d:\n    pass", "while x:\n    x -= 1\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "global x", "from .m import a as b",
    "x = yield y", "print(-1, +2, ~3, 1e309, 'a\\nb', b'\\x00')", "(x := 5)",
]:
    text = ast.unparse(ast.parse(source))
    print(text.replace('\n', ' | '))
    assert ast.dump(ast.parse(text)) == ast.dump(ast.parse(source)), source
