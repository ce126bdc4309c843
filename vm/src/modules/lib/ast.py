"""Abstract syntax trees: CPython 3.11's node classes, built from the
parser's tree (the native `_ast` module gives it as nested tuples), and the
functions that read, walk, change and print them."""

import _ast

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            n = len(fields)
            plural = '' if n == 1 else 's'
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} "
                            f"positional argument{plural}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument '{name}'")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The node classes, in the form of CPython's grammar of its tree: a base
# class with its subclasses' fields, `*` for a list, `?` for an optional
# field (None on the class); `@` after a base marks located nodes.
_GRAMMAR = """
mod: Module(body*, type_ignores*) | Interactive(body*) | Expression(body)
   | FunctionType(argtypes*, returns)
stmt@: FunctionDef(name, args, body*, decorator_list*, returns?, type_comment?)
   | AsyncFunctionDef(name, args, body*, decorator_list*, returns?, type_comment?)
   | ClassDef(name, bases*, keywords*, body*, decorator_list*)
   | Return(value?) | Delete(targets*) | Assign(targets*, value, type_comment?)
   | TypeAlias(name, value) | AugAssign(target, op, value)
   | AnnAssign(target, annotation, value?, simple)
   | For(target, iter, body*, orelse*, type_comment?)
   | AsyncFor(target, iter, body*, orelse*, type_comment?)
   | While(test, body*, orelse*) | If(test, body*, orelse*)
   | With(items*, body*, type_comment?) | AsyncWith(items*, body*, type_comment?)
   | Match(subject, cases*) | Raise(exc?, cause?)
   | Try(body*, handlers*, orelse*, finalbody*) | TryStar(body*, handlers*, orelse*, finalbody*)
   | Assert(test, msg?) | Import(names*) | ImportFrom(module?, names*, level?)
   | Global(names*) | Nonlocal(names*) | Expr(value) | Pass() | Break() | Continue()
expr@: BoolOp(op, values*) | NamedExpr(target, value) | BinOp(left, op, right)
   | UnaryOp(op, operand) | Lambda(args, body) | IfExp(test, body, orelse)
   | Dict(keys*, values*) | Set(elts*) | ListComp(elt, generators*) | SetComp(elt, generators*)
   | DictComp(key, value, generators*) | GeneratorExp(elt, generators*) | Await(value)
   | Yield(value?) | YieldFrom(value) | Compare(left, ops*, comparators*)
   | Call(func, args*, keywords*) | FormattedValue(value, conversion, format_spec?)
   | JoinedStr(values*) | Constant(value, kind?) | Attribute(value, attr, ctx)
   | Subscript(value, slice, ctx) | Starred(value, ctx) | Name(id, ctx)
   | List(elts*, ctx) | Tuple(elts*, ctx) | Slice(lower?, upper?, step?)
expr_context: Load() | Store() | Del()
boolop: And() | Or()
operator: Add() | Sub() | Mult() | MatMult() | Div() | Mod() | Pow() | LShift() | RShift()
   | BitOr() | BitXor() | BitAnd() | FloorDiv()
unaryop: Invert() | Not() | UAdd() | USub()
cmpop: Eq() | NotEq() | Lt() | LtE() | Gt() | GtE() | Is() | IsNot() | In() | NotIn()
comprehension(target, iter, ifs*, is_async)
excepthandler@: ExceptHandler(type?, name?, body*)
arguments(posonlyargs*, args*, vararg?, kwonlyargs*, kw_defaults*, kwarg?, defaults*)
arg@(arg, annotation?, type_comment?)
keyword@(arg?, value)
alias@(name, asname?)
withitem(context_expr, optional_vars?)
match_case(pattern, guard?, body*)
pattern!: MatchValue(value) | MatchSingleton(value) | MatchSequence(patterns*)
   | MatchMapping(keys*, patterns*, rest?) | MatchClass(cls, patterns*, kwd_attrs*, kwd_patterns*)
   | MatchStar(name?) | MatchAs(pattern?, name?) | MatchOr(patterns*)
type_ignore: TypeIgnore(lineno, tag)
"""


def _fields_of(text):
    names = [f.strip() for f in text.split(',') if f.strip()]
    return tuple(n.rstrip('*?') for n in names), [n[:-1] for n in names if n.endswith('?')]


