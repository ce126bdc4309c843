"""Turning objects into bytes and back, in CPython's binary pickle format.

`dumps` writes the opcodes of protocols 2 to 5 (protocols 0 and 1 are
written as protocol 2, which every loader reads); `loads` reads the binary
opcodes of all protocols and the common text ones. Builtin values are
written directly; other objects through `__reduce_ex__` or `__reduce__`
when their class defines one, or else as their class and attributes
(`__getnewargs__`, `__getstate__` and `__setstate__` honoured). Iterators
and other builtin objects without a reduction cannot be pickled.
"""

import math
import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL", "Pickler", "Unpickler"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


def _float_bits(x):
    if x != x:
        return 0x7FF8000000000000
    sign = 1 << 63 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x == math.inf:
        return sign | (0x7FF << 52)
    if x == 0.0:
        return sign
    fraction, exponent = math.frexp(x)
    biased = exponent + 1022
    if biased <= 0:
        return sign | int(math.ldexp(x, 1074))
    return sign | (biased << 52) | (int(math.ldexp(fraction, 53)) - (1 << 52))


def _bits_float(bits):
    biased = (bits >> 52) & 0x7FF
    mantissa = bits & ((1 << 52) - 1)
    if biased == 0x7FF:
        value = math.nan if mantissa else math.inf
    elif biased == 0:
        value = math.ldexp(mantissa, -1074)
    else:
        value = math.ldexp(mantissa + (1 << 52), biased - 1075)
    return -value if bits >> 63 else value


