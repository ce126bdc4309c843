//! BaseException and its subclasses' attributes and methods.

use minnow_heap::Value;
use minnow_objects::{field::EXCEPTION as F, layout};

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const EXCEPTION_METHODS: Methods = &[
    ("__new__", exception_new),
    ("__init__", exception_init),
    ("__str__", exception_str),
    ("__repr__", exception_repr),
    ("with_traceback", with_traceback),
    ("add_note", add_note),
    ("__reduce__", exception_reduce),
    ("__setstate__", exception_setstate),
];

fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let mut class = given[0];
    if !vm.is_exception_class(class) {
        return Err(vm.type_error("BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    if class == vm.ty(TypeId::OSError) && (3..=6).contains(&given.len()) {
        if let Some(sub) = vm.small_of(given[1]).and_then(os_error_subclass) {
            class = vm.ty(sub);
        }
    }
    vm.new_exception(class, &given[1..])
}

/// The OSError subclass `OSError(errno, ...)` makes for an errno.
fn os_error_subclass(errno: i64) -> Option<TypeId> {
    Some(match errno {
        1 | 13 => TypeId::PermissionError,
        2 => TypeId::FileNotFoundError,
        3 => TypeId::ProcessLookupError,
        4 => TypeId::InterruptedError,
        10 => TypeId::ChildProcessError,
        11 | 114 | 115 => TypeId::BlockingIOError,
        32 | 108 => TypeId::BrokenPipeError,
        103 => TypeId::ConnectionAbortedError,
        104 => TypeId::ConnectionResetError,
        110 => TypeId::TimeoutError,
        111 => TypeId::ConnectionRefusedError,
        17 => TypeId::FileExistsError,
        20 => TypeId::NotADirectoryError,
        21 => TypeId::IsADirectoryError,
        _ => return None,
    })
}

/// The attributes an exception class takes as keyword arguments (and keeps
/// in the instance dict).
fn keyword_attributes(vm: &Vm, exc: Value) -> &'static [&'static str] {
    if vm.isinstance_id(exc, TypeId::ImportError) {
        &["name", "path"]
    } else if vm.isinstance_id(exc, TypeId::AttributeError) {
        &["name", "obj"]
    } else if vm.isinstance_id(exc, TypeId::NameError) {
        &["name"]
    } else {
        &[]
    }
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let exc = given[0];
    if !vm.is_exception_instance(exc) {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    }
    let accepted = keyword_attributes(vm, exc);
    let keywords = vm.keywords(args);
    if !keywords.is_empty() && accepted.is_empty() && !vm.is_user_instance(exc) {
        let msg = format!("{}() takes no keyword arguments", vm.type_name_of(exc));
        return Err(vm.type_error(&msg));
    }
    if accepted.len() == 1 && keywords.len() > 1 {
        let msg = format!(
            "{}() takes at most 1 keyword argument ({} given)",
            vm.type_name_of(exc),
            keywords.len()
        );
        return Err(vm.type_error(&msg));
    }
    let t = vm.new_tuple(&given[1..])?;
    vm.set_exception_field(exc, F::args, t);
    post_init(vm, exc)?;
    for (name, value) in keywords {
        if accepted.is_empty() {
            break;
        }
        if !accepted.contains(&name.as_str()) {
            let msg = format!(
                "'{name}' is an invalid keyword argument for {}()",
                vm.type_name_of(exc)
            );
            return Err(vm.type_error(&msg));
        }
        let d = vm.instance_dict(exc, true)?.expect("exceptions have dicts");
        let key = vm.intern(&name)?;
        vm.dict_set(d, key, value)?;
    }
    Ok(Value::NONE)
}

