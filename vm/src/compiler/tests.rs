use std::rc::Rc;

use super::symtable::{ScopeKind, SymbolScope, SymbolTable};
use super::{compile, Mode};
use crate::bytecode::{decode, Opcode};
use crate::code::{code_flags, CodeObject, Constant};
use crate::parser::{parse_module, SourceMap, SyntaxErrorKind};
use crate::verify::verify;

fn compile_ok(source: &str) -> Rc<CodeObject> {
    let code = compile(source, "test.py", Mode::Exec)
        .unwrap_or_else(|error| panic!("{source:?}: {}", error.render()));
    if let Err(error) = verify(&code) {
        panic!("{source:?}: {error}\n{}", crate::disasm::disassemble(&code));
    }
    code
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.instructions
        .iter()
        .map(|&word| decode(word).expect("valid instruction").0)
        .collect()
}

/// The nested code object named `name`, searched depth first.
fn find_code(code: &Rc<CodeObject>, name: &str) -> Option<Rc<CodeObject>> {
    if code.name == name {
        return Some(code.clone());
    }
    code.constants.iter().find_map(|constant| match constant {
        Constant::Code(inner) => find_code(inner, name),
        _ => None,
    })
}

// ----- symbol table -----

fn scopes_of(source: &str, block: &str) -> Vec<(String, SymbolScope)> {
    let body = parse_module(source, "t.py").expect("parses");
    let map = SourceMap::new(source, "t.py");
    let table = SymbolTable::for_module(&body, &map).expect("symbol table builds");
    let scope = table
        .scopes
        .iter()
        .find(|scope| scope.name == block)
        .unwrap_or_else(|| panic!("no block {block}"));
    scope
        .symbols
        .iter()
        .map(|symbol| (symbol.name.clone(), symbol.scope))
        .collect()
}

/// A snippet, the block to look at, and the expected scope of names in it.
type ScopeCase<'a> = (&'a str, &'a str, &'a [(&'a str, SymbolScope)]);

#[test]
fn symbol_scopes() {
    use SymbolScope::*;
    let cases: &[ScopeCase] = &[
        ("x = 1\ndef f(a):\n    b = a + x\n", "f", &[("a", Local), ("b", Local), ("x", GlobalImplicit)]),
        ("def f():\n    global g\n    g = 1\n", "f", &[("g", GlobalExplicit)]),
        (
            "def f():\n    x = 1\n    def g():\n        return x\n",
            "f",
            &[("x", Cell), ("g", Local)],
        ),
        ("def f():\n    x = 1\n    def g():\n        return x\n", "g", &[("x", Free)]),
        (
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n",
            "g",
            &[("x", Free)],
        ),
        (
            "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n",
            "C",
            &[("y", Local), ("x", Free), ("m", Local)],
        ),
        (
            "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
            "m",
            &[("self", Local), ("x", Free)],
        ),
        ("class C:\n    x = 1\n    def m(self):\n        return x\n", "m", &[("self", Local), ("x", GlobalImplicit)]),
        (
            "class C:\n    def m(self):\n        return super().m()\n",
            "m",
            &[("self", Local), ("super", GlobalImplicit), ("__class__", Free)],
        ),
        (
            "def f(xs):\n    return [y for y in xs if y > t]\n",
            "<listcomp>",
            &[(".0", Local), ("y", Local), ("t", GlobalImplicit)],
        ),
        (
            "def f(xs):\n    [last := y for y in xs]\n    return last\n",
            "f",
            &[("xs", Local), ("last", Cell)],
        ),
        ("def f(xs):\n    [last := y for y in xs]\n", "<listcomp>", &[(".0", Local), ("last", Free), ("y", Local)]),
        ("[last := y for y in xs]\n", "<listcomp>", &[(".0", Local), ("last", GlobalExplicit), ("y", Local)]),
        (
            "def f(a):\n    def g():\n        def h():\n            return a\n",
            "g",
            &[("h", Local), ("a", Free)],
        ),
        ("def f():\n    import os.path\n    del x\n", "f", &[("os", Local), ("x", Local)]),
        (
            "def f():\n    try:\n        pass\n    except E as e:\n        pass\n",
            "f",
            &[("E", GlobalImplicit), ("e", Local)],
        ),
        ("def f():\n    x: int\n", "f", &[("x", Local), ("int", GlobalImplicit)]),
        ("class C:\n    __x = 1\n    def m(self):\n        return self.__x\n", "C", &[("_C__x", Local), ("m", Local)]),
        ("lam = lambda a, *r, k=1, **kw: a\n", "<lambda>", &[("a", Local), ("k", Local), ("r", Local), ("kw", Local)]),
    ];
    for (source, block, expected) in cases {
        let actual = scopes_of(source, block);
        for (name, scope) in expected.iter() {
            let found = actual.iter().find(|(n, _)| n == name).map(|(_, s)| *s);
            assert_eq!(
                found,
                Some(*scope),
                "{name} in {block} of {source:?}: {actual:?}"
            );
        }
    }
}

#[test]
fn class_cell_is_detected() {
    let body = parse_module(
        "class C:\n    def m(self):\n        return __class__\n",
        "t.py",
    )
    .unwrap();
    let map = SourceMap::new("", "t.py");
    let table = SymbolTable::for_module(&body, &map).unwrap();
    let class = table
        .scopes
        .iter()
        .find(|s| s.kind == ScopeKind::Class)
        .unwrap();
    assert!(class.needs_class_cell);
    let code = compile_ok("class C:\n    def m(self):\n        return super().m()\n");
    let class_code = find_code(&code, "C").unwrap();
    assert_eq!(class_code.cellvars, vec!["__class__".to_owned()]);
    assert!(class_code.names.contains(&"__classcell__".to_owned()));
    let method = find_code(&code, "m").unwrap();
    assert_eq!(method.freevars, vec!["__class__".to_owned()]);
}

// ----- whole programs and constructs -----

#[test]
fn benchmark_programs_compile_and_verify() {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/programs");
    let mut count = 0;
    for entry in std::fs::read_dir(&directory).expect("bench directory exists") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "py") {
            let source = std::fs::read_to_string(&path).unwrap();
            compile_ok(&source);
            count += 1;
        }
    }
    assert!(count >= 14, "found {count} programs");
}

