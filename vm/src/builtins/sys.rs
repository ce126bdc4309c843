//! The `sys` module, and the text streams behind `print`.
//!
//! `sys.stdout` and `sys.stderr` are TextIOWrapper instances whose builtin
//! data is the file descriptor (1 or 2). Writing to them goes to Rust's
//! buffered stdout (flushed before anything goes to stderr, at exit, and
//! when reading input) or to stderr; a replacement object assigned to
//! `sys.stdout` gets its `write` method called instead.

use std::io::Write;

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::attr::ValueExt;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Static, Vm};

use super::Methods;

pub const TEXTIO_METHODS: Methods = &[
    ("write", textio_write),
    ("flush", textio_flush),
    ("fileno", textio_fileno),
];

const SYS_FUNCTIONS: Methods = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("exc_info", exc_info),
    ("getsizeof", super::sizeof::getsizeof),
    ("intern", intern),
    ("_getframemodulename", getframemodulename),
    ("breakpointhook", breakpointhook),
];

fn new_stream(vm: &mut Vm, fd: i64) -> PyResult<Value> {
    let stream = vm.new_instance(vm.ty(TypeId::TextIO))?;
    vm.heap.set_field(
        stream.as_obj().expect("an instance"),
        field::INSTANCE::base,
        Value::small_int_const(fd),
    );
    vm.rooted(&[stream], |vm, base| {
        super::textio::set_stream_attributes(vm, vm.stack[base], fd)?;
        Ok(vm.stack[base])
    })
}

/// `sys.version_info`: a tuple whose items also have names (a struct
/// sequence in CPython).
const VERSION_INFO: &str = r#"
class version_info(tuple):
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


version_info.__module__ = "sys"
version_info = version_info((3, 11, 0, "final", 0))


def _flags():
    names = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
             "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
             "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
             "warn_default_encoding", "safe_path", "int_max_str_digits")
    values = (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False,
              _int_max_str_digits_flag)

    class flags(tuple):
        def __repr__(self):
            return "sys.flags(" + ", ".join(
                f"{n}={v!r}" for n, v in zip(names, self)) + ")"

    for i, n in enumerate(names):
        setattr(flags, n, property(lambda self, i=i: self[i]))
    flags.__module__ = "sys"
    return flags(values)


flags = _flags()
del _flags
"#;

