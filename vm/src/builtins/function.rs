//! Functions and the objects built around them: `__build_class__`,
//! property, staticmethod, classmethod, super, and generator methods.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::attr::ValueExt;
use crate::runtime::natives::Args;
use crate::runtime::types::{type_field, TypeId};
use crate::runtime::{FrameExit, PyResult, Vm};

use super::Methods;

pub const GENERATOR_METHODS: Methods = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", gen_iter),
];

pub const PROPERTY_METHODS: Methods = &[
    ("__new__", property_new),
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
    ("__get__", property_get),
    ("__set_name__", property_set_name),
];

pub const FUNCTION_METHODS: Methods = &[
    ("__new__", function_new),
    ("__get__", function_get),
    ("__call__", call_self),
];

/// `function(code, globals, name=None, argdefs=None, closure=None)`, with
/// CPython's checks and messages.
fn function_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    let (positional, keywords) = vm.args_with_keywords(args, "function", NAMES)?;
    super::str::at_most(vm, positional.len() - 1, 5, "function")?;
    let mut given = [None; 5];
    for (i, slot) in given.iter_mut().enumerate() {
        *slot = positional.get(i + 1).copied().or(keywords[i]);
    }
    for (i, required) in [(0, "code"), (1, "globals")] {
        if given[i].is_none() {
            let msg = format!(
                "function() missing required argument '{required}' (pos {})",
                i + 1
            );
            return Err(vm.type_error(&msg));
        }
    }
    let [Some(code), Some(globals), name, defaults, closure] = given else {
        unreachable!("code and globals checked above");
    };
    let (name, defaults, closure) = (
        name.unwrap_or(Value::NONE),
        defaults.unwrap_or(Value::NONE),
        closure.unwrap_or(Value::NONE),
    );
    for (value, expected, what, type_name) in [
        (code, layout::CODE, "code", "code"),
        (globals, layout::DICT, "globals", "dict"),
    ] {
        if !vm.is_layout(value, expected) {
            let msg = format!(
                "function() argument '{what}' must be {type_name}, not {}",
                vm.argument_type_name(value)
            );
            return Err(vm.type_error(&msg));
        }
    }
    if name != Value::NONE && !vm.is_subtype(vm.type_of(name), vm.ty(TypeId::Str)) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    if defaults != Value::NONE && !vm.is_layout(defaults, layout::TUPLE) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let compiled = vm.code_of(code);
    let is_tuple = vm.is_layout(closure, layout::TUPLE);
    if !is_tuple && closure == Value::NONE && !compiled.freevars.is_empty() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if !is_tuple && closure != Value::NONE {
        return Err(vm.type_error("arg 5 (closure) must be None or tuple"));
    }
    let cells = if is_tuple {
        vm.tuple_items(closure)
    } else {
        Vec::new()
    };
    if cells.len() != compiled.freevars.len() {
        let msg = format!(
            "{} requires closure of length {}, not {}",
            compiled.name,
            compiled.freevars.len(),
            cells.len()
        );
        return Err(vm.raise_msg(TypeId::ValueError, &msg));
    }
    if let Some(&bad) = cells.iter().find(|&&c| !vm.is_layout(c, layout::CELL)) {
        let msg = format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name_of(bad)
        );
        return Err(vm.type_error(&msg));
    }
    let f = make_function(
        vm,
        code,
        globals,
        if defaults == Value::NONE {
            Value::EMPTY
        } else {
            defaults
        },
        Value::EMPTY,
        Value::EMPTY,
        if cells.is_empty() {
            Value::EMPTY
        } else {
            closure
        },
    )?;
    let obj = f.as_obj().expect("a function");
    if name != Value::NONE {
        vm.heap.set_field(obj, field::FUNCTION::name, name);
    }
    // Globals without `__builtins__`: the function keeps the builtins of
    // the code creating it (bpo-42990), as CPython does.
    if super::dict_get_str(vm, globals, "__builtins__").is_none() {
        if let Some(fi) = vm.frames.len().checked_sub(1) {
            let builtins = vm.frame_builtins(fi);
            vm.heap.set_field(obj, field::FUNCTION::builtins, builtins);
        }
    }
    Ok(f)
}

/// `__call__` of the callable builtin types (functions, builtins, methods).
pub const CALLABLE_METHODS: Methods = &[("__call__", call_self)];

pub const CELL_METHODS: Methods = &[("__new__", cell_new)];

pub const METHOD_METHODS: Methods = &[("__new__", method_new), ("__call__", call_self)];