const CONSTRUCTS: &[&str] = &[
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    'doc'\n    return a + b + c + d + e\n",
    "def f(a: int, *b: str, c: float = 1.0, **d: bool) -> None: pass\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def f(x):\n    def g():\n        return x\n    return g\n",
    "f = lambda x, *y, z=3, **w: (x, y, z, w)\n",
    "g = lambda: (yield)\n",
    "@dec\n@dec2(1)\ndef f(): pass\n@dec\nclass C: pass\n",
    "class C(A, *bases, metaclass=M, **kw):\n    'doc'\n    x: int = 1\n    y: str\n    def m(self):\n        return super().m() + __class__.x\n",
    "class C:\n    def __init__(self):\n        self.__p = 1\n    def get(self):\n        return self.__p\n",
    "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n",
    "while a:\n    if b:\n        break\n    if c:\n        continue\nelse:\n    x = 1\n",
    "for i in range(3):\n    pass\nelse:\n    pass\n",
    "for i, (j, *k) in items:\n    if i: break\n    if j: continue\n",
    "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept (TypeError, KeyError):\n    c()\nexcept:\n    d()\nelse:\n    e()\nfinally:\n    f()\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            print(x)\n",
    "def f():\n    while True:\n        try:\n            break\n        finally:\n            continue\n",
    "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        except E as e:\n            return e\n",
    "def f():\n    for x in y:\n        with a as b, c:\n            if b:\n                break\n            continue\n    with d:\n        return g()\n",
    "def f():\n    try:\n        try:\n            a()\n        except E:\n            raise\n    except F as e:\n        raise G from e\n",
    "raise\n",
    "raise E\n",
    "assert x\nassert x, 'msg'\n",
    "del a, b.c, d[e], f[1:2], (g, [h])\n",
    "global q\nq = 1\n",
    "x += 1\na.b -= 2\nc[d] *= 3\ne[1:2] //= 4\n",
    "x = a < b < c\ny = a == b\nz = a is not None\nw = a not in b\n",
    "if a < b < c: pass\nif not (a and b or c): pass\nif x is None: pass\nif x is not None and y: pass\n",
    "x = a and b or c\ny = a if b else c\n",
    "if (n := len(a)) > 10: print(n)\n",
    "def f(xs):\n    if any((hit := x) > 3 for x in xs):\n        return hit\n",
    "a, *b, c = d\n[e, f] = g\nh = i = j\n",
    "x = [*a, 1, *b]\ny = (*a, 2)\nz = {*a, 3}\nw = {**a, 'k': 1, **b}\n",
    "f(*a, b, *c, d=1, **e, g=2)\nf(**a)\nf(*a)\no.m(1, k=2)\no.m(*a)\n",
    "x = a[1:2, ::3, ...]\ny = a[::]\n",
    "x = [i * j for i in a for j in b if i if j]\ny = {i: j for i, j in c}\nz = {i for i in d}\nw = (i for i in e)\n",
    "x = [[j for j in range(i)] for i in range(3)]\n",
    "x = f'{a!r} and {b:>{width}} {c!s:{d}.{e}} {f!a}'\ny = f'plain'\nz = f'{x}'\n",
    "def g():\n    x = yield 1\n    yield from range(x)\n    return 2\n",
    "import a.b.c\nimport a.b.c as d\nimport e as f\nfrom g import h, i as j\nfrom . import k\nfrom ..l import m\nfrom n import *\n",
    "x = __debug__\n",
    "x = 1 + 2 * 3 - 4 // 3 % 5 ** 2\ny = -1\nz = 'a' + 'b'\nw = (1, 2) + (3,)\nv = 2 ** 1000\nu = 1 / 0\nt = 1j + 2\n",
    "if 0:\n    x = 1\nwhile 0:\n    y = 1\nelse:\n    z = 1\nwhile 1:\n    break\n",
    "def f():\n    return 1\n    x = 2\n",
    "class A:\n    class B:\n        def m(self):\n            return [self for _ in range(3)]\n",
    "x = {}\ny = {1: 2, 3: 4}\nz = {i: i for i in range(40)}\n",
    "def f(*, a, b=2):\n    return a, b\n",
    "with a:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    h()\nfinally:\n    i()\n",
    "async def f(a):\n    async with a as b, c:\n        async for x in b:\n            await x\n            if x:\n                break\n        else:\n            return 1\n",
    "async def g():\n    yield 1\n    await h()\n",
    "x = ...\ny = None\nz = True\nw = b'bytes'\nv = 1.5\n",
    "for x in y:\n    def f():\n        return x\n",
    "def f(a):\n    def g():\n        return a\n    a = 2\n    return g\n",
];