def _define(name, base, fields, optional, attributes, optional_attributes):
    namespace = {'_fields': fields, '__match_args__': fields, '__module__': 'ast'}
    if attributes is not None:
        namespace['_attributes'] = attributes
    for field in optional + optional_attributes:
        namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _define_all():
    rules = []
    for line in _GRAMMAR.strip().splitlines():
        if line.startswith('   |'):
            rules[-1] += ' |' + line[4:]
        else:
            rules.append(line)
    for rule in rules:
        head, colon, alternatives = rule.partition(':')
        if not colon:
            # A product type: one class, fields in the head.
            name, _, fields = head.partition('(')
            located = name.endswith('@')
            name = name.rstrip('@')
            fields, optional = _fields_of(fields.rstrip(')'))
            attributes = _POSITIONS if located else ()
            _define(name, AST, fields, optional, attributes, list(_POSITIONS[2:]) if located else [])
            continue
        located = head.endswith('@') or head.endswith('!')
        optional_ends = list(_POSITIONS[2:]) if head.endswith('@') else []
        base_name = head.rstrip('@!')
        base = _define(base_name, AST, (), [], _POSITIONS if located else (), optional_ends)
        for alternative in alternatives.split('|'):
            name, _, fields = alternative.strip().partition('(')
            fields, optional = _fields_of(fields.rstrip(')'))
            _define(name, base, fields, optional, None, [])


_define_all()

# Field-less nodes the parser makes are shared, as in CPython.
_SHARED = {}


def _node_of(data):
    """The node of a tuple from `_ast.parse`."""
    cls = globals()[data[0]]
    fields = cls._fields
    if not fields:
        node = _SHARED.get(cls)
        if node is None:
            node = _SHARED[cls] = cls()
        return node
    node = cls.__new__(cls)
    count = len(fields)
    raw_value = cls is Constant or cls is MatchSingleton
    for index in range(count):
        value = data[index + 1]
        if not raw_value or index:
            if type(value) is tuple:
                value = _node_of(value)
            elif type(value) is list:
                value = [_node_of(v) if type(v) is tuple else v for v in value]
        setattr(node, fields[index], value)
    if len(data) > count + 1:
        for index in range(4):
            setattr(node, _POSITIONS[index], data[count + 1 + index])
    return node


def _source_text(source):
    if isinstance(source, (bytes, bytearray)):
        return bytes(source).decode('utf-8')
    if isinstance(source, str):
        return source
    raise TypeError('compile() arg 1 must be a string, bytes or AST object')


def _function_type(source, filename):
    """A `func_type` tree: `(argument types) -> return type`."""
    depth = 0
    for index, char in enumerate(source):
        if char in '([{':
            depth += 1
        elif char in ')]}':
            depth -= 1
        elif depth == 0 and source.startswith('->', index):
            arguments = parse(source[:index].strip(), filename, 'eval').body
            returns = parse(source[index + 2:].strip(), filename, 'eval').body
            if isinstance(arguments, Tuple):
                argtypes = arguments.elts
            else:
                argtypes = [arguments]
            return FunctionType(argtypes, returns)
    raise SyntaxError('invalid syntax', (filename, 1, 1, source, None, None))


def _check_complete(node):
    """Raises TypeError, as CPython's compiler does, for a required field
    or start position missing from a node of the tree."""
    cls = type(node)
    for name in node._fields:
        if not hasattr(node, name):
            raise TypeError(f'required field "{name}" missing from {cls.__name__}')
    if 'lineno' in node._attributes:
        owner = next(c for c in cls.__mro__ if '_attributes' in c.__dict__)
        for name in ('lineno', 'col_offset'):
            if not hasattr(node, name):
                raise TypeError(f'required field "{name}" missing from {owner.__name__}')
    for child in iter_child_nodes(node):
        _check_complete(child)