/// Sets the attributes some exception classes derive from their args.
pub fn post_init(vm: &mut Vm, exc: Value) -> PyResult<()> {
    // One walk of the class's MRO says which of these it derives from;
    // most exceptions derive from none and are done.
    const DERIVING: [TypeId; 7] = [
        TypeId::StopIteration,
        TypeId::SystemExit,
        TypeId::OSError,
        TypeId::UnicodeDecodeError,
        TypeId::UnicodeEncodeError,
        TypeId::SyntaxError,
        TypeId::ImportError,
    ];
    let class = vm.type_of(exc);
    let mro = crate::runtime::types::type_field(vm, class, minnow_objects::field::TYPE::mro);
    let mut derives = [false; DERIVING.len()];
    for &c in vm.heap.fields(mro.as_obj().expect("a tuple")) {
        for (i, &id) in DERIVING.iter().enumerate() {
            derives[i] |= c == vm.ty(id);
        }
    }
    if !derives.contains(&true) {
        return Ok(());
    }
    let is = |id: TypeId| derives[DERIVING.iter().position(|&d| d == id).expect("listed")];
    let args = vm.tuple_items(vm.exception_field(exc, F::args));
    let set = |vm: &mut Vm, name: &str, v: Value| -> PyResult<()> {
        let d = vm.instance_dict(exc, true)?.expect("exceptions have dicts");
        let key = vm.intern(name)?;
        vm.dict_set(d, key, v)
    };
    if is(TypeId::StopIteration) {
        set(vm, "value", args.first().copied().unwrap_or(Value::NONE))?;
    } else if is(TypeId::SystemExit) {
        let code = match args.len() {
            0 => Value::NONE,
            1 => args[0],
            _ => vm.new_tuple(&args)?,
        };
        set(vm, "code", code)?;
    } else if is(TypeId::OSError) {
        let (errno, strerror) = if args.len() >= 2 {
            (args[0], args[1])
        } else {
            (Value::NONE, Value::NONE)
        };
        set(vm, "errno", errno)?;
        set(vm, "strerror", strerror)?;
        set(vm, "filename", args.get(2).copied().unwrap_or(Value::NONE))?;
        set(vm, "filename2", args.get(4).copied().unwrap_or(Value::NONE))?;
        // With file names, args keeps only (errno, strerror), as CPython's.
        if (3..=5).contains(&args.len()) {
            let pair = vm.new_tuple(&args[..2])?;
            vm.set_exception_field(exc, F::args, pair);
        }
    } else if is(TypeId::UnicodeDecodeError) || is(TypeId::UnicodeEncodeError) {
        if args.len() == 5 {
            for (name, v) in ["encoding", "object", "start", "end", "reason"]
                .into_iter()
                .zip(args)
            {
                set(vm, name, v)?;
            }
        }
    } else if is(TypeId::SyntaxError) {
        set(vm, "msg", args.first().copied().unwrap_or(Value::NONE))?;
        let details = match args.get(1) {
            Some(&d) if args.len() == 2 && vm.is_layout(d, layout::TUPLE) => vm.tuple_items(d),
            _ => Vec::new(),
        };
        if args.len() == 2 && !(4..=6).contains(&details.len()) {
            return Err(vm.raise_msg(TypeId::IndexError, "tuple index out of range"));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, name) in names.into_iter().enumerate() {
            set(vm, name, details.get(i).copied().unwrap_or(Value::NONE))?;
        }
        set(vm, "print_file_and_line", Value::NONE)?;
    } else if is(TypeId::ImportError) {
        set(vm, "name", Value::NONE)?;
        set(vm, "path", Value::NONE)?;
        set(vm, "msg", args.first().copied().unwrap_or(Value::NONE))?;
    }
    Ok(())
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, []) = vm.method_args::<0>(args, "__str__")?;
    let text = vm.exception_str(exc)?;
    vm.new_str(&text)
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, []) = vm.method_args::<0>(args, "__repr__")?;
    let text = vm.repr_string(exc)?;
    vm.new_str(&text)
}

/// `(type(exc), exc.args)`, and the instance dict as the state when it
/// holds anything CPython keeps there (ImportError's `name` and `path` when
/// set; not its `msg`, nor NameError's or AttributeError's context).
fn exception_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, []) = vm.method_args::<0>(args, "__reduce__")?;
    let class = vm.type_of(exc);
    let exc_args = vm.exception_field(exc, F::args);
    let mut state = Vec::new();
    if let Some(d) = vm.instance_dict(exc, false)? {
        let import_error = vm.isinstance_id(exc, TypeId::ImportError);
        let keyword = keyword_attributes(vm, exc);
        for (k, v) in minnow_objects::dict::items(&vm.heap, d.as_obj().expect("a dict")) {
            let key = vm.is_layout(k, layout::STR).then(|| vm.str_text(k));
            let is_keyword = key.is_some_and(|k| keyword.contains(&k));
            // ImportError's state has its name and path when set, never its
            // msg; the others leave their keyword attributes out.
            let hidden = if import_error {
                key == Some("msg") || (is_keyword && v == Value::NONE)
            } else {
                is_keyword
            };
            if !hidden {
                state.push((k, v));
            }
        }
    }
    if state.is_empty() {
        return vm.new_tuple(&[class, exc_args]);
    }
    let d = vm.new_dict()?;
    let mut roots = vec![class, exc_args, d];
    for (k, v) in state {
        roots.extend([k, v]);
    }
    // A key's `__hash__` may collect: every value is read from its root.
    vm.rooted(&roots, |vm, base| {
        for i in (3..roots.len()).step_by(2) {
            vm.dict_set(
                vm.stack[base + 2],
                vm.stack[base + i],
                vm.stack[base + i + 1],
            )?;
        }
        let items = [vm.stack[base], vm.stack[base + 1], vm.stack[base + 2]];
        vm.new_tuple(&items)
    })
}