#[test]
fn constructs_compile_and_verify() {
    for source in CONSTRUCTS {
        compile_ok(source);
    }
}

#[test]
fn eval_and_single_modes() {
    let code = compile("1 + x", "<string>", Mode::Eval).unwrap();
    verify(&code).unwrap();
    assert_eq!(ops(&code).last(), Some(&Opcode::RETURN_VALUE));
    let code = compile("x = 1; x\n", "<stdin>", Mode::Single).unwrap();
    verify(&code).unwrap();
    assert!(ops(&code).contains(&Opcode::PRINT_EXPR));
}

#[test]
fn cell_arguments_map_to_their_slots() {
    let code = compile_ok("def f(a, b):\n    def g():\n        return b\n    return g\n");
    let f = find_code(&code, "f").unwrap();
    assert_eq!(f.cellvars, vec!["b".to_owned()]);
    assert_eq!(f.cellvar_args, vec![Some(1)]);
    assert_eq!(&f.varnames[..2], &["a".to_owned(), "b".to_owned()]);
}

#[test]
fn varnames_order_parameters_first() {
    let code = compile_ok("def f(a, *args, b, **kw):\n    c = 1\n");
    let f = find_code(&code, "f").unwrap();
    assert_eq!(f.varnames, ["a", "b", "args", "kw", "c"]);
    assert_eq!(f.arg_count, 1);
    assert_eq!(f.kwonly_arg_count, 1);
    assert_ne!(f.flags & code_flags::VARARGS, 0);
    assert_ne!(f.flags & code_flags::VARKEYWORDS, 0);
}