pub fn install(vm: &mut Vm) -> PyResult<()> {
    let sys = crate::import::new_module(vm, "sys")?;
    vm.statics[Static::Sys as usize] = sys;
    let dict = vm
        .heap
        .field(sys.as_obj().expect("a module"), field::MODULE::dict);
    let stdout = new_stream(vm, 1)?;
    let stderr = new_stream(vm, 2)?;
    vm.statics[Static::StdoutObject as usize] = stdout;
    vm.statics[Static::StderrObject as usize] = stderr;
    let stdin = new_stream(vm, 0)?;
    let path = vm.new_list(&[])?;
    let argv = vm.new_list(&[])?;
    let implementation = crate::import::new_module(vm, "implementation")?;
    let impl_dict = vm.heap.field(
        implementation.as_obj().expect("a module"),
        field::MODULE::dict,
    );
    let impl_name = vm.new_str("minnow")?;
    let name_key = vm.intern_static("name")?;
    vm.dict_set(impl_dict, name_key, impl_name)?;
    let cache_key = vm.intern_static("cache_tag")?;
    vm.dict_set(impl_dict, cache_key, Value::NONE)?;
    use Fact::{Float, Int, Text};
    let float_info = namespace(
        vm,
        "float_info",
        &[
            ("max", Float(f64::MAX)),
            ("max_exp", Int(f64::MAX_EXP.into())),
            ("max_10_exp", Int(f64::MAX_10_EXP.into())),
            ("min", Float(f64::MIN_POSITIVE)),
            ("min_exp", Int(f64::MIN_EXP.into())),
            ("min_10_exp", Int(f64::MIN_10_EXP.into())),
            ("dig", Int(f64::DIGITS.into())),
            ("mant_dig", Int(f64::MANTISSA_DIGITS.into())),
            ("epsilon", Float(f64::EPSILON)),
            ("radix", Int(f64::RADIX.into())),
            ("rounds", Int(1)),
        ],
    )?;
    vm.stack.push(float_info);
    let int_info = namespace(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Int(30)),
            ("sizeof_digit", Int(4)),
            (
                "default_max_str_digits",
                Int(super::int::DEFAULT_MAX_STR_DIGITS as i128),
            ),
            (
                "str_digits_check_threshold",
                Int(super::int::MAX_STR_DIGITS_THRESHOLD as i128),
            ),
        ],
    )?;
    vm.stack.push(int_info);
    let hash_info = namespace(
        vm,
        "hash_info",
        &[
            ("width", Int(64)),
            ("modulus", Int((1 << 61) - 1)),
            ("inf", Int(314_159)),
            ("nan", Int(0)),
            ("imag", Int(1_000_003)),
            ("algorithm", Text("siphash13")),
            ("hash_bits", Int(64)),
            ("seed_bits", Int(128)),
            ("cutoff", Int(0)),
        ],
    )?;
    let int_info = vm.stack.pop().expect("pushed above");
    let float_info = vm.stack.pop().expect("pushed above");
    let modules = vm.stat(Static::Modules);
    let entries: Vec<(&str, Value)> = vec![
        ("float_info", float_info),
        ("int_info", int_info),
        ("hash_info", hash_info),
        ("maxunicode", Value::small_int_const(0x10_FFFF)),
        ("stdout", stdout),
        ("stderr", stderr),
        ("stdin", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("path", path),
        ("argv", argv),
        ("modules", modules),
        ("maxsize", vm.new_int_i128(i64::MAX as i128)?),
        (
            "byteorder",
            vm.new_str(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            })?,
        ),
        ("platform", vm.new_str(std::env::consts::OS)?),
        ("version", vm.new_str("3.11.0 (minnow)")?),
        (
            "executable",
            vm.new_str(
                &std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            )?,
        ),
        ("implementation", implementation),
    ];
    for (name, value) in entries {
        let key = vm.intern(name)?;
        vm.dict_set(dict, key, value)?;
    }
    for &(name, func) in SYS_FUNCTIONS {
        let f = vm.module_function(name, func)?;
        let key = vm.intern(name)?;
        vm.dict_set(dict, key, f)?;
    }
    let key = vm.intern_static("__breakpointhook__")?;
    let hook = sys_attr(vm, "breakpointhook").expect("installed above");
    vm.dict_set(dict, key, hook)?;
    let hook = vm.module_function("excepthook", excepthook)?;
    vm.statics[Static::Excepthook as usize] = hook;
    for name in ["excepthook", "__excepthook__"] {
        let key = vm.intern(name)?;
        vm.dict_set(dict, key, hook)?;
    }
    let name = vm.intern_static("sys")?;
    vm.dict_set(modules, name, sys)?;
    let builtins_name = vm.intern_static("builtins")?;
    let builtins = vm.stat(Static::Builtins);
    vm.dict_set(modules, builtins_name, builtins)?;
    Ok(())
}

/// The attributes `VERSION_INFO` defines.
const LAZY_ATTRIBUTES: [&str; 2] = ["version_info", "flags"];

/// `sys.version_info` or `sys.flags` looked up for the first time: their
/// Python source runs then (`make_lazy_attributes`) rather than at
/// start-up, where compiling and running it made a third of an empty
/// program's code and tables resident. `None` for other names.
pub fn lazy_attribute(vm: &mut Vm, name: Value) -> PyResult<Option<Value>> {
    if vm.sys_lazy_attributes_made || !LAZY_ATTRIBUTES.contains(&vm.str_text(name)) {
        return Ok(None);
    }
    vm.rooted(&[name], |vm, base| {
        make_lazy_attributes(vm)?;
        let dict = crate::import::module_dict(vm, vm.stat(Static::Sys));
        vm.dict_get(dict, vm.stack[base])
    })
}