/// `f.__call__(*args, **kwargs)`: calls `f`.
fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.count == vm.kw_count(args) {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let callable = vm.stack[args.base];
    let rest = vm.stack[args.base + 1..args.base + args.count].to_vec();
    vm.call_kw(callable, &rest, args.kwnames)
}

pub const STATICMETHOD_METHODS: Methods =
    &[("__new__", staticmethod_new), ("__get__", staticmethod_get)];

pub const CLASSMETHOD_METHODS: Methods =
    &[("__new__", classmethod_new), ("__get__", classmethod_get)];

pub const SUPER_METHODS: Methods = &[
    ("__new__", super_new),
    ("__getattribute__", super_getattribute),
];

/// `MAKE_FUNCTION`: a function over `code` in `globals`.
pub fn make_function(
    vm: &mut Vm,
    code: Value,
    globals: Value,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) -> PyResult<Value> {
    let compiled = vm.code_of(code);
    let name = vm.intern(&compiled.name)?;
    let qualname = vm.new_str(&compiled.qualname)?;
    let consts = vm
        .heap
        .field(code.as_obj().expect("a code object"), field::CODE::consts);
    let first = vm
        .heap
        .fields(consts.as_obj().expect("a tuple"))
        .first()
        .copied();
    let doc = match first {
        Some(d)
            if vm.is_layout(d, layout::STR)
                && compiled.flags & crate::code::code_flags::OPTIMIZED != 0 =>
        {
            d
        }
        _ => Value::NONE,
    };
    let module = super::dict_get_str(vm, globals, "__name__").unwrap_or(Value::NONE);
    // As in CPython 3.11, a function keeps the builtins of its creation:
    // replacing `__builtins__` in its globals later does not change them.
    let builtins = vm.builtins_for(globals);
    let f = vm.alloc(layout::FUNCTION, field::FUNCTION::COUNT)?;
    let h = &mut vm.heap;
    h.set_field(f, field::FUNCTION::code, code);
    h.set_field(f, field::FUNCTION::globals, globals);
    h.set_field(f, field::FUNCTION::name, name);
    h.set_field(f, field::FUNCTION::qualname, qualname);
    h.set_field(f, field::FUNCTION::defaults, defaults);
    h.set_field(f, field::FUNCTION::kwdefaults, kwdefaults);
    h.set_field(f, field::FUNCTION::closure, closure);
    h.set_field(f, field::FUNCTION::doc, doc);
    h.set_field(f, field::FUNCTION::module, module);
    h.set_field(f, field::FUNCTION::annotations, annotations);
    h.set_field(f, field::FUNCTION::builtins, builtins);
    Ok(f.value())
}

/// Attributes of function objects.
pub fn function_attribute(vm: &mut Vm, f: Value, name: &str) -> PyResult<Option<Value>> {
    let o = f.as_obj().expect("a function");
    Ok(Some(match name {
        "__name__" => vm.heap.field(o, field::FUNCTION::name),
        "__qualname__" => vm.heap.field(o, field::FUNCTION::qualname),
        "__doc__" => vm.heap.field(o, field::FUNCTION::doc),
        "__module__" => vm.heap.field(o, field::FUNCTION::module),
        "__globals__" => vm.heap.field(o, field::FUNCTION::globals),
        "__builtins__" => vm.heap.field(o, field::FUNCTION::builtins),
        "__code__" => vm.heap.field(o, field::FUNCTION::code),
        "__closure__" => {
            let c = vm.heap.field(o, field::FUNCTION::closure);
            if c.is_empty() {
                Value::NONE
            } else {
                c
            }
        }
        "__defaults__" => {
            let d = vm.heap.field(o, field::FUNCTION::defaults);
            if d.is_empty() {
                Value::NONE
            } else {
                d
            }
        }
        "__kwdefaults__" => {
            let d = vm.heap.field(o, field::FUNCTION::kwdefaults);
            if d.is_empty() {
                Value::NONE
            } else {
                d
            }
        }
        "__annotations__" => {
            let a = vm.heap.field(o, field::FUNCTION::annotations);
            if a.is_ptr() {
                a
            } else {
                let d = vm.new_dict()?;
                vm.heap.set_field(
                    f.as_obj().expect("a function"),
                    field::FUNCTION::annotations,
                    d,
                );
                d
            }
        }
        _ => return Ok(None),
    }))
}