#[test]
fn docstrings() {
    let code = compile_ok("'module doc'\ndef f():\n    'function doc'\n    return 1\ndef g():\n    return 'not doc'\n");
    assert!(code.names.contains(&"__doc__".to_owned()));
    let f = find_code(&code, "f").unwrap();
    assert_eq!(f.constants[0], Constant::Str("function doc".into()));
    let g = find_code(&code, "g").unwrap();
    assert_eq!(g.constants[0], Constant::None);
}

#[test]
fn qualified_names() {
    let code = compile_ok("def f():\n    def g():\n        pass\nclass C:\n    def m(self):\n        return lambda: 0\n");
    assert_eq!(find_code(&code, "g").unwrap().qualname, "f.<locals>.g");
    assert_eq!(find_code(&code, "m").unwrap().qualname, "C.m");
    assert_eq!(
        find_code(&code, "<lambda>").unwrap().qualname,
        "C.m.<locals>.<lambda>"
    );
}

#[test]
fn generator_flags() {
    let code = compile_ok("def g():\n    yield 1\ndef f():\n    return (x for x in y)\n");
    assert!(find_code(&code, "g").unwrap().is_generator());
    assert!(!find_code(&code, "f").unwrap().is_generator());
    assert!(find_code(&code, "<genexpr>").unwrap().is_generator());
}

#[test]
fn constant_folding() {
    let code = compile_ok(
        "x = 2 * 3 + 1\ny = -5\nz = 'ab' * 3\nw = (1, (2, 3))\nv = 1 / 0\nu = 2 ** 1000\n",
    );
    assert!(code.constants.contains(&Constant::Int(7.into())));
    assert!(code.constants.contains(&Constant::Int((-5).into())));
    assert!(code.constants.contains(&Constant::Str("ababab".into())));
    assert!(code
        .constants
        .iter()
        .any(|c| matches!(c, Constant::Tuple(items) if items.len() == 2)));
    let binary_ops = ops(&code)
        .iter()
        .filter(|&&op| op == Opcode::BINARY_OP)
        .count();
    assert_eq!(binary_ops, 2, "1 / 0 and 2 ** 1000 stay unfolded");
}

#[test]
fn dead_code_is_removed() {
    let code = compile_ok("def f():\n    return 1\n    print('dead')\nif 0:\n    print('never')\n");
    assert!(!code.names.contains(&"print".to_owned()));
    let f = find_code(&code, "f").unwrap();
    assert_eq!(ops(&f), vec![Opcode::LOAD_CONST, Opcode::RETURN_VALUE]);
}

#[test]
fn exception_table_of_try_except() {
    let code = compile_ok("try:\n    a()\nexcept E:\n    b()\n");
    assert!(!code.exception_table.is_empty());
    let body_entry = &code.exception_table[0];
    assert_eq!(body_entry.depth, 0);
    assert!(!body_entry.push_lasti);
    let handler = code.instruction(body_entry.target as usize).unwrap().0;
    assert_eq!(handler, Opcode::PUSH_EXC_INFO);
    assert!(code
        .exception_table
        .iter()
        .any(|entry| entry.push_lasti && entry.depth == 1));
}

// ----- syntax errors -----

fn error_line(source: &str) -> (String, u32, SyntaxErrorKind) {
    match compile(source, "t.py", Mode::Exec) {
        Ok(_) => panic!("{source:?} compiled"),
        Err(error) => (error.msg, error.line, error.kind),
    }
}

