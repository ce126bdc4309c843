"""Mock objects that record how they are used, and `patch` to put them in
place of real attributes for the length of a test.

Every mock gets a class of its own (a subclass of the class asked for), so
that magic methods set on one mock do not leak to the others. Signatures
are not checked: `spec` and `autospec` limit the attribute names a mock
accepts, not the arguments of its calls.
"""

import sys

__all__ = (
    "Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock",
    "PropertyMock", "patch", "call", "ANY", "DEFAULT", "sentinel",
    "create_autospec", "mock_open", "seal", "FILTER_DIR",
)

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """Unique named objects: `sentinel.anything` is always the same one."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        made = self._made
        if name not in made:
            made[name] = _SentinelObject(name)
        return made[name]

    def __reduce__(self):
        return "sentinel"


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_deleted = sentinel.DELETED


class _AnyObject:
    """Equal to everything: a wildcard in expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "<ANY>"


ANY = _AnyObject()


def _is_exception(value):
    return isinstance(value, BaseException) or (
        isinstance(value, type) and issubclass(value, BaseException)
    )


def _is_mock(value):
    return isinstance(value, NonCallableMock)


def _is_magic_name(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return "%s(%s)" % (name, ", ".join(parts))


class _Call(tuple):
    """A recorded (or expected) call: `(args, kwargs)` for `call_args`,
    `(name, args, kwargs)` in `mock_calls`. `call(...)` and
    `call.name(...)` make the expected ones."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        if len(value) == 3:
            call_name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                call_name = first
                args, kwargs = (second, {}) if isinstance(second, tuple) else ((), second)
            else:
                call_name, args, kwargs = "", first, second
        elif len(value) == 1:
            (only,) = value
            call_name, args, kwargs = "", (), {}
            if isinstance(only, str):
                call_name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        else:
            call_name, args, kwargs = "", (), {}
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (call_name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            length = len(other)
        except TypeError:
            return NotImplemented
        if length > 3:
            return False
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._parts()
        else:
            other_name, other_args, other_kwargs = _Call(tuple(other))._parts()
        parent = getattr(self, "_mock_parent", None)
        other_parent = getattr(other, "_mock_parent", None)
        if parent is not None and other_parent is not None and parent != other_parent:
            return False
        self_name, self_args, self_kwargs = self._parts()
        if len(self) == 3 and self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + "()", parent=self)

    def __getattr__(self, attr):
        if _is_magic_name(attr) or attr.startswith("_mock_"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name="%s.%s" % (self._mock_name, attr), parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call" + name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = "call"
        elif name.startswith("()"):
            name = "call" + name
        else:
            name = "call." + name
        return _format_call(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, `call(1).method(2)`, as a list."""
        calls = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                calls.append(node)
            node = node._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(len(self) - n + 1):
            if list(self[start:start + n]) == list(value):
                return True
        return False

    def __repr__(self):
        text = list.__repr__(self)
        if len(text) <= 80 or len(self) < 2:
            return text
        return "[" + ",\n ".join(repr(c) for c in self) + "]"


_MOCK_STATE_NAMES = frozenset({
    "return_value", "side_effect", "called", "call_count", "call_args",
    "call_args_list", "mock_calls", "method_calls",
})

_BAD_ASSERT_PREFIXES = ("assert", "assret", "asert", "aseert", "assrt")


def _check_and_set_parent(parent, value, name, new_name):
    """Adopts an unnamed mock set as an attribute (or return value) so its
    calls are recorded on `parent` too."""
    if not _is_mock(value):
        return False
    d = value.__dict__
    if (d["_mock_name"] or d["_mock_new_name"] or d["_mock_parent"] is not None
            or d["_mock_new_parent"] is not None):
        return False
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node.__dict__["_mock_new_parent"]
    if new_name:
        d["_mock_new_parent"] = parent
        d["_mock_new_name"] = new_name
    if name:
        d["_mock_parent"] = parent
        d["_mock_name"] = name
    return True


class NonCallableMock:
    """A mock that records attribute use but cannot be called."""

    def __new__(cls, *args, **kwargs):
        own_class = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name="", _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d["_mock_methods"] = None
        d["_spec_class"] = None
        d["_spec_set"] = None
        self._mock_add_spec(spec, spec_set)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        d["_mock_unsafe"] = unsafe
        d["called"] = False
        d["call_count"] = 0
        d["call_args"] = None
        d["call_args_list"] = _CallList()
        d["mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    # --- spec ---------------------------------------------------------

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        if spec is not None:
            if type(spec) in (list, tuple):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_mock_methods"] = methods

    def mock_add_spec(self, spec, spec_set=False):
        """Limits the mock's attributes to those of `spec` from now on."""
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        spec_class = self.__dict__.get("_spec_class")
        if spec_class is None:
            return type(self)
        return spec_class

    # --- return value and side effect ----------------------------------

    def _get_return_value(self):
        value = self.__dict__["_mock_return_value"]
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = value
        return value

    def _set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        _check_and_set_parent(self, value, None, "()")

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__["_mock_side_effect"]

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    # --- attributes ----------------------------------------------------

    def _get_child_mock(self, **kw):
        # The class asked for, under the mock's own class.
        base = type(self).__mro__[1]
        if not issubclass(base, CallableMixin):
            if issubclass(base, NonCallableMagicMock):
                base = MagicMock
            else:
                base = Mock
        if self.__dict__["_mock_sealed"]:
            name = kw.get("name") or kw.get("_new_name")
            raise AttributeError("mock.%s is sealed" % name if name else "mock is sealed")
        return base(**kw)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_mock_children", "_mock_sealed"):
            raise AttributeError(name)
        d = self.__dict__
        methods = d.get("_mock_methods")
        if methods is not None:
            if name not in methods or name in _ALL_MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic_name(name):
            raise AttributeError(name)
        if not d.get("_mock_unsafe") and methods is None and name.startswith(_BAD_ASSERT_PREFIXES):
            raise AttributeError(
                "%r is not a valid assertion. Use a spec for the mock if %r is meant"
                " to be an attribute." % (name, name))
        children = d["_mock_children"]
        child = children.get(name)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            wraps = None
            if d["_mock_wraps"] is not None:
                wraps = getattr(d["_mock_wraps"], name)
            child = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                         _new_name=name, _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ("return_value", "side_effect") or name.startswith("_mock_"):
            return object.__setattr__(self, name, value)
        if (d.get("_spec_set") and d.get("_mock_methods") is not None
                and name not in d["_mock_methods"] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _ALL_MAGICS:
            methods = d.get("_mock_methods")
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_mock(value):
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                d["_mock_children"][name] = value
                return
            setattr(type(self), name, _as_method(value))
            original = value
            value = lambda *args, **kw: original(self, *args, **kw)
        elif name == "__class__":
            d["_spec_class"] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            d["_mock_children"][name] = value
        if d.get("_mock_sealed") and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._mock_extract_name(), name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in _ALL_MAGICS and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in d:
                d["_mock_children"][name] = _deleted
                return
        children = d["_mock_children"]
        known = children.get(name, DEFAULT)
        if name in d:
            object.__delattr__(self, name)
        elif known is _deleted:
            raise AttributeError(name)
        if known is not DEFAULT:
            del children[name]
        children[name] = _deleted

    def __dir__(self):
        names = set(dir(type(self)))
        if self.__dict__["_mock_methods"] is not None:
            names.update(self.__dict__["_mock_methods"])
        names.update(k for k in self.__dict__ if not k.startswith("_mock_") and k[:1] != "_")
        names.update(k for k, v in self.__dict__["_mock_children"].items() if v is not _deleted)
        return sorted(names)

    def configure_mock(self, **kwargs):
        """Sets attributes, dotted names reaching into child mocks:
        `configure_mock(**{'method.return_value': 3})`."""
        for dotted in sorted(kwargs, key=lambda k: k.count(".")):
            *path, final = dotted.split(".")
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, final, kwargs[dotted])

    def attach_mock(self, mock, attribute):
        """Makes `mock` the child `attribute`, so its calls show in this
        mock's `mock_calls` and `method_calls`."""
        d = mock.__dict__
        d["_mock_parent"] = None
        d["_mock_new_parent"] = None
        d["_mock_name"] = ""
        d["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets every call, on this mock and its children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in d["_mock_children"].values():
            if _is_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d["_mock_return_value"]
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    # --- names and repr --------------------------------------------------

    def _mock_extract_name(self):
        segments = []
        node = self
        while node.__dict__["_mock_new_parent"] is not None:
            segments.append(node.__dict__["_mock_new_name"])
            node = node.__dict__["_mock_new_parent"]
        name = node.__dict__["_mock_name"] or "mock"
        for segment in reversed(segments):
            name += segment if segment.startswith("()") else "." + segment
        return name

    def __repr__(self):
        name = self._mock_extract_name()
        name_part = "" if name in ("mock", "mock.") else " name=%r" % name
        spec_part = ""
        spec_class = self.__dict__["_spec_class"]
        if spec_class is not None:
            key = "spec_set" if self.__dict__["_spec_set"] else "spec"
            spec_part = " %s=%r" % (key, spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def _display_name(self):
        return self.__dict__["_mock_name"] or "mock"

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %r." % (prefix, self.mock_calls)

    def _expected_actual(self, args, kwargs):
        expected = _format_call(self._display_name(), args, kwargs)
        if self.call_args is None:
            actual = "not called."
        else:
            actual = _format_call(self._display_name(), *self.call_args)
        return "expected call not found.\nExpected: %s\n  Actual: %s" % (expected, actual)

    # --- assertions -------------------------------------------------------

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._display_name())

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError(self._expected_actual(args, kwargs))
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._expected_actual(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was called once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        """Fails unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError("%s call not found"
                                 % _format_call(self._display_name(), args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless `calls` are in `mock_calls`: in a row, or anywhere
        with `any_order`."""
        expected = list(calls)
        actual = self.mock_calls
        if not any_order:
            if expected not in actual:
                raise AssertionError("Calls not found.\nExpected: %r%s"
                                     % (_CallList(expected),
                                        self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        remaining = list(actual)
        missing = []
        for c in expected:
            try:
                remaining.remove(c)
            except ValueError:
                missing.append(c)
        if missing:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._display_name(), tuple(missing), actual))


def _as_method(func):
    def method(self, /, *args, **kwargs):
        return func(self, *args, **kwargs)
    return method


class CallableMixin:
    """What makes a mock callable: the call is recorded, then answered by
    `side_effect`, `return_value` or the wrapped object."""

    def __call__(self, /, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        return self._mock_answer(args, kwargs)

    def _mock_record_call(self, args, kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        d["call_args"] = _Call((args, kwargs), two=True)
        d["call_args_list"].append(d["call_args"])
        d["mock_calls"].append(_Call(("", args, kwargs)))
        method_name = d["_mock_name"]
        record_method = d["_mock_parent"] is not None
        call_name = d["_mock_new_name"]
        parent = d["_mock_new_parent"]
        while parent is not None:
            pd = parent.__dict__
            if record_method:
                pd["method_calls"].append(_Call((method_name, args, kwargs)))
                record_method = pd["_mock_parent"] is not None
                if record_method:
                    method_name = pd["_mock_name"] + "." + method_name
            pd["mock_calls"].append(_Call((call_name, args, kwargs)))
            parent_name = pd["_mock_new_name"]
            if parent_name:
                joiner = "" if call_name.startswith("()") else "."
                call_name = parent_name + joiner + call_name
            parent = pd["_mock_new_parent"]

    def _mock_answer(self, args, kwargs):
        d = self.__dict__
        effect = d["_mock_side_effect"]
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if callable(effect):
                result = effect(*args, **kwargs)
            else:
                result = next(effect)
                if _is_exception(result):
                    raise result
            if result is not DEFAULT:
                return result
        if d["_mock_return_value"] is not DEFAULT:
            return d["_mock_return_value"]
        if d["_mock_wraps"] is not None:
            return d["_mock_wraps"](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every attribute is a mock, every call returns
    `return_value` (a mock too unless set)."""


# --- magic methods ------------------------------------------------------

_NUMERIC_NAMES = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow".split()
_CONFIGURED_MAGICS = frozenset(
    ["__%s__" % n for n in (
        "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
        "enter exit divmod rdivmod neg pos abs invert complex int float index round "
        "trunc floor ceil bool next fspath"
    ).split()]
    + ["__%s__" % n for n in _NUMERIC_NAMES]
    + ["__r%s__" % n for n in _NUMERIC_NAMES]
    + ["__i%s__" % n for n in _NUMERIC_NAMES]
)
_SETTABLE_MAGICS = frozenset(
    "__%s__" % n for n in (
        "get set delete reversed missing reduce reduce_ex getinitargs getnewargs "
        "getstate setstate getformat class_getitem format subclasses dir"
    ).split()
)
_ALL_MAGICS = _CONFIGURED_MAGICS | _SETTABLE_MAGICS
_UNSUPPORTED_MAGICS = frozenset({
    "__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
    "__instancecheck__", "__subclasscheck__", "__del__",
})

_MAGIC_RETURN_VALUES = {
    "__lt__": NotImplemented, "__gt__": NotImplemented,
    "__le__": NotImplemented, "__ge__": NotImplemented,
    "__int__": 1, "__contains__": False, "__len__": 0, "__exit__": False,
    "__complex__": 1j, "__float__": 1.0, "__bool__": True, "__index__": 1,
}


def _magic_side_effect(mock, name, magic):
    """The default behaviour of magic `name` of `mock`, for the few that
    cannot be a fixed return value; None for the others."""
    if name == "__eq__":
        def equal(other):
            value = magic.__dict__["_mock_return_value"]
            if value is not DEFAULT:
                return value
            return True if mock is other else NotImplemented
        return equal
    if name == "__ne__":
        def not_equal(other):
            value = magic.__dict__["_mock_return_value"]
            if value is not DEFAULT:
                return value
            return False if mock is other else NotImplemented
        return not_equal
    if name == "__iter__":
        def iterate():
            value = magic.__dict__["_mock_return_value"]
            if value is DEFAULT:
                return iter([])
            return iter(value)
        return iterate
    if name == "__hash__":
        return lambda: object.__hash__(mock)
    if name == "__str__":
        return lambda: object.__str__(mock)
    if name == "__sizeof__":
        return lambda: object.__sizeof__(mock)
    if name == "__fspath__":
        return lambda: "%s/%s/%s" % (type(mock).__name__, mock._mock_extract_name(), id(mock))
    return None


class _MagicProxy:
    """A magic method not used yet: made into a child mock, with its
    default behaviour, on first use."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        magic = obj._get_child_mock(name=self.name, _new_name=self.name, _new_parent=obj)
        setattr(obj, self.name, magic)
        if self.name in _MAGIC_RETURN_VALUES:
            magic.return_value = _MAGIC_RETURN_VALUES[self.name]
        effect = _magic_side_effect(obj, self.name, magic)
        if effect is not None:
            magic.side_effect = effect
        return magic


class MagicMixin:
    """Gives a mock the magic methods, each a mock with a sensible default
    (`len()` is 0, `iter()` empty, `with` works, ...)."""

    def __init__(self, /, *args, **kwargs):
        self._mock_set_magics()
        super().__init__(*args, **kwargs)
        self._mock_set_magics()

    def _mock_set_magics(self):
        magics = _CONFIGURED_MAGICS
        methods = self.__dict__.get("_mock_methods")
        own = type(self)
        if methods is not None:
            magics = magics.intersection(methods)
            for name in _CONFIGURED_MAGICS - magics:
                if name in own.__dict__:
                    delattr(own, name)
        for name in magics - set(own.__dict__):
            setattr(own, name, _MagicProxy(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls
    it with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    """A mock limited to the attributes of `spec` (signatures are not
    checked)."""
    if isinstance(spec, type) and not instance:
        klass = MagicMock
    elif callable(spec) and not instance:
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    key = "spec_set" if spec_set else "spec"
    kwargs[key] = spec
    if _name is not None:
        kwargs["name"] = _name
    return klass(**kwargs)


def seal(mock):
    """Stops `mock` and its existing children from making new attributes."""
    mock.__dict__["_mock_sealed"] = True
    for child in list(mock.__dict__["_mock_children"].values()):
        if _is_mock(child) and child is not _deleted and child is not mock:
            seal(child)
    ret = mock.__dict__["_mock_return_value"]
    if _is_mock(ret) and ret is not mock:
        seal(ret)


def mock_open(mock=None, read_data=""):
    """A mock to patch `open` with: the file it returns reads `read_data`."""
    state = {"data": None}

    def reset():
        state["data"] = _Lines(read_data)

    def read(*args, **kwargs):
        return state["data"].read(*args)

    def readline(*args, **kwargs):
        return state["data"].readline()

    def readlines(*args, **kwargs):
        return state["data"].readlines()

    def iterate():
        return iter(state["data"].readlines())

    def opened(*args, **kwargs):
        reset()
        return DEFAULT

    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=_FILE_SPEC)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = iterate
    reset()
    mock.side_effect = opened
    mock.return_value = handle
    return mock


class _Lines:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, size=-1):
        rest = self.data[self.pos:]
        if size is not None and size >= 0:
            rest = rest[:size]
        self.pos += len(rest)
        return rest

    def readline(self):
        rest = self.data[self.pos:]
        newline = "\n" if isinstance(rest, str) else b"\n"
        end = rest.find(newline)
        line = rest if end < 0 else rest[:end + 1]
        self.pos += len(line)
        return line

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)


_FILE_SPEC = [
    "read", "readline", "readlines", "write", "writelines", "close", "flush",
    "seek", "tell", "fileno", "truncate", "closed", "name", "mode",
    "__enter__", "__exit__", "__iter__", "__next__",
]


# --- patch ----------------------------------------------------------------

def _import_target(dotted):
    parts = dotted.split(".")
    path = parts[0]
    thing = __import__(path)
    for part in parts[1:]:
        path += "." + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(path)
            thing = getattr(thing, part)
    return thing


def _split_target(target):
    if not isinstance(target, str):
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    try:
        owner, attribute = target.rsplit(".", 1)
    except ValueError:
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,)) from None
    return (lambda: _import_target(owner)), attribute


_active_patches = []


class _patch:
    """One patching: a context manager, a decorator of functions and of
    classes (their `test*` methods), or `start()`/`stop()`."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not callable(value):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        def patched(*args, **kwargs):
            entered = []
            extra_args = []
            try:
                for patching in patched.patchings:
                    value = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        kwargs.update(value)
                    elif patching.new is DEFAULT:
                        extra_args.append(value)
                return func(*args, *extra_args, **kwargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(patched, attr, getattr(func, attr))
            except AttributeError:
                pass
        patched.__dict__.update(getattr(func, "__dict__", {}))
        patched.__wrapped__ = func
        patched.patchings = [self]
        return patched

    def _original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def _make_new(self, original):
        spec, spec_set = self.spec, self.spec_set
        autospec = self.autospec
        if autospec is True:
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec = original
        elif autospec is not None and autospec is not False:
            spec = autospec
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original if spec is None else spec
            spec = None
        if (spec is not None or spec_set is not None) and original is DEFAULT:
            raise TypeError("Can't use 'spec' with create=True")
        klass = MagicMock
        if self.new_callable is not None:
            klass = self.new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec if spec is not None else spec_set
            if isinstance(this_spec, (list, tuple)):
                not_callable = "__call__" not in this_spec
            else:
                not_callable = not callable(this_spec)
            if not_callable:
                klass = NonCallableMagicMock
        kwargs = {}
        if spec is not None:
            kwargs["spec"] = spec
        if spec_set is not None:
            kwargs["spec_set"] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
            kwargs["name"] = self.attribute
        kwargs.update(self.kwargs)
        return klass(**kwargs)

    def __enter__(self):
        original, local = self._original()
        new = self.new
        if new is DEFAULT:
            new = self._make_new(original)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.target = self.getter()
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patcher in self.additional_patchers:
                value = patcher.__enter__()
                if patcher.new is DEFAULT:
                    extra.update(value)
            return extra
        return new

    def __exit__(self, *exc_info):
        if not hasattr(self, "temp_original"):
            return False
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and not hasattr(self.target, self.attribute):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        """Applies the patch until `stop()` (or `patch.stopall()`)."""
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        """Undoes `start()`."""
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Replaces the attribute named by the dotted `target` ('module.name',
    'module.Class.attr') with `new` (a MagicMock unless given) while the
    decorated function or `with` block runs."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if isinstance(target, str):
        getter = lambda: _import_target(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        other = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                       new_callable, {})
        other.attribute_name = attribute
        patcher.additional_patchers.append(other)
    return patcher


class _patch_dict:
    """Sets keys of a dictionary (or one named by a dotted string) for the
    length of a `with` block or decorated function, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                value = getattr(f, name)
                if name.startswith(patch.TEST_PREFIX) and callable(value):
                    decorator = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, name, decorator(value))
            return f

        def patched(*args, **kwargs):
            self._patch_dict()
            try:
                return f(*args, **kwargs)
            finally:
                self._unpatch_dict()

        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(patched, attr, getattr(f, attr))
            except AttributeError:
                pass
        patched.__wrapped__ = f
        return patched

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_target(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stops every patch started with `start()`, newest first."""
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"