/// Enters those of `LAZY_ATTRIBUTES` the sys module lacks in it, once.
/// The source runs in a namespace of its own, so that it neither replaces
/// what a program stored in sys first nor adds `__builtins__` to sys.
fn make_lazy_attributes(vm: &mut Vm) -> PyResult<()> {
    let namespace = vm.new_dict()?;
    vm.rooted(&[namespace], |vm, base| {
        let key = vm.intern_static("__name__")?;
        let module_name = vm.intern_static("sys")?;
        vm.dict_set(vm.stack[base], key, module_name)?;
        let key = vm.intern_static("_int_max_str_digits_flag")?;
        let flag = vm.new_int_i128(vm.int_max_str_digits_flag as i128)?;
        vm.dict_set(vm.stack[base], key, flag)?;
        let code =
            crate::import::compile_source(vm, VERSION_INFO, "<sys>", crate::compiler::Mode::Exec)?;
        crate::import::run_code(vm, code, vm.stack[base], vm.stack[base])?;
        for attr in LAZY_ATTRIBUTES {
            let sys_dict = crate::import::module_dict(vm, vm.stat(Static::Sys));
            if super::dict_get_str(vm, sys_dict, attr).is_some() {
                continue;
            }
            let value = super::dict_get_str(vm, vm.stack[base], attr)
                .expect("VERSION_INFO defines each lazy attribute");
            let key = vm.intern(attr)?;
            vm.dict_set(sys_dict, key, value)?;
        }
        vm.sys_lazy_attributes_made = true;
        Ok(())
    })
}

/// `obj`, after `sys.version_info` and `sys.flags` were made if `obj` is the
/// sys module and its dict is about to be seen whole (`vars`, `dir`,
/// `__dict__`). Making them runs Python code, which may move objects: the
/// caller uses the returned value, not the one it passed.
pub fn with_lazy_attributes(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if vm.sys_lazy_attributes_made || obj != vm.stat(Static::Sys) {
        return Ok(obj);
    }
    make_lazy_attributes(vm)?;
    Ok(vm.stat(Static::Sys))
}

/// `sys.excepthook(type, value, traceback)`: prints `value` with its
/// traceback to `sys.stderr`, as an uncaught exception is printed.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !vm.keywords(args).is_empty() {
        return Err(vm.type_error("excepthook() takes no keyword arguments"));
    }
    let given = vm.positional(args).to_vec();
    if given.len() != 3 {
        let msg = format!("excepthook expected 3 arguments, got {}", given.len());
        return Err(vm.type_error(&msg));
    }
    let value = given[1];
    let text = if vm.is_exception_instance(value) {
        crate::traceback::format_exception(vm, value)
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name_of(value)
        )
    };
    write_stderr(vm, &text)?;
    Ok(Value::NONE)
}

/// `sys.breakpointhook(*args, **kwargs)`: calls the callable that
/// `$PYTHONBREAKPOINT` names (`module.attribute`, or a builtin's name;
/// `pdb.set_trace` when unset or empty; nothing for `0`) with the
/// arguments. A name that does not import is warned about and ignored.
fn breakpointhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let setting = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    let path = match setting.as_str() {
        "" => "pdb.set_trace",
        "0" => return Ok(Value::NONE),
        other => other,
    };
    let (module, attribute) = path.rsplit_once('.').unwrap_or(("builtins", path));
    let hook = if module.split('.').any(str::is_empty) {
        None
    } else {
        match crate::import::import_module(vm, module) {
            Ok(m) => {
                let name = vm.new_str(attribute)?;
                vm.getattr(m, name).map(Some)
            }
            Err(e) => Err(e),
        }
        .or_else(|e| {
            if vm.exception_matches(TypeId::ImportError)
                || vm.exception_matches(TypeId::AttributeError)
            {
                vm.take_exception();
                Ok(None)
            } else {
                Err(e)
            }
        })?
    };
    let Some(hook) = hook else {
        let msg = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{path}\"");
        vm.warn(TypeId::RuntimeWarning, &msg)?;
        return Ok(Value::NONE);
    };
    let given = vm.stack[args.base..args.base + args.count].to_vec();
    vm.call_kw(hook, &given, args.kwnames)
}