#[test]
fn syntax_errors_report_message_and_line() {
    let cases: &[(&str, &str, u32)] = &[
        ("x = 1\nreturn 1\n", "'return' outside function", 2),
        ("x = 1\nyield 1\n", "'yield' outside function", 2),
        ("class C:\n    yield 1\n", "'yield' outside function", 2),
        ("\nbreak\n", "'break' outside loop", 2),
        (
            "while x:\n    def f():\n        continue\n",
            "'continue' not properly in loop",
            3,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
        ),
        (
            "def f():\n    global x\n    nonlocal x\n",
            "name 'x' is nonlocal and global",
            3,
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
            2,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
            3,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            3,
        ),
        (
            "\n*a = 1\n",
            "starred assignment target must be in a list or tuple",
            2,
        ),
        (
            "a, *b, *c = d\n",
            "multiple starred expressions in assignment",
            1,
        ),
        ("x = 1\nx = *a\n", "can't use starred expression here", 2),
        (
            "[*a for a in b]\n",
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
        (
            "class C:\n    [y := 1 for x in z]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
        ),
        (
            "[x := 1 for x in y]\n",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            1,
        ),
        (
            "def f():\n    from x import *\n",
            "import * only allowed at module level",
            2,
        ),
        (
            "\n[(yield) for x in y]\n",
            "'yield' inside list comprehension",
            2,
        ),
        ("__debug__ = 1\n", "cannot assign to __debug__", 1),
        (
            "def f(a, a): pass\n",
            "duplicate argument 'a' in function definition",
            1,
        ),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            "default 'except:' must be last",
            3,
        ),
    ];
    for (source, msg, line) in cases {
        let (actual_msg, actual_line, kind) = error_line(source);
        assert_eq!(&actual_msg, msg, "{source:?}");
        assert_eq!(actual_line, *line, "{source:?}");
        assert_eq!(kind, SyntaxErrorKind::SyntaxError);
    }
}

#[test]
fn unsupported_features_are_syntax_errors() {
    for (source, line) in [("x = 1\nmatch x:\n    case 1:\n        pass\n", 2)] {
        let (msg, actual_line, _) = error_line(source);
        assert!(msg.contains("not supported yet"), "{source:?}: {msg}");
        assert_eq!(actual_line, line, "{source:?}");
    }
}

#[test]
fn misplaced_async_constructs_are_syntax_errors() {
    for (source, msg, line) in [
        ("x = 1\nawait x\n", "'await' outside function", 2),
        (
            "def f():\n    await x\n",
            "'await' outside async function",
            2,
        ),
        (
            "def f():\n    async with a:\n        pass\n",
            "'async with' outside async function",
            2,
        ),
        (
            "def f():\n    async for x in y:\n        pass\n",
            "'async for' outside async function",
            2,
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
            3,
        ),
        (
            "async def f():\n    yield from x\n",
            "'yield from' inside async function",
            2,
        ),
    ] {
        let (actual_msg, actual_line, _) = error_line(source);
        assert_eq!(actual_msg, msg, "{source:?}");
        assert_eq!(actual_line, line, "{source:?}");
    }
}

#[test]
fn garbage_never_panics_in_the_compiler() {
    let pieces = [
        "def f(", "x", ")", ":", "\n", "    ", "return", "yield", "lambda", "*", "**", "=", "+=",
        ",", "[", "]", "for", "in", "if", "else", "class", "global", "nonlocal", "del", "1", "'s'",
        "f'{x}'", "async", "await", ":=", "try:", "except", "finally:", "with", "as", "break",
        "continue", "(", "{", "}", "import", "from", ".", "not", "and", "or", "is", "None",
    ];
    let mut seed: u64 = 0x1234_5678_9abc_def1;
    for _ in 0..3000 {
        let mut source = String::new();
        for _ in 0..(seed % 30) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            source.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            source.push(' ');
        }
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            if let Ok(code) = compile(&source, "fuzz.py", mode) {
                verify(&code).unwrap_or_else(|error| panic!("{source:?}: {error}"));
            }
        }
        seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    }
}

#[test]
fn deep_but_legal_nesting_compiles() {
    let nested = format!("x = {}1{}", "(".repeat(199), ")".repeat(199));
    compile_ok(&nested);
    let chain = format!("x = {}", vec!["a"; 390].join(" + "));
    compile_ok(&chain);
    let unary = format!("x = {}a", "-".repeat(390));
    compile_ok(&unary);
    let attributes = format!("x = a{}", ".b".repeat(390));
    compile_ok(&attributes);
    let lambdas = format!("x = {}a", "lambda: ".repeat(95));
    compile_ok(&lambdas);
    let blocks: String = (0..90)
        .map(|level| format!("{}if x:\n", "    ".repeat(level)))
        .collect::<String>()
        + &"    ".repeat(90)
        + "pass\n";
    compile_ok(&blocks);
}

// ----- disassembly -----