def _compile(source, filename, mode, flags, dont_inherit, optimize):
    """`compile()` of an AST, or of source with PyCF_ONLY_AST."""
    if isinstance(source, AST):
        if flags & PyCF_ONLY_AST:
            return source
        expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
        if expected is None:
            raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
        if not isinstance(source, expected):
            raise TypeError(f'expected {expected.__name__} node, got {type(source).__name__}')
        _check_complete(source)
        text = unparse(source)
        if mode == 'single':
            text += '\n'
        return compile(text, filename, mode, flags & ~PyCF_ONLY_AST, dont_inherit, optimize)
    text = _source_text(source)
    filename = str(filename)
    if mode == 'func_type':
        return _function_type(text, filename)
    if '\0' in text:
        raise SyntaxError('source code string cannot contain null bytes')
    return _node_of(_ast.parse(text, filename, mode))


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    """The value of a literal: numbers, strs, bytes, tuples, lists, dicts,
    sets, booleans, None and Ellipsis, with unary signs and complex sums."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += f' on line {line}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def value(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(value, node.elts))
        if isinstance(node, List):
            return list(map(value, node.elts))
        if isinstance(node, Set):
            return set(map(value, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(value, node.keys), map(value, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The text of a tree, as its constructor calls."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def text(value, depth):
        """The text of `value` and whether it is simple (no nested parts)."""
        if indent is None:
            opening, separator = '', ', '
        else:
            depth += 1
            opening = '\n' + indent * depth
            separator = ',\n' + indent * depth
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = [text(item, depth)[0] for item in value]
            return '[' + opening + separator.join(items) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = annotate_fields
        for name in value._fields:
            try:
                field = getattr(value, name)
            except AttributeError:
                named = True
                continue
            if field is None and getattr(cls, name, ...) is None:
                named = True
                continue
            field_text, field_simple = text(field, depth)
            simple = simple and field_simple
            parts.append(f'{name}={field_text}' if named else field_text)
        if include_attributes and value._attributes:
            for name in value._attributes:
                try:
                    field = getattr(value, name)
                except AttributeError:
                    continue
                if field is None and getattr(cls, name, ...) is None:
                    continue
                field_text, field_simple = text(field, depth)
                simple = simple and field_simple
                parts.append(f'{name}={field_text}')
        if simple and len(parts) <= 3:
            return f'{cls.__name__}({", ".join(parts)})', not parts
        return f'{cls.__name__}({opening}{separator.join(parts)})', False

    return text(node, 0)[0]


def copy_location(new_node, old_node):
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno += n
    return node


def iter_fields(node):
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = source.splitlines(True)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    first = lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    if padded:
        first = ' ' * len(lines[lineno].encode()[:col_offset].decode()) + first
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


class NodeVisitor:
    """Calls `visit_<class name>` for each node, or `generic_visit`, which
    visits the children."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for name, field in iter_fields(node):
            if isinstance(field, list):
                for item in field:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(field, AST):
                self.visit(field)