/// Writes `text` to `sys.stderr`, or straight to the process's stderr when
/// sys has none.
pub fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    match sys_attr(vm, "stderr").filter(|&f| f != Value::NONE) {
        Some(file) => write_to(vm, file, text),
        None => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(text.as_bytes());
            Ok(())
        }
    }
}

/// An attribute of the sys module (None if missing).
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.stat(Static::Sys);
    let dict = vm.heap.field(sys.as_obj()?, field::MODULE::dict);
    super::dict_get_str(vm, dict, name)
}

/// The file descriptor of one of our own streams, if `v` is one.
fn stream_fd(vm: &Vm, v: Value) -> Option<i64> {
    let o = vm.obj_of(v, layout::INSTANCE)?;
    if vm.heap.field(o, field::INSTANCE::class) != vm.ty(TypeId::TextIO) {
        return None;
    }
    vm.heap.field(o, field::INSTANCE::base).as_small_int()
}

/// Whether `v` is one of the interpreter's own streams (not a replacement).
pub fn is_std_stream(vm: &Vm, v: Value) -> bool {
    stream_fd(vm, v).is_some()
}

/// The current `sys.stdout`.
pub fn current_stdout(vm: &mut Vm) -> PyResult<Value> {
    match sys_attr(vm, "stdout") {
        Some(f) => Ok(f),
        None => Err(vm.raise_msg(TypeId::RuntimeError, "lost sys.stdout")),
    }
}

/// Writes `text` to `file` (EMPTY: the current `sys.stdout`).
pub fn write_to(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    let file = if file.is_empty() {
        current_stdout(vm)?
    } else {
        file
    };
    match stream_fd(vm, file) {
        Some(1) => {
            if vm.stdout.write_all(text.as_bytes()).is_err() {
                return Err(vm.raise_msg(TypeId::OSError, "write to stdout failed"));
            }
            Ok(())
        }
        Some(2) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(text.as_bytes());
            Ok(())
        }
        _ => {
            let s = vm.new_str(text)?;
            vm.call_method(file, "write", &[s])?;
            Ok(())
        }
    }
}

fn textio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, [s]) = vm.method_args::<1>(args, "write")?;
    if !vm.is_layout(s, layout::STR) {
        let msg = format!("write() argument must be str, not {}", vm.type_name_of(s));
        return Err(vm.type_error(&msg));
    }
    let text = vm.str_text(s).to_string();
    match stream_fd(vm, stream) {
        Some(fd @ (1 | 2)) => {
            let target = if fd == 1 {
                stream
            } else {
                vm.stat(Static::StderrObject)
            };
            write_to(vm, target, &text)?;
        }
        _ => return Err(vm.raise_msg(TypeId::OSError, "not writable")),
    }
    Ok(Value::small_int_const(text.chars().count() as i64))
}

fn textio_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, []) = vm.method_args::<0>(args, "flush")?;
    if stream_fd(vm, stream) == Some(1) {
        vm.flush_stdout();
    }
    Ok(Value::NONE)
}

fn textio_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, []) = vm.method_args::<0>(args, "fileno")?;
    Ok(Value::small_int_const(stream_fd(vm, stream).unwrap_or(-1)))
}

