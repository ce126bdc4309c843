# compile(): the three modes, code objects, syntax errors.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


c = compile("x + 1", "<expr>", "eval")
print(type(c).__name__, c.co_filename, c.co_name)
show(eval, c, {"x": 41})
c = compile("for i in range(3): print(i)", "<loop>", "exec")
show(exec, c)
show(eval, c)
c = compile("1 + 2", "<single>", "single")
show(exec, c)
c = compile("None", "<single>", "single")
show(exec, c)
c = compile("'text'", "<single>", "single")
show(exec, c)
c = compile("if 1:\n  y = 2\n  print(y)\n", "<single>", "single")
show(exec, c)
show(compile, "a = 1\nb = 2", "s", "single")
show(compile, "x", "f", "bad")
show(compile, "x = 1", "f", "eval")
show(compile, "1 +", "myfile.py", "exec")
print(type(compile("x", "f", "exec", flags=0, dont_inherit=True)).__name__)
print(eval(compile(source="1", filename="f", mode="eval")))
show(compile, "1", "f")
show(compile, 5, "f", "exec")
c = compile(b"z = 3", "bytes", "exec")
ns = {}
exec(c, ns)
print(ns["z"])
show(compile, c, "other", "exec")
try:
    compile("1 +", "dir/myfile.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)
    print(e.args)
    print(str(e))
try:
    compile("def f():\nreturn 1", "f", "exec")
except IndentationError as e:
    print(type(e).__name__, e)


def f(a, b=2, *args, c, **kw):
    d = a + b
    return d


code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:4])
print(type(code).__name__, code.co_filename.endswith("builtin_compile.py"))
e = SyntaxError("custom message")
print(e, e.msg, e.lineno, e.filename)
e = SyntaxError("bad", ("file.py", 3, 4, "text\n", 3, 5))
print(e, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(repr(SyntaxError()), str(SyntaxError()))