/// `exc.__setstate__(state)`: each item of a dict state becomes an
/// attribute.
fn exception_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, [state]) = vm.method_args::<1>(args, "__setstate__")?;
    if state == Value::NONE {
        return Ok(Value::NONE);
    }
    let Some(d) = vm.obj_of(state, layout::DICT) else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let mut roots = vec![exc];
    for (k, v) in minnow_objects::dict::items(&vm.heap, d) {
        roots.extend([k, v]);
    }
    // Setters may run Python code: every pair is read from its root.
    vm.rooted(&roots, |vm, root| {
        for i in (1..roots.len()).step_by(2) {
            let key = super::functions::attr_name(vm, vm.stack[root + i])?;
            let (exc, value) = (vm.stack[root], vm.stack[root + i + 1]);
            vm.setattr(exc, key, value)?;
        }
        Ok(Value::NONE)
    })
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, [tb]) = vm.method_args::<1>(args, "with_traceback")?;
    check_traceback(vm, tb)?;
    vm.set_exception_field(exc, F::traceback, tb);
    Ok(exc)
}

fn check_traceback(vm: &mut Vm, tb: Value) -> PyResult<()> {
    if tb == Value::NONE || vm.is_layout(tb, layout::TRACEBACK) {
        return Ok(());
    }
    Err(vm.type_error("__traceback__ must be a traceback or None"))
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, [note]) = vm.method_args::<1>(args, "add_note")?;
    if !vm.is_layout(note, layout::STR) {
        let msg = format!("note must be a str, not '{}'", vm.type_name_of(note));
        return Err(vm.type_error(&msg));
    }
    let mut notes = vm.exception_field(exc, F::notes);
    if notes.is_empty() {
        notes = vm.new_list(&[])?;
        vm.set_exception_field(exc, F::notes, notes);
    } else if !vm.is_layout(notes, layout::LIST) {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    let r = minnow_objects::list::push(&mut vm.heap, notes.as_obj().expect("a list"), note);
    vm.heap_ok(r)?;
    Ok(Value::NONE)
}

/// Attributes of exceptions stored in their fixed fields.
pub fn exception_attribute(vm: &mut Vm, exc: Value, name: &str) -> PyResult<Option<Value>> {
    let v = match name {
        "args" => vm.exception_field(exc, F::args),
        "__traceback__" => vm.exception_field(exc, F::traceback),
        "__cause__" => vm.exception_field(exc, F::cause),
        "__context__" => vm.exception_field(exc, F::context),
        "__suppress_context__" => vm.exception_field(exc, F::suppress_context),
        "__notes__" => {
            let n = vm.exception_field(exc, F::notes);
            if n.is_empty() {
                return Ok(None);
            }
            n
        }
        "__dict__" => return vm.instance_dict(exc, true),
        // Set in the instance dict when known.
        "name" | "path" if vm.isinstance_id(exc, TypeId::ImportError) => Value::NONE,
        // Unset is told apart from None: the uncaught-exception printer
        // suggests names only for an AttributeError that has its object.
        "name" if vm.isinstance_id(exc, TypeId::NameError) => Value::NONE,
        "name" | "obj" if vm.isinstance_id(exc, TypeId::AttributeError) => Value::NONE,
        _ => return Ok(None),
    };
    Ok(Some(v))
}

pub fn set_exception_attribute(
    vm: &mut Vm,
    exc: Value,
    name: &str,
    value: Value,
) -> PyResult<bool> {
    let index = match name {
        "args" => {
            // Iterating the value may collect, moving the exception.
            return vm.rooted(&[exc], |vm, base| {
                let items = super::functions::collect(vm, value)?;
                let t = vm.new_tuple(&items)?;
                vm.set_exception_field(vm.stack[base], F::args, t);
                Ok(true)
            });
        }
        "__traceback__" => {
            check_traceback(vm, value)?;
            F::traceback
        }
        "__cause__" => {
            if value != Value::NONE && !vm.is_exception_instance(value) {
                return Err(
                    vm.type_error("exception cause must be None or derive from BaseException")
                );
            }
            vm.set_exception_field(exc, F::suppress_context, Value::TRUE);
            F::cause
        }
        "__context__" => {
            if value != Value::NONE && !vm.is_exception_instance(value) {
                return Err(
                    vm.type_error("exception context must be None or derive from BaseException")
                );
            }
            F::context
        }
        "__suppress_context__" => F::suppress_context,
        "__notes__" => F::notes,
        _ => return Ok(false),
    };
    vm.set_exception_field(exc, index, value);
    Ok(true)
}

