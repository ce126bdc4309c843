"""The types of objects the interpreter makes, by name, for isinstance
checks; and SimpleNamespace."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = FunctionType
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()
del _coroutine_object


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
MemberDescriptorType = type(type("_Slotted", (), {"__slots__": ("member",)}).member)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


del sys, _function, _generator, _C
