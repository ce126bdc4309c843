"""Inspection of live objects: type predicates, generator and coroutine
states, members, docstrings and signatures. There are no frame objects,
so what needs them (``stack``, ``currentframe``, ``getsource``) is absent."""

import types
import _inspect

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    t = type(obj)
    return hasattr(t, "__get__") and not hasattr(t, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    t = type(obj)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


def _code_flag(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    code = getattr(obj, "__code__", None)
    return isfunction(obj) and code is not None and bool(code.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, types.CoroutineType)
            or hasattr(type(obj), "__await__"))


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))


def getgeneratorstate(generator):
    return "GEN_" + _inspect.generator_state(generator)


def getcoroutinestate(coroutine):
    return "CORO_" + _inspect.generator_state(coroutine)


def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(func))
    return func


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


class _Empty:
    pass


class _ParameterKind(int):
    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
              'KEYWORD_ONLY', 'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword', 'variadic positional',
                     'keyword-only', 'variadic keyword')

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]

    def __str__(self):
        return self._names[self]

    def __repr__(self):
        return f'<_ParameterKind.{self._names[self]}: {int(self)}>'


class Parameter:
    POSITIONAL_ONLY = _ParameterKind(0)
    POSITIONAL_OR_KEYWORD = _ParameterKind(1)
    VAR_POSITIONAL = _ParameterKind(2)
    KEYWORD_ONLY = _ParameterKind(3)
    VAR_KEYWORD = _ParameterKind(4)
    empty = _Empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        if kind not in range(5):
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_Empty, annotation=_Empty):
        return Parameter(self._name if name is None else name,
                         self._kind if kind is None else kind,
                         default=self._default if default is _Empty else default,
                         annotation=self._annotation if annotation is _Empty else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text += ': ' + _annotation_text(self._annotation)
        if self._default is not _Empty:
            sep = ' = ' if self._annotation is not _Empty else '='
            text += sep + repr(self._default)
        if self._kind == self.VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == self.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Signature:
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {}
        for p in parameters or ():
            if p.name in self._parameters:
                raise ValueError(f"duplicate parameter name: {p.name!r}")
            self._parameters[p.name] = p
        self._return_annotation = return_annotation

    parameters = property(lambda self: types.MappingProxyType(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_Empty):
        return Signature(self._parameters.values() if parameters is None else parameters,
                         return_annotation=self._return_annotation
                         if return_annotation is _Empty else return_annotation)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for p in self._parameters.values():
            if p.kind == Parameter.POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if p.kind == Parameter.VAR_POSITIONAL:
                star_needed = False
            elif p.kind == Parameter.KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(p))
        if slash_pending:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _Empty:
            text += ' -> ' + _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return f'<Signature {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for p in params:
            if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if p.name in kwargs and p.kind != Parameter.POSITIONAL_ONLY:
                        raise TypeError(f"multiple values for argument {p.name!r}")
                    arguments[p.name] = args[i]
                    i += 1
                elif p.name in kwargs and p.kind != Parameter.POSITIONAL_ONLY:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError(f"missing a required argument: {p.name!r}")
            elif p.kind == Parameter.VAR_POSITIONAL:
                if i < len(args):
                    arguments[p.name] = tuple(args[i:])
                    i = len(args)
            elif p.kind == Parameter.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError(f"missing a required argument: {p.name!r}")
            else:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if i < len(args):
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
        return BoundArguments(self, arguments)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD) or p.name not in self.arguments:
                break
            if p.kind == Parameter.VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == Parameter.KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind == Parameter.VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        ordered = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                ordered[p.name] = self.arguments[p.name]
            elif p.default is not _Empty:
                ordered[p.name] = p.default
            elif p.kind == Parameter.VAR_POSITIONAL:
                ordered[p.name] = ()
            elif p.kind == Parameter.VAR_KEYWORD:
                ordered[p.name] = {}
        self.arguments = ordered

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<BoundArguments ({items})>'


def _function_signature(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(names[i], kind, default=default,
                                annotation=annotations.get(names[i], _Empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.insert(npos, Parameter(name, Parameter.VAR_POSITIONAL,
                                      annotation=annotations.get(name, _Empty)))
        index += 1
    for i in range(npos, npos + nkwonly):
        name = names[i]
        params.append(Parameter(name, Parameter.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, Parameter.VAR_KEYWORD,
                                annotation=annotations.get(name, _Empty)))
    if skip_first:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _Empty))


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        return sig
    if ismethod(obj):
        return _function_signature(obj.__func__, True)
    if isfunction(obj):
        return _function_signature(obj, False)
    partial = getattr(obj, "func", None)
    if partial is not None and hasattr(obj, "args") and hasattr(obj, "keywords"):
        sig = signature(partial)
        return sig.replace(parameters=list(sig.parameters.values())[len(obj.args):])
    if isclass(obj):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                return _function_signature(base.__dict__['__init__'], True)
            if '__new__' in base.__dict__ and isfunction(base.__dict__['__new__']):
                return _function_signature(base.__dict__['__new__'], True)
        raise ValueError(f"no signature found for builtin type {obj!r}")
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _function_signature(call, True)
    raise ValueError(f"no signature found for {obj!r}")