/// Stores (or, for `value` EMPTY, deletes) the attributes functions keep
/// outside their dict, with CPython's checks; `true` when handled.
pub fn set_function_attribute(vm: &mut Vm, f: Value, name: &str, value: Value) -> PyResult<bool> {
    let deleting = value.is_empty();
    let must_be = |vm: &mut Vm, what: &str| -> crate::runtime::Raised {
        let msg = format!("{name} must be set to a {what} object");
        vm.type_error(&msg)
    };
    let (index, stored) = match name {
        "__name__" | "__qualname__" => {
            if deleting || !vm.is_subtype(vm.type_of(value), vm.ty(TypeId::Str)) {
                return Err(must_be(vm, "string"));
            }
            let index = if name == "__name__" {
                field::FUNCTION::name
            } else {
                field::FUNCTION::qualname
            };
            (index, value)
        }
        "__doc__" | "__module__" => {
            let index = if name == "__doc__" {
                field::FUNCTION::doc
            } else {
                field::FUNCTION::module
            };
            (index, if deleting { Value::NONE } else { value })
        }
        "__defaults__" => {
            if !deleting && value != Value::NONE && !vm.is_layout(value, layout::TUPLE) {
                return Err(must_be(vm, "tuple"));
            }
            (field::FUNCTION::defaults, value)
        }
        "__kwdefaults__" => {
            if !deleting && value != Value::NONE && !vm.is_layout(value, layout::DICT) {
                return Err(must_be(vm, "dict"));
            }
            (field::FUNCTION::kwdefaults, value)
        }
        "__annotations__" => {
            if !deleting && !vm.is_layout(value, layout::DICT) {
                return Err(must_be(vm, "dict"));
            }
            (field::FUNCTION::annotations, value)
        }
        "__code__" => {
            if deleting || !vm.is_layout(value, layout::CODE) {
                return Err(must_be(vm, "code"));
            }
            let o = f.as_obj().expect("a function");
            let closure = vm.heap.field(o, field::FUNCTION::closure);
            let cells = if closure.is_ptr() {
                vm.tuple_items(closure).len()
            } else {
                0
            };
            let wanted = vm.code_of(value).freevars.len();
            if wanted != cells {
                let func_name = vm
                    .str_text(vm.heap.field(o, field::FUNCTION::name))
                    .to_string();
                let msg = format!(
                    "{func_name}() requires a code object with {cells} free vars, not {wanted}"
                );
                return Err(vm.value_error(&msg));
            }
            (field::FUNCTION::code, value)
        }
        "__dict__" => {
            if deleting {
                return Err(vm.type_error("cannot delete __dict__"));
            }
            if !vm.is_subtype(vm.type_of(value), vm.ty(TypeId::Dict)) {
                let msg = format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    vm.type_name_of(value)
                );
                return Err(vm.type_error(&msg));
            }
            (field::FUNCTION::dict, value)
        }
        "__globals__" | "__closure__" | "__builtins__" => {
            return Err(vm.raise_msg(TypeId::AttributeError, "readonly attribute"));
        }
        _ => return Ok(false),
    };
    let stored = if stored == Value::NONE && matches!(name, "__defaults__" | "__kwdefaults__") {
        Value::EMPTY
    } else {
        stored
    };
    vm.heap
        .set_field(f.as_obj().expect("a function"), index, stored);
    Ok(true)
}

/// `__build_class__(body, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    if given.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let original = vm.new_tuple(&given[2..])?;
    // The keyword names are kept on the stack too: the class body and
    // `__mro_entries__` may collect.
    vm.rooted(&[original, args.kwnames], |vm, outer| {
        let (bases, replaced) = resolve_mro_entries(vm, outer)?;
        build_class_with(vm, args, outer + 1, bases, replaced.then_some(outer))
    })
}

/// The bases of a class statement with each non-class that has
/// `__mro_entries__` replaced by what it returns (PEP 560), and whether
/// any was; the bases as written are `vm.stack[at]`.
fn resolve_mro_entries(vm: &mut Vm, at: usize) -> PyResult<(Value, bool)> {
    let written = vm.tuple_items(vm.stack[at]);
    if written.iter().all(|b| vm.is_type(*b)) {
        return Ok((vm.stack[at], false));
    }
    let start = vm.stack.len();
    let result = (|| {
        let mut replaced = false;
        for i in 0..written.len() {
            let b = vm.tuple_items(vm.stack[at])[i];
            let entries = if vm.is_type(b) {
                None
            } else {
                let name = vm.intern_static("__mro_entries__")?;
                match vm.getattr_opt(b, name) {
                    Ok(found) => found,
                    Err(_) if vm.exception_matches(TypeId::AttributeError) => {
                        vm.take_exception();
                        None
                    }
                    Err(e) => return Err(e),
                }
            };
            let Some(method) = entries else {
                // `__getattr__` may have collected, moving `b`.
                let b = vm.tuple_items(vm.stack[at])[i];
                vm.stack.push(b);
                continue;
            };
            let entries = vm.call(method, &[vm.stack[at]])?;
            if !vm.is_layout(entries, layout::TUPLE) {
                return Err(vm.type_error("__mro_entries__ must return a tuple"));
            }
            let items = vm.tuple_items(entries);
            vm.stack.extend_from_slice(&items);
            replaced = true;
        }
        let entries = vm.stack.split_off(start);
        let bases = vm.new_tuple(&entries)?;
        Ok((bases, replaced))
    })();
    vm.stack.truncate(start);
    result
}

