def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)


for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError,
            UnicodeDecodeError, TypeError, AttributeError, NameError, UnboundLocalError,
            RuntimeError, RecursionError, NotImplementedError, StopIteration,
            GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, ImportError,
            ModuleNotFoundError, OSError, FileNotFoundError, LookupError,
            ArithmeticError, Exception, BaseException]:
    print(chain(cls))

checks = [
    (ZeroDivisionError(), ArithmeticError),
    (KeyError(), LookupError),
    (IndexError(), LookupError),
    (UnboundLocalError(), NameError),
    (RecursionError(), RuntimeError),
    (ModuleNotFoundError(), ImportError),
    (StopIteration(), Exception),
    (GeneratorExit(), Exception),
    (SystemExit(), Exception),
    (KeyboardInterrupt(), BaseException),
    (ValueError(), (TypeError, ValueError)),
    (FileNotFoundError(), OSError),
]
for inst, base in checks:
    print(type(inst).__name__, isinstance(inst, base))
print(issubclass(bool, int), issubclass(KeyError, Exception), issubclass(Exception, KeyError))
print(EnvironmentError is OSError, IOError is OSError)

try:
    {}["k"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__)
try:
    1 // 0
except ArithmeticError as e:
    print("caught via ArithmeticError:", type(e).__name__)