def _user_method(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


_new_object.__name__ = "__newobj__"


def _whichmodule(obj):
    module = getattr(obj, "__module__", None)
    return module if module is not None else "builtins"


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.file = file
        self.proto = protocol
        self.memo = {}
        self.out = bytearray()

    def dump(self, obj):
        self.out = bytearray()
        self.save(obj)
        self.out += b"."
        header = b"\x80" + bytes([max(self.proto, 2)])
        if self.proto >= 4 and len(self.out) >= 4:
            # Protocol 4 frames the opcodes (one frame here) after the header.
            header += b"\x95" + len(self.out).to_bytes(8, "little")
        self.file.write(header + bytes(self.out))

    def clear_memo(self):
        self.memo.clear()

    def _memoize(self, obj):
        index = len(self.memo)
        self.memo[id(obj)] = (index, obj)
        if self.proto >= 4:
            self.out += b"\x94"
        elif index < 256:
            self.out += b"q" + bytes([index])
        else:
            self.out += b"r" + index.to_bytes(4, "little")

    def save(self, obj):
        found = self.memo.get(id(obj))
        if found is not None:
            index = found[0]
            if index < 256:
                self.out += b"h" + bytes([index])
            else:
                self.out += b"j" + index.to_bytes(4, "little")
            return
        cls = type(obj)
        if obj is None:
            self.out += b"N"
        elif obj is True:
            self.out += b"\x88"
        elif obj is False:
            self.out += b"\x89"
        elif cls is int:
            self._save_int(obj)
        elif cls is float:
            self.out += b"G" + _float_bits(obj).to_bytes(8, "big")
        elif cls is str:
            data = obj.encode("utf-8", "surrogatepass")
            if self.proto >= 4 and len(data) < 256:
                self.out += b"\x8c" + bytes([len(data)]) + data
            else:
                self.out += b"X" + len(data).to_bytes(4, "little") + data
            self._memoize(obj)
        elif cls is bytes:
            if len(obj) < 256:
                self.out += b"C" + bytes([len(obj)]) + obj
            else:
                self.out += b"B" + len(obj).to_bytes(4, "little") + obj
            self._memoize(obj)
        elif cls is bytearray and self.proto >= 5:
            self.out += b"\x96" + len(obj).to_bytes(8, "little") + bytes(obj)
            self._memoize(obj)
        elif cls is tuple:
            self._save_tuple(obj)
        elif cls is list:
            self.out += b"]"
            self._memoize(obj)
            self._save_items(obj)
        elif cls is dict:
            self.out += b"}"
            self._memoize(obj)
            self._save_pairs(obj.items())
        elif cls is set and self.proto >= 4:
            self.out += b"\x8f"
            self._memoize(obj)
            items = list(obj)
            for start in range(0, len(items), 1000):
                self.out += b"("
                for item in items[start:start + 1000]:
                    self.save(item)
                self.out += b"\x90"
        elif cls is frozenset and self.proto >= 4:
            self.out += b"("
            for item in obj:
                self.save(item)
            self.out += b"\x91"
            self._memoize(obj)
        elif isinstance(obj, type) or cls.__name__ in ("function", "builtin_function_or_method"):
            self._save_global(obj)
        else:
            self._save_reduce_of(obj)

    def _save_int(self, n):
        if 0 <= n < 256:
            self.out += b"K" + bytes([n])
        elif 0 <= n < 65536:
            self.out += b"M" + n.to_bytes(2, "little")
        elif -(1 << 31) <= n < (1 << 31):
            self.out += b"J" + n.to_bytes(4, "little", signed=True)
        else:
            size = (n.bit_length() + 8) // 8
            data = n.to_bytes(size, "little", signed=True)
            if size < 256:
                self.out += b"\x8a" + bytes([size]) + data
            else:
                self.out += b"\x8b" + size.to_bytes(4, "little") + data

    def _save_tuple(self, obj):
        if not obj:
            self.out += b")"
            return
        if len(obj) <= 3:
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:
                # The tuple was reached through its own items.
                self.out += b"0" * len(obj)
                self.save(obj)
                return
            self.out += (b"\x85", b"\x86", b"\x87")[len(obj) - 1]
        else:
            self.out += b"("
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:
                self.out += b"1"
                self.save(obj)
                return
            self.out += b"t"
        self._memoize(obj)

    def _save_items(self, items):
        items = list(items)
        for start in range(0, len(items), 1000):
            batch = items[start:start + 1000]
            if len(batch) == 1:
                self.save(batch[0])
                self.out += b"a"
                continue
            self.out += b"("
            for item in batch:
                self.save(item)
            self.out += b"e"

    def _save_pairs(self, pairs):
        pairs = list(pairs)
        for start in range(0, len(pairs), 1000):
            batch = pairs[start:start + 1000]
            if len(batch) == 1:
                self.save(batch[0][0])
                self.save(batch[0][1])
                self.out += b"s"
                continue
            self.out += b"("
            for key, value in batch:
                self.save(key)
                self.save(value)
            self.out += b"u"

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None) or obj.__name__
        module = _whichmodule(obj)
        try:
            __import__(module)
            found = sys.modules[module]
            for part in name.split("."):
                found = getattr(found, part)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module, name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module, name))
        if self.proto >= 4:
            self.save(module)
            self.save(name)
            self.out += b"\x93"
        else:
            self.out += b"c" + module.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n"
        self._memoize(obj)

    def _save_reduce_of(self, obj):
        cls = type(obj)
        reductor = _user_method(cls, "__reduce_ex__")
        if reductor is not None:
            rv = reductor(obj, self.proto)
        else:
            reductor = _user_method(cls, "__reduce__")
            rv = reductor(obj) if reductor is not None else self._default_reduce(obj)
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by __reduce__ must contain 2 through 6 elements")
        rv = rv + (None,) * (5 - len(rv))
        func, args, state, listitems, dictitems = rv[:5]
        if getattr(func, "__name__", "") == "__newobj__" and args and isinstance(args[0], type):
            self.save(args[0])
            self.save(tuple(args[1:]))
            self.out += b"\x81"
        else:
            self.save(func)
            self.save(args)
            self.out += b"R"
        self._memoize(obj)
        if listitems is not None:
            self._save_items(listitems)
        if dictitems is not None:
            self._save_pairs(dictitems)
        if state is not None:
            self.save(state)
            self.out += b"b"

    def _default_reduce(self, obj):
        cls = type(obj)
        if cls.__name__ == "complex" and cls.__module__ == "builtins":
            return (cls, (obj.real, obj.imag))
        if cls is range:
            return (range, (obj.start, obj.stop, obj.step))
        if cls is slice:
            return (slice, (obj.start, obj.stop, obj.step))
        if cls is set or cls is frozenset or cls is bytearray:
            return (cls, (list(obj) if cls is not bytearray else bytes(obj),))
        if cls.__module__ == "builtins" and not hasattr(obj, "__dict__"):
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = tuple(getnewargs())
        else:
            args = ()
            for base in (tuple, frozenset, int, float, str, bytes):
                if isinstance(obj, base):
                    args = (base(obj),)
                    break
        getstate = _user_method(cls, "__getstate__")
        state = getstate(obj) if getstate is not None else _object_state(obj)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        if isinstance(obj, set):
            return (cls, (list(obj),), state)
        return (_new_object, (cls,) + args, state, listitems, dictitems)