/// The class namespace: `metaclass.__prepare__(name, bases, **kwds)` when
/// the metaclass defines one (it may return any mapping), else a new dict.
/// `stack[base..base + 4]` holds the body, name, bases and metaclass.
fn prepare_namespace(vm: &mut Vm, args: Args, kwnames_at: usize, base: usize) -> PyResult<Value> {
    let metaclass = vm.stack[base + 3];
    let prepare = if vm.is_layout(metaclass, layout::TYPE) {
        let name = vm.intern_static("__prepare__")?;
        vm.getattr_opt(metaclass, name)?
    } else {
        None
    };
    let Some(prepare) = prepare else {
        return vm.new_dict();
    };
    vm.rooted(&[prepare], |vm, at| {
        let args = Args {
            kwnames: vm.stack[kwnames_at],
            ..args
        };
        let mut call_args = vec![vm.stack[base + 1], vm.stack[base + 2]];
        let mut names = Vec::new();
        for (k, v) in vm.keywords(args) {
            if k != "metaclass" {
                names.push(k);
                call_args.push(v);
            }
        }
        let start = vm.stack.len();
        vm.stack.extend_from_slice(&call_args);
        for k in &names {
            let name = vm.new_str(k)?;
            vm.stack.push(name);
        }
        let values = vm.stack[start..start + call_args.len()].to_vec();
        let name_values = vm.stack[start + call_args.len()..].to_vec();
        let kwnames = if name_values.is_empty() {
            Value::EMPTY
        } else {
            vm.new_tuple(&name_values)?
        };
        vm.call_kw(vm.stack[at], &values, kwnames)
    })
}