#[test]
fn for_loop_disassembly_structure() {
    let code = compile_ok("for i in range(3):\n    print(i)\n");
    let ops = ops(&code);
    let get_iter = ops.iter().position(|&op| op == Opcode::GET_ITER).unwrap();
    let for_iter = ops.iter().position(|&op| op == Opcode::FOR_ITER).unwrap();
    assert_eq!(for_iter, get_iter + 1);
    let back = ops
        .iter()
        .position(|&op| op == Opcode::JUMP_BACKWARD)
        .unwrap();
    let (_, target) = code.instruction(back).unwrap();
    assert_eq!(
        target as usize, for_iter,
        "the back edge returns to FOR_ITER"
    );
    let (_, exit) = code.instruction(for_iter).unwrap();
    assert_eq!(exit as usize, back + 1, "FOR_ITER exits past the loop");
    let text = crate::disasm::disassemble(&code);
    assert!(text.contains("GET_ITER"));
    assert!(text.contains(">>"));
    assert!(text.contains("JUMP_BACKWARD"));
    assert!(text.contains("(range)"));
    assert!(text.lines().next().unwrap().trim_start().starts_with('1'));
}

#[test]
fn nested_code_and_exception_table_in_disassembly() {
    let code = compile_ok("def f():\n    try:\n        g()\n    except E:\n        pass\n");
    let text = crate::disasm::disassemble(&code);
    assert!(text.contains("Disassembly of <code object f"));
    assert!(text.contains("ExceptionTable:"));
    assert!(text.contains("CHECK_EXC_MATCH"));
    assert!(text.contains("lasti"));
}

#[test]
fn frequent_pairs_become_superinstructions() {
    let code = compile_ok("def f(a, b):\n    c = a\n    return b + c, a + 1\n");
    let f = find_code(&code, "f").unwrap();
    assert_eq!(
        ops(&f),
        [
            Opcode::LOAD_FAST,
            Opcode::STORE_FAST_LOAD_FAST,
            Opcode::LOAD_FAST,
            Opcode::LOAD_FAST,
            Opcode::BINARY_OP,
            Opcode::LOAD_FAST_LOAD_CONST,
            Opcode::LOAD_CONST,
            Opcode::BINARY_OP,
            Opcode::BUILD_TUPLE,
            Opcode::RETURN_VALUE,
        ]
    );
    // Three loads in a row: the first two fuse, the third stays plain.
    let code = compile_ok("def g(x, y, z):\n    return (x, y, z)\n");
    let g = find_code(&code, "g").unwrap();
    assert_eq!(
        &ops(&g)[..3],
        [
            Opcode::LOAD_FAST_LOAD_FAST,
            Opcode::LOAD_FAST,
            Opcode::LOAD_FAST
        ]
    );
    let code = compile_ok("def k(p, x, y):\n    return p.a, p.m(), (x + y) * 2\n");
    let k = find_code(&code, "k").unwrap();
    assert_eq!(
        ops(&k),
        [
            Opcode::LOAD_FAST_LOAD_ATTR,
            Opcode::LOAD_ATTR,
            Opcode::LOAD_FAST_LOAD_METHOD,
            Opcode::LOAD_METHOD,
            Opcode::CALL,
            Opcode::LOAD_FAST_LOAD_FAST,
            Opcode::LOAD_FAST,
            Opcode::BINARY_OP,
            Opcode::LOAD_CONST_BINARY_OP,
            Opcode::BINARY_OP,
            Opcode::BUILD_TUPLE,
            Opcode::RETURN_VALUE,
        ]
    );
    let code = compile_ok("def h(xs):\n    for x in xs:\n        pass\n");
    let h = find_code(&code, "h").unwrap();
    let ops = ops(&h);
    let fused = ops
        .iter()
        .position(|&op| op == Opcode::FOR_ITER_STORE_FAST)
        .unwrap();
    assert_eq!(ops[fused + 1], Opcode::STORE_FAST);
    let mut broken = (*g).clone();
    broken.instructions[1] = crate::bytecode::encode(Opcode::LOAD_CONST, 0);
    let error = verify(&broken).unwrap_err();
    assert!(error.contains("is not followed by LOAD_FAST"), "{error}");
}