pub fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [code] = vm.range_args::<1>(args, 0, "exit")?;
    // As CPython's PyErr_SetObject: a None status makes an exception
    // without args.
    let args: Vec<Value> = if code.is_none_or_empty() {
        vec![]
    } else if vm.is_layout(code, layout::TUPLE) {
        vm.tuple_items(code)
    } else {
        vec![code]
    };
    let exc = vm.call(vm.ty(TypeId::SystemExit), &args)?;
    Err(vm.raise(exc))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::small_int_const(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = vm.exact_args::<1>(args, "setrecursionlimit")?;
    let n = vm.as_index(n)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() as i64;
    if n <= depth {
        let msg = format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        );
        return Err(vm.raise_msg(TypeId::RecursionError, &msg));
    }
    vm.recursion_limit = n.min(1_000_000) as usize;
    Ok(Value::NONE)
}

fn get_int_max_str_digits(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::small_int_const(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [keyword]) =
        vm.args_with_keywords(args, "set_int_max_str_digits", ["maxdigits"])?;
    let n = match (positional.as_slice(), keyword.as_ref()) {
        ([n], None) | ([], Some(n)) => *n,
        ([], None) => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
        _ => {
            let msg = format!(
                "set_int_max_str_digits() takes at most 1 argument ({} given)",
                positional.len() + keyword.is_some() as usize
            );
            return Err(vm.type_error(&msg));
        }
    };
    let n = vm.as_index(n)?;
    vm.int_max_str_digits = super::int::valid_max_str_digits(n)
        .ok_or_else(|| vm.value_error("maxdigits must be 0 or larger than 640"))?;
    Ok(Value::NONE)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let exc = vm.handled_exception();
    if !exc.is_ptr() {
        return vm.new_tuple(&[Value::NONE, Value::NONE, Value::NONE]);
    }
    let ty = vm.type_of(exc);
    let tb = vm.exception_field(exc, minnow_objects::field::EXCEPTION::traceback);
    vm.new_tuple(&[ty, exc, tb])
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s] = vm.exact_args::<1>(args, "intern")?;
    if !vm.is_layout(s, layout::STR) {
        let msg = format!("intern() argument must be str, not {}", vm.type_name_of(s));
        return Err(vm.type_error(&msg));
    }
    let text = vm.str_text(s).to_string();
    vm.intern(&text)
}

/// `sys._getframemodulename(depth=0)` (CPython 3.12's): the `__name__` of
/// the module whose code runs `depth` frames up the stack, or None.
fn getframemodulename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [depth] = vm.range_args::<1>(args, 0, "_getframemodulename")?;
    let depth = if depth.is_empty() {
        0
    } else {
        vm.as_index(depth)?
    };
    if depth < 0 {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let name = vm
        .frames
        .len()
        .checked_sub(1 + depth as usize)
        .and_then(|i| super::dict_get_str(vm, vm.frames[i].globals, "__name__"));
    Ok(name.unwrap_or(Value::NONE))
}

/// A value of `sys.float_info` and the like, made when stored.
enum Fact {
    Int(i128),
    Float(f64),
    Text(&'static str),
}

/// An object holding the given read-only facts as attributes
/// (`sys.float_info`, `sys.hash_info`, ...).
fn namespace(vm: &mut Vm, name: &str, facts: &[(&str, Fact)]) -> PyResult<Value> {
    let ns = crate::import::new_module(vm, name)?;
    let base = vm.stack.len();
    vm.stack.push(ns);
    let result = (|| {
        for (key, fact) in facts {
            let key = vm.intern(key)?;
            vm.stack.push(key);
            let value = match fact {
                Fact::Int(i) => vm.new_int_i128(*i)?,
                Fact::Float(f) => vm.new_float(*f)?,
                Fact::Text(t) => vm.new_str(t)?,
            };
            let key = vm.stack.pop().expect("pushed above");
            let dict = vm.heap.field(
                vm.stack[base].as_obj().expect("a module"),
                field::MODULE::dict,
            );
            vm.dict_set(dict, key, value)?;
        }
        Ok(vm.stack[base])
    })();
    vm.stack.truncate(base);
    result
}