/// The metaclass of a class with these `bases` whose metaclass would be
/// `meta`: the most derived of `meta` and the bases' types, which must all
/// lie on one line of inheritance.
fn most_derived_metaclass(vm: &mut Vm, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for &b in bases {
        let t = vm.type_of(b);
        if vm.is_subtype(winner, t) {
            continue;
        }
        if vm.is_subtype(t, winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__` once the bases are known; the call's keyword names
/// are at `stack[kwnames_at]`, and `original_at` is where the bases as
/// written are kept when `__mro_entries__` changed them.
fn build_class_with(
    vm: &mut Vm,
    args: Args,
    kwnames_at: usize,
    bases: Value,
    original_at: Option<usize>,
) -> PyResult<Value> {
    let args = Args {
        kwnames: vm.stack[kwnames_at],
        ..args
    };
    let positional = vm.positional(args).to_vec();
    let (body, name) = (positional[0], positional[1]);
    let metaclass = vm
        .keywords(args)
        .into_iter()
        .find(|(k, _)| k == "metaclass")
        .map(|(_, v)| v);
    // As CPython: without `metaclass=`, the first base's type (which need
    // not be a metaclass: `class X(1)` calls `int`); a class, given or so
    // found, gives way to the most derived of the bases' types.
    let bases_list = vm.tuple_items(bases);
    let metaclass = match metaclass {
        Some(m) if !vm.is_type(m) => m,
        Some(m) => most_derived_metaclass(vm, m, &bases_list)?,
        None => {
            let first = match bases_list.first() {
                Some(&b) => vm.type_of(b),
                None => vm.ty(TypeId::Type),
            };
            most_derived_metaclass(vm, first, &bases_list)?
        }
    };
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[body, name, bases, metaclass]);
    let result = (|| {
        let ns = prepare_namespace(vm, args, kwnames_at, base)?;
        vm.stack.push(ns);
        if let Some(at) = original_at {
            let key = vm.intern_static("__orig_bases__")?;
            vm.setitem(vm.stack[base + 4], key, vm.stack[at])?;
        }
        // The body itself stores `__module__` and `__qualname__` first.
        // Run the body with the namespace as its locals.
        let slot = vm.stack.len();
        vm.stack.push(vm.stack[base]);
        vm.stack.push(Value::EMPTY);
        vm.push_function_frame(
            vm.stack[base],
            slot + 2,
            0,
            Value::EMPTY,
            FrameExit::ToNative,
        )?;
        vm.frames.last_mut().expect("pushed").locals = vm.stack[base + 4];
        let cell = vm.run_nested();
        vm.stack.truncate(slot);
        // Kept on the stack: making the class may collect.
        vm.stack.push(cell?);
        let (name, bases, metaclass, ns) = (
            vm.stack[base + 1],
            vm.stack[base + 2],
            vm.stack[base + 3],
            vm.stack[base + 4],
        );
        // The class keywords are read now: the body may have collected.
        let mut call_args = vec![name, bases, ns];
        let mut kwnames = Vec::new();
        let args = Args {
            kwnames: vm.stack[kwnames_at],
            ..args
        };
        for (k, v) in vm.keywords(args) {
            if k != "metaclass" {
                kwnames.push(vm.new_str(&k)?);
                call_args.push(v);
            }
        }
        let class = if metaclass == vm.ty(TypeId::Type) && kwnames.is_empty() {
            super::object::new_class(vm, metaclass, name, bases, ns)?
        } else {
            let names = vm.new_tuple(&kwnames)?;
            let names = if kwnames.is_empty() {
                Value::EMPTY
            } else {
                names
            };
            vm.call_kw(metaclass, &call_args, names)?
        };
        // The class cell must hold the class now: type.__new__ fills it
        // from `__classcell__`, which a metaclass may have failed to pass on.
        let cell = vm.stack[slot];
        if vm.is_layout(cell, layout::CELL) && vm.is_type(class) {
            let contents = vm
                .heap
                .field(cell.as_obj().expect("a cell"), field::CELL::contents);
            if contents != class {
                vm.stack.extend_from_slice(&[class, contents]);
                let name = vm.repr_string(vm.stack[base + 1])?;
                let class_repr = vm.repr_string(vm.stack[slot + 1])?;
                let contents = vm.stack[slot + 2];
                if contents.is_empty() {
                    let msg = format!(
                        "__class__ not set defining {name} as {class_repr}. \
                         Was __classcell__ propagated to type.__new__?"
                    );
                    return Err(vm.raise_msg(TypeId::RuntimeError, &msg));
                }
                let msg = format!(
                    "__class__ set to {} defining {name} as {class_repr}",
                    vm.repr_string(contents)?
                );
                return Err(vm.type_error(&msg));
            }
        }
        Ok(class)
    })();
    vm.stack.truncate(base);
    result
}

fn descriptor(vm: &mut Vm, layout_id: minnow_heap::LayoutId, fields: &[Value]) -> PyResult<Value> {
    let obj = vm.alloc(layout_id, fields.len())?;
    vm.heap.set_fields(obj, 0, fields);
    Ok(obj.value())
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [fget, fset, fdel, doc]) =
        vm.args_with_keywords(args, "property", ["fget", "fset", "fdel", "doc"])?;
    let pick =
        |i: usize, kw: Option<Value>| positional.get(i).copied().or(kw).unwrap_or(Value::NONE);
    let (fget, fset, fdel) = (pick(1, fget), pick(2, fset), pick(3, fdel));
    let mut doc = pick(4, doc);
    // A doc taken from the getter follows the getter when `getter()`
    // replaces it, as in CPython; one given explicitly stays.
    let mut getter_doc = false;
    vm.rooted(&[fget, fset, fdel], |vm, base| {
        if doc == Value::NONE && fget != Value::NONE {
            let name = vm.intern_static("__doc__")?;
            if let Some(found) = vm.getattr_opt(fget, name)? {
                doc = found;
                getter_doc = true;
            }
        }
        let fields = [
            vm.stack[base],
            vm.stack[base + 1],
            vm.stack[base + 2],
            doc,
            Value::NONE,
            Value::from_bool(getter_doc),
        ];
        descriptor(vm, layout::PROPERTY, &fields)
    })
}

fn property_copy(vm: &mut Vm, args: Args, index: usize, name: &str) -> PyResult<Value> {
    let (p, [f]) = vm.method_args::<1>(args, name)?;
    let Some(o) = vm.obj_of(p, layout::PROPERTY) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut fields: Vec<Value> = vm.heap.fields(o).to_vec();
    fields[index] = f;
    vm.rooted(&fields, |vm, base| {
        let count = fields.len();
        let fget = vm.stack[base + field::PROPERTY::fget];
        if fields[field::PROPERTY::getter_doc] == Value::TRUE && fget != Value::NONE {
            let doc = vm.intern_static("__doc__")?;
            let found = vm.getattr_opt(fget, doc)?;
            vm.stack[base + field::PROPERTY::doc] = found.unwrap_or(Value::NONE);
            vm.stack[base + field::PROPERTY::getter_doc] = Value::from_bool(found.is_some());
        } else {
            vm.stack[base + field::PROPERTY::getter_doc] = Value::FALSE;
        }
        let fields = vm.stack[base..base + count].to_vec();
        descriptor(vm, layout::PROPERTY, &fields)
    })
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, field::PROPERTY::fget, "getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, field::PROPERTY::fset, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, field::PROPERTY::fdel, "deleter")
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, [obj, _ty]) = vm.method_range_args::<2>(args, 1, "__get__")?;
    if obj == Value::NONE || obj.is_empty() {
        return Ok(p);
    }
    let fget = vm
        .heap
        .field(p.as_obj().expect("a property"), field::PROPERTY::fget);
    if fget.is_none_or_empty() {
        return Err(vm.property_missing(p, obj, "getter"));
    }
    vm.call(fget, &[obj])
}

fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).len();
    if given != 3 {
        let msg = format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            given.saturating_sub(1)
        );
        return Err(vm.type_error(&msg));
    }
    let [p, _owner, name] = vm.exact_args::<3>(args, "__set_name__")?;
    let Some(o) = vm.obj_of(p, layout::PROPERTY) else {
        return Err(vm.type_error("descriptor '__set_name__' requires a 'property' object"));
    };
    vm.heap.set_field(o, field::PROPERTY::name, name);
    Ok(Value::NONE)
}

/// `function.__get__(obj, type=None)`: a bound method, or the function
/// itself when `obj` is None.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f, obj, _ty] = vm.range_args::<3>(args, 2, "__get__")?;
    if obj == Value::NONE {
        return Ok(f);
    }
    vm.bound_method(f, obj)
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, f] = vm.exact_args::<2>(args, "staticmethod")?;
    wrapper(vm, layout::STATICMETHOD, f)
}

/// A staticmethod or classmethod of `f`, whose dict starts with the wrapped
/// callable's `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__` (those it has), as CPython 3.10+ copies them.
fn wrapper(vm: &mut Vm, layout_id: minnow_heap::LayoutId, f: Value) -> PyResult<Value> {
    let dict = vm.new_dict()?;
    vm.rooted(&[f, dict], |vm, base| {
        for name in [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__",
        ] {
            let key = vm.intern_static(name)?;
            // A missing attribute is skipped, even when `__getattr__` says
            // so by raising AttributeError.
            match vm.getattr_opt(vm.stack[base], key) {
                Ok(Some(v)) => vm.dict_set(vm.stack[base + 1], key, v)?,
                Ok(None) => {}
                Err(_) if vm.exception_matches(TypeId::AttributeError) => {
                    vm.take_exception();
                }
                Err(e) => return Err(e),
            }
        }
        let fields = [vm.stack[base], vm.stack[base + 1]];
        descriptor(vm, layout_id, &fields)
    })
}

/// Whether `f` says it is abstract (`__isabstractmethod__` true).
pub fn is_abstract(vm: &mut Vm, f: Value) -> PyResult<bool> {
    if f.is_none_or_empty() {
        return Ok(false);
    }
    let key = vm.intern_static("__isabstractmethod__")?;
    match vm.getattr_opt(f, key)? {
        Some(flag) => vm.truthy(flag),
        None => Ok(false),
    }
}

/// `cell()` and `cell(contents)`.
fn cell_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, contents] = vm.range_args::<2>(args, 1, "cell")?;
    descriptor(vm, layout::CELL, &[contents])
}

/// `method(function, instance)`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, f, receiver] = vm.exact_args::<3>(args, "method")?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if receiver == Value::NONE {
        return Err(vm.type_error("instance must not be None"));
    }
    // A method object whatever the callable, as CPython's constructor
    // makes: calling it passes the instance first.
    let m = vm.alloc(layout::BOUND_METHOD, field::BOUND_METHOD::COUNT)?;
    vm.heap.set_field(m, field::BOUND_METHOD::function, f);
    vm.heap
        .set_field(m, field::BOUND_METHOD::receiver, receiver);
    Ok(m.value())
}

fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [_obj, _ty]) = vm.method_range_args::<2>(args, 1, "__get__")?;
    Ok(vm.heap.field(
        s.as_obj().expect("a staticmethod"),
        field::STATICMETHOD::function,
    ))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, f] = vm.exact_args::<2>(args, "classmethod")?;
    classmethod(vm, f)
}

/// `classmethod(f)`.
pub fn classmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    wrapper(vm, layout::CLASSMETHOD, f)
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, [obj, ty]) = vm.method_range_args::<2>(args, 1, "__get__")?;
    let f = vm.heap.field(
        c.as_obj().expect("a classmethod"),
        field::CLASSMETHOD::function,
    );
    let class = if ty.is_empty() || ty == Value::NONE {
        vm.type_of(obj)
    } else {
        ty
    };
    vm.bound_method(f, class)
}

/// `super()` (zero arguments: from the caller's `__class__` cell and first
/// argument) and `super(type, obj)`.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args)[1..].to_vec();
    let (this_class, receiver) = match given.len() {
        0 => {
            let Some(frame) = vm.frames.last() else {
                return Err(vm.raise_msg(TypeId::RuntimeError, "super(): no current frame"));
            };
            let code = std::rc::Rc::clone(&frame.code);
            let base = frame.base;
            if code.arg_count == 0 && code.flags & crate::code::code_flags::VARARGS == 0 {
                return Err(vm.raise_msg(TypeId::RuntimeError, "super(): no arguments"));
            }
            let mut first = vm.stack[base];
            if let Some(k) = code.cellvars.iter().position(|c| *c == code.varnames[0]) {
                let cell = vm.stack[base + code.varnames.len() + k];
                first = vm
                    .heap
                    .field(cell.as_obj().expect("a cell"), field::CELL::contents);
            }
            if first.is_empty() {
                return Err(vm.raise_msg(TypeId::RuntimeError, "super(): arg[0] deleted"));
            }
            let Some(index) = code.freevars.iter().position(|f| f == "__class__") else {
                return Err(vm.raise_msg(TypeId::RuntimeError, "super(): __class__ cell not found"));
            };
            let cell = vm.stack[base + code.varnames.len() + code.cellvars.len() + index];
            let class = vm
                .heap
                .field(cell.as_obj().expect("a cell"), field::CELL::contents);
            if class.is_empty() {
                return Err(vm.raise_msg(TypeId::RuntimeError, "super(): empty __class__ cell"));
            }
            (class, first)
        }
        1 => (given[0], Value::NONE),
        2 => (given[0], given[1]),
        n => {
            let msg = format!("super() expected at most 2 arguments, got {n}");
            return Err(vm.type_error(&msg));
        }
    };
    if !vm.is_type(this_class) {
        let msg = format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name_of(this_class)
        );
        return Err(vm.type_error(&msg));
    }
    let receiver_type = if vm.is_type(receiver) && vm.is_subtype(receiver, this_class) {
        receiver
    } else {
        let ty = vm.type_of(receiver);
        if receiver != Value::NONE && !vm.is_subtype(ty, this_class) {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        ty
    };
    descriptor(vm, layout::SUPER, &[this_class, receiver, receiver_type])
}

/// Attribute lookup through `super`: the MRO of the receiver's type,
/// starting after the class `super` was made in.
fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [name]) = vm.method_args::<1>(args, "__getattribute__")?;
    super_lookup(vm, s, name)
}

pub fn super_lookup(vm: &mut Vm, s: Value, name: Value) -> PyResult<Value> {
    let o = s.as_obj().expect("a super object");
    let this_class = vm.heap.field(o, field::SUPER::this_class);
    let receiver = vm.heap.field(o, field::SUPER::receiver);
    let receiver_type = vm.heap.field(o, field::SUPER::receiver_type);
    let mro = crate::runtime::types::mro_of(vm, receiver_type);
    let start = mro
        .iter()
        .position(|&c| c == this_class)
        .map_or(mro.len(), |i| i + 1);
    for &class in &mro[start..] {
        let dict = type_field(vm, class, field::TYPE::dict);
        if let Some(v) = super::dict_get_str(vm, dict, vm.str_text(name)) {
            let Some(vo) = v.as_obj() else { return Ok(v) };
            return match vm.heap.layout_of(vo) {
                layout::FUNCTION | layout::BUILTIN_FUNCTION => {
                    if receiver == receiver_type && vm.is_type(receiver) {
                        Ok(v)
                    } else {
                        vm.bound_method(v, receiver)
                    }
                }
                layout::CLASSMETHOD => {
                    let f = vm.heap.field(vo, field::CLASSMETHOD::function);
                    vm.bound_method(f, receiver_type)
                }
                layout::STATICMETHOD => Ok(vm.heap.field(vo, field::STATICMETHOD::function)),
                layout::PROPERTY => {
                    let fget = vm.heap.field(vo, field::PROPERTY::fget);
                    vm.call(fget, &[receiver])
                }
                _ => Ok(v),
            };
        }
    }
    if vm.str_text(name) == "__class__" {
        return Ok(vm.ty(TypeId::Super));
    }
    let msg = format!("'super' object has no attribute '{}'", vm.str_text(name));
    Err(vm.raise_msg(TypeId::AttributeError, &msg))
}

/// `gi_running`, `gi_suspended`, `gi_code`, `gi_yieldfrom` (`cr_` for
/// coroutines with `cr_await`, `ag_` for async generators with `ag_await`).
pub fn generator_attribute(vm: &mut Vm, g: Value, name: &str) -> PyResult<Option<Value>> {
    use crate::runtime::coro::gen_kind;
    use crate::runtime::iter::gen_state;
    let prefix = match vm.gen_kind(g) {
        gen_kind::COROUTINE => "cr_",
        gen_kind::ASYNC_GENERATOR => "ag_",
        _ => "gi_",
    };
    let Some(attr) = name.strip_prefix(prefix) else {
        return Ok(None);
    };
    let o = g.as_obj().expect("a generator");
    let state = vm.gen_state(g);
    Ok(match (attr, prefix) {
        ("running", _) => Some(Value::from_bool(matches!(
            state,
            gen_state::RUNNING | gen_state::PARKED
        ))),
        ("suspended", "gi_" | "cr_") => Some(Value::from_bool(state == gen_state::SUSPENDED)),
        ("code", _) => {
            let f = vm.heap.field(o, field::GENERATOR::function);
            Some(
                vm.heap
                    .field(f.as_obj().expect("a function"), field::FUNCTION::code),
            )
        }
        ("yieldfrom", "gi_") | ("await", "cr_" | "ag_") => {
            Some(vm.delegate_of(g).unwrap_or(Value::NONE))
        }
        _ => None,
    })
}

fn generator_of(vm: &mut Vm, g: Value, method: &str) -> PyResult<Value> {
    if vm.is_layout(g, layout::GENERATOR) {
        return Ok(g);
    }
    let msg = format!(
        "descriptor '{method}' for 'generator' objects doesn't apply to a '{}' object",
        vm.type_name_of(g)
    );
    Err(vm.type_error(&msg))
}

pub fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, [v]) = vm.method_args::<1>(args, "send")?;
    let g = generator_of(vm, g, "send")?;
    let r = vm.resume(g, v, None)?;
    vm.stop_with(r)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, []) = vm.method_args::<0>(args, "__next__")?;
    let g = generator_of(vm, g, "__next__")?;
    let r = vm.resume(g, Value::NONE, None)?;
    vm.stop_with(r)
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, []) = vm.method_args::<0>(args, "__iter__")?;
    Ok(g)
}

pub fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, [exc, value, _tb]) = vm.method_range_args::<3>(args, 1, "throw")?;
    generator_of(vm, g, "throw")?;
    let exc = thrown_exception(vm, exc, value)?;
    // Making the exception may have collected, moving the generator.
    let g = vm.stack[args.base];
    let r = vm.resume(g, Value::NONE, Some(exc))?;
    vm.stop_with(r)
}

/// The exception `throw(exc, value)` raises: an instance as given, or
/// a class called with the value.
pub fn thrown_exception(vm: &mut Vm, exc: Value, value: Value) -> PyResult<Value> {
    if vm.is_exception_class(exc) {
        // As CPython normalizes: a value that already is an instance of
        // the class is the exception; a tuple gives the arguments.
        if vm.is_exception_instance(value) && vm.is_subtype(vm.type_of(value), exc) {
            return Ok(value);
        }
        let call_args: Vec<Value> = if value.is_empty() || value == Value::NONE {
            vec![]
        } else if vm.is_layout(value, layout::TUPLE) {
            vm.tuple_items(value)
        } else {
            vec![value]
        };
        vm.rooted(&[exc], |vm, base| {
            let made = vm.call(vm.stack[base], &call_args)?;
            if vm.is_exception_instance(made) {
                return Ok(made);
            }
            // Named before the class's repr, which may run a metaclass
            // `__repr__` that collects.
            let made_type = vm.type_name_of(made);
            // Thrown into the generator like any exception, as CPython does.
            let msg = format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr_string(vm.stack[base])?,
                made_type
            );
            let msg = vm.new_str(&msg)?;
            vm.new_exception(vm.ty(TypeId::TypeError), &[msg])
        })
    } else if vm.is_exception_instance(exc) {
        if !value.is_empty() && value != Value::NONE {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        Ok(exc)
    } else {
        let msg = format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name_of(exc)
        );
        Err(vm.type_error(&msg))
    }
}

pub fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, []) = vm.method_args::<0>(args, "close")?;
    let g = generator_of(vm, g, "close")?;
    vm.gen_close(g)?;
    Ok(Value::NONE)
}
