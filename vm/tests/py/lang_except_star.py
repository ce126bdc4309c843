def show(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, e, [type(x).__name__ for x in getattr(e, 'exceptions', [])])

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V", repr(e), e.exceptions)
    except* TypeError as e:
        print("caught T", repr(e))
show(t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("V only")
show(t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), e.exceptions)
show(t3)

def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
show(t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show(t5)

def t6():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
show(t6)

def t7():
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
show(t7)

eg = ExceptionGroup("msg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(str(eg), repr(eg))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [(1, []), ("x", []), ("x", [1]), ("x", 5)]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
for src in ["try:\n    pass\nexcept* ValueError:\n    return 1", "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
def t8():
    try:
        raise ExceptionGroup("e", [ValueError()])
    except* ExceptionGroup:
        pass
show(t8)
def t9():
    for i in range(2):
        try:
            raise ValueError(i)
        except* ValueError as e:
            for j in range(3):
                if j == 1: break
            print("loop ok", i, j)
show(t9)