class NodeTransformer(NodeVisitor):
    """A visitor whose `visit_*` methods return the replacement of a node:
    None removes it, a list (in a list field) splices several in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ----- unparse -----------------------------------------------------------

# Binding strength, weakest first.
(_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND, _SHIFT,
 _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM) = range(18)

_BINARY = {
    'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
    'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'FloorDiv': ('//', _TERM), 'Pow': ('**', _POWER),
    'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR),
    'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND),
}
_UNARY = {'Invert': ('~', _FACTOR), 'Not': ('not ', _NOT), 'UAdd': ('+', _FACTOR),
          'USub': ('-', _FACTOR)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}


class _Unparser(NodeVisitor):
    def __init__(self):
        self.parts = []
        self.depth = 0
        self.strength = {}

    def write(self, *texts):
        self.parts.extend(texts)

    def line(self, text=''):
        if self.parts:
            self.parts.append('\n')
        self.parts.append('    ' * self.depth + text)

    def block(self, statements):
        self.write(':')
        self.depth += 1
        for statement in statements:
            self.visit(statement)
        self.depth -= 1

    def expr(self, node, strength=_TEST):
        self.strength[id(node)] = strength
        self.visit(node)

    def required(self, node):
        return self.strength.get(id(node), _TEST)

    def wrapped(self, node, own, body):
        """Writes `body()`, in parentheses when the context binds tighter."""
        needed = self.required(node) > own
        if needed:
            self.write('(')
        body()
        if needed:
            self.write(')')

    def items(self, nodes, strength=_TEST):
        for index, node in enumerate(nodes):
            if index:
                self.write(', ')
            self.expr(node, strength)

    # Modules and statements.

    def visit_Module(self, node):
        self.statements_with_docstring(node.body)

    visit_Interactive = visit_Module

    def visit_Expression(self, node):
        self.expr(node.body, _TUPLE)

    def visit_FunctionType(self, node):
        self.write('(')
        self.items(node.argtypes)
        self.write(') -> ')
        self.expr(node.returns)

    def statements_with_docstring(self, body):
        first = body[0] if body else None
        if (isinstance(first, Expr) and isinstance(first.value, Constant)
                and isinstance(first.value.value, str)):
            self.line(_docstring_literal(first.value.value))
            body = body[1:]
        for statement in body:
            self.visit(statement)

    def block_with_docstring(self, statements):
        self.write(':')
        self.depth += 1
        self.statements_with_docstring(statements)
        self.depth -= 1

    def visit_Expr(self, node):
        self.line()
        self.expr(node.value, _YIELD)

    def visit_NamedExpr(self, node):
        def body():
            self.expr(node.target, _ATOM)
            self.write(' := ')
            self.expr(node.value, _ATOM)
        self.wrapped(node, _TUPLE, body)

    def visit_Import(self, node):
        self.line('import ')
        self.items(node.names)

    def visit_ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.items(node.names)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.expr(target, _TUPLE)
            self.write(' = ')
        self.expr(node.value)

    def visit_AugAssign(self, node):
        self.line()
        self.expr(node.target, _TUPLE)
        self.write(' ' + _BINARY[type(node.op).__name__][0] + '= ')
        self.expr(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        if not node.simple and isinstance(node.target, Name):
            self.write('(')
            self.expr(node.target)
            self.write(')')
        else:
            self.expr(node.target)
        self.write(': ')
        self.expr(node.annotation)
        if node.value is not None:
            self.write(' = ')
            self.expr(node.value)

    def visit_Return(self, node):
        self.line('return')
        if node.value is not None:
            self.write(' ')
            self.expr(node.value)

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Delete(self, node):
        self.line('del ')
        self.items(node.targets)

    def visit_Assert(self, node):
        self.line('assert ')
        self.expr(node.test)
        if node.msg is not None:
            self.write(', ')
            self.expr(node.msg)

    def visit_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        def body():
            self.write('await ')
            self.expr(node.value, _ATOM)
        self.wrapped(node, _AWAIT, body)

    def visit_Yield(self, node):
        def body():
            self.write('yield')
            if node.value is not None:
                self.write(' ')
                self.expr(node.value, _ATOM)
        self.wrapped(node, _YIELD, body)

    def visit_YieldFrom(self, node):
        def body():
            self.write('yield from ')
            self.expr(node.value, _ATOM)
        self.wrapped(node, _YIELD, body)

    def visit_Raise(self, node):
        self.line('raise')
        if node.exc is not None:
            self.write(' ')
            self.expr(node.exc)
            if node.cause is not None:
                self.write(' from ')
                self.expr(node.cause)

    def visit_Try(self, node, star=''):
        self.line('try')
        self.block(node.body)
        for handler in node.handlers:
            self.visit_ExceptHandler(handler, star)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)
        if node.finalbody:
            self.line('finally')
            self.block(node.finalbody)

    def visit_TryStar(self, node):
        self.visit_Try(node, '*')

    def visit_ExceptHandler(self, node, star=''):
        self.line('except' + star)
        if node.type is not None:
            self.write(' ')
            self.expr(node.type)
        if node.name is not None:
            self.write(' as ' + node.name)
        self.block(node.body)

    def decorators(self, node):
        if self.parts:
            self.parts.append('\n')
        for decorator in node.decorator_list:
            self.line('@')
            self.expr(decorator, _NAMED)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.line('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.items(node.bases + node.keywords)
            self.write(')')
        self.block_with_docstring(node.body)

    def visit_FunctionDef(self, node, keyword='def'):
        self.decorators(node)
        self.line(keyword + ' ' + node.name + '(')
        self.visit(node.args)
        self.write(')')
        if node.returns is not None:
            self.write(' -> ')
            self.expr(node.returns)
        self.block_with_docstring(node.body)

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, 'async def')

    def visit_For(self, node, keyword='for '):
        self.line(keyword)
        self.expr(node.target, _TUPLE)
        self.write(' in ')
        self.expr(node.iter)
        self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def visit_AsyncFor(self, node):
        self.visit_For(node, 'async for ')

    def visit_If(self, node):
        self.line('if ')
        self.expr(node.test, _NAMED)
        self.block(node.body)
        while (node.orelse and len(node.orelse) == 1
               and isinstance(node.orelse[0], If)):
            node = node.orelse[0]
            self.line('elif ')
            self.expr(node.test, _NAMED)
            self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.line('while ')
        self.expr(node.test, _NAMED)
        self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def visit_With(self, node, keyword='with '):
        self.line(keyword)
        self.items(node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.visit_With(node, 'async with ')

    def visit_withitem(self, node):
        self.expr(node.context_expr)
        if node.optional_vars is not None:
            self.write(' as ')
            self.expr(node.optional_vars)

    def visit_Match(self, node):
        self.line('match ')
        self.expr(node.subject, _TUPLE)
        self.write(':')
        self.depth += 1
        for case in node.cases:
            self.line('case ')
            self.visit(case.pattern)
            if case.guard is not None:
                self.write(' if ')
                self.expr(case.guard)
            self.block(case.body)
        self.depth -= 1

    def visit_MatchValue(self, node):
        self.expr(node.value)

    def visit_MatchSingleton(self, node):
        self.write(repr(node.value))

    def visit_MatchSequence(self, node):
        self.write('[')
        for index, pattern in enumerate(node.patterns):
            if index:
                self.write(', ')
            self.visit(pattern)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        self.write('{')
        for index, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            if index:
                self.write(', ')
            self.expr(key)
            self.write(': ')
            self.visit(pattern)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.expr(node.cls, _ATOM)
        self.write('(')
        parts = 0
        for pattern in node.patterns:
            if parts:
                self.write(', ')
            self.visit(pattern)
            parts += 1
        for name, pattern in zip(node.kwd_attrs, node.kwd_patterns):
            if parts:
                self.write(', ')
            self.write(name + '=')
            self.visit(pattern)
            parts += 1
        self.write(')')

    def visit_MatchAs(self, node):
        if node.pattern is None:
            self.write(node.name if node.name is not None else '_')
            return
        self.visit(node.pattern)
        self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        for index, pattern in enumerate(node.patterns):
            if index:
                self.write(' | ')
            self.visit(pattern)

    # Expressions.

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.write(', '.join(map(repr, value)))
            self.write(',)' if len(value) == 1 else ')')
        elif value is ...:
            self.write('...')
        elif isinstance(value, float) and value in (float('inf'), float('-inf')):
            self.write(repr(value).replace('inf', '1e309'))
        else:
            if node.kind == 'u':
                self.write('u')
            self.write(repr(value))

    def visit_JoinedStr(self, node):
        self.write('f' + repr(self.fstring_body(node)))

    def visit_FormattedValue(self, node):
        self.write('f' + repr(self.fstring_body(JoinedStr([node]))))

    def fstring_body(self, node):
        parts = []
        for value in node.values:
            if isinstance(value, Constant):
                parts.append(value.value.replace('{', '{{').replace('}', '}}'))
                continue
            inner = _Unparser()
            inner.expr(value.value, _TEST + 1)
            text = ''.join(inner.parts)
            if text.startswith('{'):
                text = ' ' + text
            field = '{' + text
            if value.conversion != -1:
                field += '!' + chr(value.conversion)
            if value.format_spec is not None:
                field += ':' + self.fstring_body(value.format_spec)
            parts.append(field + '}')
        return ''.join(parts)

    def visit_Name(self, node):
        self.write(node.id)

    def visit_List(self, node):
        self.write('[')
        self.items(node.elts)
        self.write(']')

    def visit_Set(self, node):
        if not node.elts:
            self.write('{*()}')
            return
        self.write('{')
        self.items(node.elts)
        self.write('}')

    def visit_Tuple(self, node):
        def body():
            self.items(node.elts)
            if len(node.elts) == 1:
                self.write(',')
        if not node.elts:
            self.write('()')
        else:
            self.wrapped(node, _TUPLE, body)

    def visit_Dict(self, node):
        self.write('{')
        for index, (key, value) in enumerate(zip(node.keys, node.values)):
            if index:
                self.write(', ')
            if key is None:
                self.write('**')
                self.expr(value, _BOR)
            else:
                self.expr(key)
                self.write(': ')
                self.expr(value)
        self.write('}')

    def comprehension(self, opening, parts, generators, closing):
        self.write(opening)
        for part in parts:
            self.write(part) if isinstance(part, str) else self.expr(part)
        for generator in generators:
            self.visit(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension('[', [node.elt], node.generators, ']')

    def visit_SetComp(self, node):
        self.comprehension('{', [node.elt], node.generators, '}')

    def visit_GeneratorExp(self, node):
        self.comprehension('(', [node.elt], node.generators, ')')

    def visit_DictComp(self, node):
        self.comprehension('{', [node.key, ': ', node.value], node.generators, '}')

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.expr(node.target, _TUPLE)
        self.write(' in ')
        self.expr(node.iter, _TEST + 1)
        for condition in node.ifs:
            self.write(' if ')
            self.expr(condition, _TEST + 1)

    def visit_IfExp(self, node):
        def body():
            self.expr(node.body, _TEST + 1)
            self.write(' if ')
            self.expr(node.test, _TEST + 1)
            self.write(' else ')
            self.expr(node.orelse, _TEST)
        self.wrapped(node, _TEST, body)

    def visit_UnaryOp(self, node):
        operator, strength = _UNARY[type(node.op).__name__]

        def body():
            self.write(operator)
            self.expr(node.operand, strength)
        self.wrapped(node, strength, body)

    def visit_BinOp(self, node):
        operator, strength = _BINARY[type(node.op).__name__]
        right_associative = strength == _POWER

        def body():
            self.expr(node.left, strength + 1 if right_associative else strength)
            self.write(f' {operator} ')
            self.expr(node.right, strength if right_associative else strength + 1)
        self.wrapped(node, strength, body)

    def visit_Compare(self, node):
        def body():
            self.expr(node.left, _CMP + 1)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[type(op).__name__] + ' ')
                self.expr(right, _CMP + 1)
        self.wrapped(node, _CMP, body)

    def visit_BoolOp(self, node):
        operator, strength = (' and ', _AND) if isinstance(node.op, And) else (' or ', _OR)

        def body():
            for index, value in enumerate(node.values):
                if index:
                    self.write(operator)
                self.expr(value, strength + 1)
        self.wrapped(node, strength, body)

    def visit_Attribute(self, node):
        self.expr(node.value, _ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.expr(node.func, _ATOM)
        self.write('(')
        self.items(node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.expr(node.value, _ATOM)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
            if len(node.slice.elts) == 1:
                self.write(',')
        else:
            self.expr(node.slice, _TUPLE)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.expr(node.value, _BOR)

    def visit_Slice(self, node):
        if node.lower is not None:
            self.expr(node.lower)
        self.write(':')
        if node.upper is not None:
            self.expr(node.upper)
        if node.step is not None:
            self.write(':')
            self.expr(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation is not None:
            self.write(': ')
            self.expr(node.annotation)

    def visit_arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        first_default = len(positional) - len(node.defaults)
        for index, argument in enumerate(positional):
            default = node.defaults[index - first_default] if index >= first_default else None
            parts.append((argument, default, ''))
            if index + 1 == len(node.posonlyargs):
                parts.append('/')
        if node.vararg is not None:
            parts.append((node.vararg, None, '*'))
        elif node.kwonlyargs:
            parts.append('*')
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            parts.append((argument, default, ''))
        if node.kwarg is not None:
            parts.append((node.kwarg, None, '**'))
        for index, part in enumerate(parts):
            if index:
                self.write(', ')
            if isinstance(part, str):
                self.write(part)
                continue
            argument, default, prefix = part
            self.write(prefix)
            self.visit(argument)
            if default is not None:
                self.write('=')
                self.expr(default)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.expr(node.value)

    def visit_Lambda(self, node):
        def body():
            self.write('lambda')
            arguments = node.args
            if (arguments.posonlyargs or arguments.args or arguments.vararg
                    or arguments.kwonlyargs or arguments.kwarg):
                self.write(' ')
                self.visit(arguments)
            self.write(': ')
            self.expr(node.body)
        self.wrapped(node, _TEST, body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname is not None:
            self.write(' as ' + node.asname)


def _docstring_literal(text):
    plain = all(c.isprintable() or c in '\n\t' for c in text)
    if not plain or '"""' in text or '\\' in text or text.endswith('"'):
        return repr(text)
    return '"""' + text + '"""'


def unparse(ast_obj):
    """Source text for a tree (formatting and comments are not kept)."""
    unparser = _Unparser()
    unparser.visit(ast_obj)
    return ''.join(unparser.parts)