/// `str()` of the exceptions whose text is built from their attributes
/// (OSError with an errno, UnicodeDecodeError/UnicodeEncodeError);
/// `None` for the others.
pub fn attribute_str(vm: &mut Vm, exc: Value) -> PyResult<Option<String>> {
    let Some(d) = vm.instance_dict(exc, false)? else {
        return Ok(None);
    };
    let attr = |vm: &Vm, name: &str| super::dict_get_str(vm, d, name);
    if vm.isinstance_id(exc, TypeId::OSError) {
        let (Some(errno), Some(strerror)) = (attr(vm, "errno"), attr(vm, "strerror")) else {
            return Ok(None);
        };
        if errno == Value::NONE || strerror == Value::NONE {
            return Ok(None);
        }
        let filename = attr(vm, "filename").filter(|&f| f != Value::NONE);
        let filename2 = attr(vm, "filename2").filter(|&f| f != Value::NONE);
        let base = vm.stack.len();
        vm.stack.extend_from_slice(&[
            errno,
            strerror,
            filename.unwrap_or(Value::NONE),
            filename2.unwrap_or(Value::NONE),
        ]);
        let text = (|| {
            let errno = vm.str_string(vm.stack[base])?;
            let strerror = vm.str_string(vm.stack[base + 1])?;
            Ok(match (filename, filename2) {
                (Some(_), Some(_)) => {
                    let f = vm.repr_string(vm.stack[base + 2])?;
                    let f2 = vm.repr_string(vm.stack[base + 3])?;
                    format!("[Errno {errno}] {strerror}: {f} -> {f2}")
                }
                (Some(_), None) => {
                    let f = vm.repr_string(vm.stack[base + 2])?;
                    format!("[Errno {errno}] {strerror}: {f}")
                }
                _ => format!("[Errno {errno}] {strerror}"),
            })
        })();
        vm.stack.truncate(base);
        return text.map(Some);
    }
    if vm.isinstance_id(exc, TypeId::SyntaxError) {
        return syntax_error_str(vm, d);
    }
    let decode = vm.isinstance_id(exc, TypeId::UnicodeDecodeError);
    if !decode && !vm.isinstance_id(exc, TypeId::UnicodeEncodeError) {
        return Ok(None);
    }
    let fields = ["encoding", "object", "start", "end", "reason"].map(|n| attr(vm, n));
    let [Some(encoding), Some(object), Some(start), Some(end), Some(reason)] = fields else {
        return Ok(None);
    };
    let (Some(start), Some(end)) = (vm.small_of(start), vm.small_of(end)) else {
        return Ok(None);
    };
    if !vm.is_layout(encoding, layout::STR) || !vm.is_layout(reason, layout::STR) {
        return Ok(None);
    }
    let (encoding, reason) = (vm.str_text(encoding), vm.str_text(reason));
    let single = end == start + 1;
    let text = if decode {
        let byte = if vm.is_layout(object, layout::BYTES) {
            super::bytes::bytes_of(vm, object)
                .get(start as usize)
                .copied()
        } else {
            None
        };
        match byte {
            Some(b) if single => format!(
                "'{encoding}' codec can't decode byte {b:#04x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        let ch = if vm.is_layout(object, layout::STR) {
            vm.str_text(object).chars().nth(start as usize)
        } else {
            None
        };
        match ch {
            Some(c) if single => {
                let c = c as u32;
                let escaped = if c <= 0xff {
                    format!("\\x{c:02x}")
                } else if c <= 0xffff {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!(
                    "'{encoding}' codec can't encode character '{escaped}' in position {start}: {reason}"
                )
            }
            _ => format!(
                "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(Some(text))
}

/// `str()` of a SyntaxError: its message, then the file's base name and
/// the line in parentheses, as far as they are known.
fn syntax_error_str(vm: &mut Vm, d: Value) -> PyResult<Option<String>> {
    let Some(msg) = super::dict_get_str(vm, d, "msg") else {
        return Ok(None);
    };
    let filename = super::dict_get_str(vm, d, "filename")
        .filter(|f| vm.is_layout(*f, layout::STR))
        .map(|f| {
            let path = vm.str_text(f);
            path.rsplit('/').next().unwrap_or(path).to_string()
        });
    let line = super::dict_get_str(vm, d, "lineno")
        .filter(|l| vm.is_int(*l) && !l.is_float())
        .and_then(|l| vm.small_of(l));
    let msg = vm.str_string(msg)?;
    Ok(Some(match (filename, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}
