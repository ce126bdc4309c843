# unittest.mock: recording calls, return values, side effects, magic
# methods, specs, assertions and patching.
import os
import unittest
import unittest.mock
from unittest import mock
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMock, PropertyMock,
                           call, patch, sentinel)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))


print(unittest.mock is mock, hasattr(unittest, "__path__"))

m = Mock()
print(m.called, m.call_count, m.call_args)
m(1, 2, key="v")
m.method(3)
m.method.nested(x=4)
m().chained(5)
print(m.called, m.call_count)
print(m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs)
args, kwargs = m.call_args_list[0]
print(args, kwargs)
print(m.call_args_list[0] == call(1, 2, key="v"), m.call_args_list[0] == ((1, 2), {"key": "v"}))
print(m.mock_calls[1] == call.method(3), m.mock_calls[1] == call.method(4))
print(call(1, ANY) == call(1, "anything"), ANY == object(), repr(ANY))
print(repr(call.a.b(1, x=2)), repr(call().c), call(1).call_list())

# return_value and side_effect
r = Mock(return_value=42)
print(r(), r("ignored"))
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
show(s)
show(s)
e = Mock(side_effect=KeyError("k"))
show(e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
g = Mock(side_effect=lambda: DEFAULT, return_value="default used")
print(g())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)

# names and reprs (ids removed)
def shown(mock_obj):
    text = repr(mock_obj)
    return text[:text.index(" id=")] + ">"

print(shown(Mock()), shown(Mock(name="thing")), shown(m.method.nested), shown(m().chained))
print(shown(Mock(spec=int)), shown(MagicMock(spec_set=dict)), shown(MagicMock()))

# assertions and their messages
a = Mock()
show(lambda: a.assert_called())
show(lambda: a.assert_called_with(1))
a(1)
a.assert_called_with(1)
a.assert_called_once_with(1)
show(lambda: a.assert_called_with(2))
a(2, z=3)
show(lambda: a.assert_called_once_with(2, z=3))
show(lambda: a.assert_called_once())
show(lambda: a.assert_not_called())
a.assert_any_call(1)
show(lambda: a.assert_any_call(9))
a.assert_has_calls([call(1), call(2, z=3)])
a.assert_has_calls([call(2, z=3), call(1)], any_order=True)
show(lambda: a.assert_has_calls([call(2, z=3), call(1)]))
show(lambda: a.assert_has_calls([call(7)], any_order=True))
show(lambda: a.assret_called())
show(lambda: a.assert_everything())

# reset_mock
a.reset_mock()
print(a.called, a.call_count, a.mock_calls, a.call_args_list)
rv = Mock(return_value=1, side_effect=[5])
rv.reset_mock(return_value=True, side_effect=True)
print(rv.side_effect, shown(rv()))

# configure_mock, attach_mock, attribute assignment
c = Mock(**{"method.return_value": 3, "attr": "value"})
print(c.method(), c.attr)
c.configure_mock(**{"other.deep.return_value": "deep"})
print(c.other.deep())
parent = Mock()
child = Mock()
parent.attach_mock(child, "child")
child(1)
parent.direct = Mock()
parent.direct(2)
print(parent.mock_calls)
del c.attr
show(lambda: c.attr)

# spec
spec_mock = Mock(spec=["alpha", "beta"])
print(shown(spec_mock.alpha))
show(lambda: spec_mock.gamma)
class Target:
    value = 1
    def method(self):
        return "real"
tm = Mock(spec=Target)
print(isinstance(tm, Target), tm.__class__ is Target, shown(tm.method()))
show(lambda: tm.missing)
strict = Mock(spec_set=Target)
strict.value = 5
show(lambda: setattr(strict, "other", 1))
nc = NonCallableMock()
show(nc)

# MagicMock magic methods
mm = MagicMock()
print(len(mm), list(mm), int(mm), float(mm), bool(mm), 3 in mm)
print(mm == mm, mm == 1, mm != 1)
show(lambda: mm < 1)
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2, 3]
mm.__getitem__.side_effect = lambda k: k * 10
print(len(mm), list(mm), mm[4])
with mm as entered:
    print(shown(entered))
print(mm.__enter__.called, mm.__exit__.call_args)
mm.__str__ = lambda self: "custom str"
print(str(mm))
print(shown(mm + 1), shown(mm.__add__))
del mm.__len__
show(lambda: len(mm))
show(lambda: len(Mock()))
show(lambda: Mock().__len__)

# sentinel
print(sentinel.token is sentinel.token, sentinel.token is sentinel.other, sentinel.token)

# PropertyMock
class WithProperty:
    pass
prop = PropertyMock(return_value="got")
WithProperty.attr = prop
obj = WithProperty()
print(obj.attr)
obj.attr = "set"
print(prop.mock_calls)
del WithProperty.attr

# patch as a context manager, decorator, patch.object, patch.dict
with patch("os.getcwd") as fake:
    fake.return_value = "/fake"
    print(os.getcwd(), shown(fake))
print(os.getcwd() != "/fake")
with patch("os.getcwd", return_value="/kw"):
    print(os.getcwd())

class Holder:
    value = "original"

@patch.object(Holder, "value", "patched")
def read_value():
    return Holder.value
print(read_value(), Holder.value)

@patch.object(Holder, "method", create=True)
@patch("os.getpid")
def with_mocks(pid_mock, method_mock):
    pid_mock.return_value = -1
    return os.getpid(), shown(method_mock), hasattr(Holder, "method")
print(with_mocks(), hasattr(Holder, "method"))

settings = {"a": 1}
with patch.dict(settings, {"b": 2}):
    print(sorted(settings.items()))
print(settings)
with patch.dict(settings, clear=True):
    print(settings)
print(settings)

@patch.dict(settings, a=10)
def read_settings():
    return dict(settings)
print(read_settings(), settings)

p = patch.object(Holder, "value", "started")
p.start()
print(Holder.value)
p.stop()
print(Holder.value)
patch.object(Holder, "value", 1).start()
patch.object(Holder, "value", 2).start()
print(Holder.value)
patch.stopall()
print(Holder.value)

show(lambda: patch("nodots"))
show(lambda: patch("types.SimpleNamespace.no_such_attribute").start())
show(lambda: patch.object(Holder, "no_such_attribute").start())

def raises_inside():
    with patch.object(Holder, "value", "temp"):
        raise RuntimeError("inside")
show(raises_inside)
print(Holder.value)

# patch used on a TestCase class
@patch.object(Holder, "value", "class-level")
class PatchedTest(unittest.TestCase):
    def test_value(self):
        self.assertEqual(Holder.value, "class-level")
    def helper(self):
        return Holder.value
case = PatchedTest("test_value")
result = unittest.TestResult()
case.run(result)
print(result.wasSuccessful(), case.helper(), Holder.value)