def _object_state(obj):
    state = dict(getattr(obj, "__dict__", None) or {})
    slots = {}
    for klass in type(obj).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if slots:
        return (state or None, slots)
    return state or None


class _Buffer:
    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data += data


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    buffer = _Buffer()
    Pickler(buffer, protocol).dump(obj)
    return buffer.data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


class _Mark:
    pass


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self.file = file
        self.memo = {}

    def find_class(self, module, name):
        __import__(module)
        found = sys.modules[module]
        for part in name.split("."):
            found = getattr(found, part)
        return found

    def load(self):
        data = self.file.read()
        return _Loader(self, data).run()


class _Loader:
    def __init__(self, unpickler, data):
        self.unpickler = unpickler
        self.memo = unpickler.memo
        self.data = bytes(data)
        self.at = 0
        self.stack = []
        self.marks = []

    def take(self, n):
        if self.at + n > len(self.data):
            raise UnpicklingError("pickle data was truncated")
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def line(self):
        end = self.data.find(b"\n", self.at)
        if end < 0:
            raise UnpicklingError("pickle data was truncated")
        text = self.data[self.at:end]
        self.at = end + 1
        return text

    def uint(self, n):
        return int.from_bytes(self.take(n), "little")

    def pop_mark(self):
        start = self.marks.pop()
        items = self.stack[start:]
        del self.stack[start:]
        return items

    def run(self):
        if not self.data:
            raise EOFError("Ran out of input")
        stack = self.stack
        while True:
            if self.at >= len(self.data):
                raise UnpicklingError("pickle data was truncated")
            op = self.data[self.at]
            self.at += 1
            code = chr(op)
            if code == ".":
                if len(stack) != 1:
                    raise UnpicklingError("unpickling stack underflow" if not stack else "STOP with extra items")
                return stack.pop()
            elif op == 0x80:
                proto = self.uint(1)
                if proto > HIGHEST_PROTOCOL:
                    raise ValueError("unsupported pickle protocol: %d" % proto)
            elif op == 0x95:
                self.take(8)
            elif code == "N":
                stack.append(None)
            elif op == 0x88:
                stack.append(True)
            elif op == 0x89:
                stack.append(False)
            elif code == "K":
                stack.append(self.uint(1))
            elif code == "M":
                stack.append(self.uint(2))
            elif code == "J":
                stack.append(int.from_bytes(self.take(4), "little", signed=True))
            elif op == 0x8A:
                stack.append(int.from_bytes(self.take(self.uint(1)), "little", signed=True))
            elif op == 0x8B:
                stack.append(int.from_bytes(self.take(self.uint(4)), "little", signed=True))
            elif code == "I":
                text = self.line()
                stack.append({b"00": False, b"01": True}.get(text, None) if text in (b"00", b"01") else int(text))
            elif code == "L":
                stack.append(int(self.line().rstrip(b"L")))
            elif code == "G":
                stack.append(_bits_float(int.from_bytes(self.take(8), "big")))
            elif code == "F":
                stack.append(float(self.line()))
            elif op == 0x8C:
                stack.append(self.take(self.uint(1)).decode("utf-8", "surrogatepass"))
            elif code == "X":
                stack.append(self.take(self.uint(4)).decode("utf-8", "surrogatepass"))
            elif op == 0x8D:
                stack.append(self.take(self.uint(8)).decode("utf-8", "surrogatepass"))
            elif code == "V":
                stack.append(self.line().decode("raw_unicode_escape"))
            elif code == "C":
                stack.append(self.take(self.uint(1)))
            elif code == "B":
                stack.append(self.take(self.uint(4)))
            elif op == 0x8E:
                stack.append(self.take(self.uint(8)))
            elif op == 0x96:
                stack.append(bytearray(self.take(self.uint(8))))
            elif code == "U":
                stack.append(self.take(self.uint(1)).decode("latin-1"))
            elif code == "T":
                stack.append(self.take(self.uint(4)).decode("latin-1"))
            elif code == ")":
                stack.append(())
            elif op in (0x85, 0x86, 0x87):
                n = op - 0x84
                items = tuple(stack[-n:])
                del stack[-n:]
                stack.append(items)
            elif code == "(":
                self.marks.append(len(stack))
            elif code == "t":
                stack.append(tuple(self.pop_mark()))
            elif code == "]":
                stack.append([])
            elif code == "l":
                stack.append(list(self.pop_mark()))
            elif code == "a":
                item = stack.pop()
                self.extend(stack[-1], [item])
            elif code == "e":
                items = self.pop_mark()
                self.extend(stack[-1], items)
            elif code == "}":
                stack.append({})
            elif code == "d":
                items = self.pop_mark()
                stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
            elif code == "s":
                value = stack.pop()
                key = stack.pop()
                stack[-1][key] = value
            elif code == "u":
                items = self.pop_mark()
                target = stack[-1]
                for i in range(0, len(items), 2):
                    target[items[i]] = items[i + 1]
            elif op == 0x8F:
                stack.append(set())
            elif op == 0x90:
                items = self.pop_mark()
                target = stack[-1]
                if isinstance(target, set):
                    target.update(items)
                else:
                    for item in items:
                        target.add(item)
            elif op == 0x91:
                stack.append(frozenset(self.pop_mark()))
            elif code == "c":
                module = self.line().decode("utf-8")
                name = self.line().decode("utf-8")
                stack.append(self.unpickler.find_class(module, name))
            elif op == 0x93:
                name = stack.pop()
                module = stack.pop()
                stack.append(self.unpickler.find_class(module, name))
            elif code == "R":
                args = stack.pop()
                func = stack.pop()
                stack.append(func(*args))
            elif op == 0x81:
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args))
            elif op == 0x92:
                kwargs = stack.pop()
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args, **kwargs))
            elif code == "b":
                state = stack.pop()
                self.build(stack[-1], state)
            elif code == "q":
                self.memo[self.uint(1)] = stack[-1]
            elif code == "r":
                self.memo[self.uint(4)] = stack[-1]
            elif code == "p":
                self.memo[int(self.line())] = stack[-1]
            elif op == 0x94:
                self.memo[len(self.memo)] = stack[-1]
            elif code == "h":
                stack.append(self.get(self.uint(1)))
            elif code == "j":
                stack.append(self.get(self.uint(4)))
            elif code == "g":
                stack.append(self.get(int(self.line())))
            elif code == "0":
                if stack:
                    stack.pop()
                else:
                    self.pop_mark()
            elif code == "1":
                self.pop_mark()
            elif code == "2":
                stack.append(stack[-1])
            else:
                raise UnpicklingError("invalid load key, %r." % code)

    def get(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    @staticmethod
    def extend(target, items):
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    @staticmethod
    def build(obj, state):
        setstate = getattr(obj, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            obj.__dict__.update(state)
        if slots:
            for name, value in slots.items():
                setattr(obj, name, value)


class _Reader:
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        return self.data


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_Reader(data)).load()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file).load()
