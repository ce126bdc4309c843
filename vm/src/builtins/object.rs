//! `object` and `type`: the defaults every class inherits, class creation
//! (`type(name, bases, dict)`) and the attributes of classes.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::natives::Args;
use crate::runtime::types::{
    builtin_layout, type_field, type_flags, type_flags_of, type_name, TypeId,
};
use crate::runtime::{PyResult, Static, Vm};

use super::Methods;

pub const OBJECT_METHODS: Methods = &[
    ("__new__", object_new),
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__setattr__", object_setattr),
    ("__getattribute__", object_getattribute),
    ("__delattr__", object_delattr),
    ("__init_subclass__", object_init_subclass),
    ("__format__", object_format),
    ("__dir__", object_dir),
    ("__sizeof__", super::sizeof::object_sizeof),
];

pub const TYPE_METHODS: Methods = &[
    ("__new__", type_new),
    ("__init__", type_init),
    ("__call__", type_call),
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
    ("__or__", type_or),
    ("__ror__", type_ror),
];

/// `X | Y` for classes: a `types.UnionType` (made in Python, in `types`).
/// Operators on classes reach `union_of` from `binary_op` as well.
fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (left, [right]) = vm.method_args::<1>(args, "__or__")?;
    union_of(vm, left, right)
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (right, [left]) = vm.method_args::<1>(args, "__ror__")?;
    union_of(vm, left, right)
}

pub fn union_of(vm: &mut Vm, left: Value, right: Value) -> PyResult<Value> {
    vm.rooted(&[left, right], |vm, base| {
        let make = crate::modules::bundled_attribute(vm, "types", "_union_of")?;
        vm.call(make, &[vm.stack[base], vm.stack[base + 1]])
    })
}

/// `__new__` of NoneType, NotImplementedType and ellipsis: their one value.
pub const SINGLETON_METHODS: Methods = &[("__new__", singleton_new)];

fn singleton_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = vm.stack[args.base];
    if args.count > 1 {
        let msg = format!("{} takes no arguments", type_name(vm, class));
        return Err(vm.type_error(&msg));
    }
    Ok(if class == vm.ty(TypeId::NotImplementedType) {
        Value::NOT_IMPLEMENTED
    } else if class == vm.ty(TypeId::EllipsisType) {
        Value::ELLIPSIS
    } else {
        Value::NONE
    })
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&class) = vm.positional(args).first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !vm.is_type(class) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    if excess_arguments(vm, args) {
        // As CPython: extra arguments are an error unless the class
        // overrides __init__ (which takes them) and not __new__.
        if !inherits_object_method(vm, class, "__new__")? {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_object_method(vm, class, "__init__")? {
            let msg = format!("{}() takes no arguments", type_name(vm, class));
            return Err(vm.type_error(&msg));
        }
    }
    vm.new_instance(class)
}

/// `type.__init__(cls, name, bases, dict, **kwds)` (or with one argument):
/// the class is made by `__new__`; this only checks the call's shape.
fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).len().saturating_sub(1);
    if given == 1 && vm.kw_count(args) > 0 {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if given != 1 && given != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// Whether a call to object's `__new__` or `__init__` got more than the
/// class or instance.
fn excess_arguments(vm: &Vm, args: Args) -> bool {
    vm.positional(args).len() > 1 || vm.kw_count(args) > 0
}

/// Whether `class` takes `name` from object rather than overriding it.
fn inherits_object_method(vm: &mut Vm, class: Value, name: &'static str) -> PyResult<bool> {
    let key = vm.intern_static(name)?;
    let found = vm.lookup_in_type(class, key);
    Ok(found.is_none() || found == Some(vm.object_native(name)))
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&obj) = vm.positional(args).first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if excess_arguments(vm, args) {
        let class = vm.type_of(obj);
        if !inherits_object_method(vm, class, "__init__")? {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_object_method(vm, class, "__new__")? {
            let msg = format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_name(vm, class)
            );
            return Err(vm.type_error(&msg));
        }
    }
    Ok(Value::NONE)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, []) = vm.method_args::<0>(args, "__repr__")?;
    let text = match vm.layout_of(obj) {
        Some(layout::INSTANCE) => {
            let ty = vm.type_of(obj);
            let module = type_field(vm, ty, field::TYPE::module);
            let qual = vm
                .str_text(type_field(vm, ty, field::TYPE::qualname))
                .to_string();
            let id = vm.heap.identity(obj.as_obj().expect("an object"));
            let module = if module.is_ptr() {
                format!("{}.", vm.str_text(module))
            } else {
                String::new()
            };
            format!("<{module}{qual} object at {id:#x}>")
        }
        _ => vm.repr_string(obj)?,
    };
    vm.new_str(&text)
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, []) = vm.method_args::<0>(args, "__str__")?;
    vm.repr(obj)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__eq__")?;
    Ok(if a == b {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__ne__")?;
    // The negation of the receiver's own `__eq__`, without reflection.
    let r = match vm.lookup_special(a, "__eq__")? {
        Some(eq) => vm.call_descriptor_method(eq, a, &[b])?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    let t = vm.truthy(r)?;
    Ok(Value::from_bool(!t))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, []) = vm.method_args::<0>(args, "__hash__")?;
    let h = match obj.as_obj() {
        Some(_) => vm.identity_hash(obj),
        None => vm.hash(obj)?,
    };
    vm.new_int_i128(h as i128)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, [name, value]) = vm.method_args::<2>(args, "__setattr__")?;
    check_name(vm, name)?;
    vm.generic_setattr(obj, name, value)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, [name]) = vm.method_args::<1>(args, "__getattribute__")?;
    check_name(vm, name)?;
    match vm.generic_getattr(obj, name)? {
        Some(v) => Ok(v),
        None => {
            // The lookup may have run Python code, moving both.
            let [obj, name] = [vm.stack[args.base], vm.stack[args.base + 1]];
            Err(vm.attribute_error(obj, name))
        }
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, [name]) = vm.method_args::<1>(args, "__delattr__")?;
    check_name(vm, name)?;
    if let Some(dict) = vm.instance_dict(obj, false)? {
        if vm.dict_del(dict, name)?.is_some() {
            return Ok(Value::NONE);
        }
    }
    // A colliding key's `__eq__` may have collected, moving both.
    let [obj, name] = [vm.stack[args.base], vm.stack[args.base + 1]];
    Err(vm.attribute_error(obj, name))
}

fn check_name(vm: &mut Vm, name: Value) -> PyResult<()> {
    if !vm.is_layout(name, layout::STR) {
        let msg = format!(
            "attribute name must be string, not '{}'",
            vm.type_name_of(name)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if vm.kw_count(args) > 0 {
        let class = vm.positional(args).first().copied().unwrap_or(Value::NONE);
        let name = if vm.is_type(class) {
            let qualname = type_field(vm, class, field::TYPE::qualname);
            vm.str_text(qualname).to_string()
        } else {
            "object".to_string()
        };
        let msg = format!("{name}.__init_subclass__() takes no keyword arguments");
        return Err(vm.type_error(&msg));
    }
    Ok(Value::NONE)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, [spec]) = vm.method_args::<1>(args, "__format__")?;
    let spec = vm
        .builtin_base(spec)
        .filter(|base| vm.is_layout(*base, layout::STR))
        .unwrap_or(spec);
    if !vm.is_layout(spec, layout::STR) {
        let msg = format!(
            "__format__() argument must be str, not {}",
            vm.type_name_of(spec)
        );
        return Err(vm.type_error(&msg));
    }
    if !vm.str_text(spec).is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name_of(obj)
        );
        return Err(vm.type_error(&msg));
    }
    vm.to_str(obj)
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, []) = vm.method_args::<0>(args, "__dir__")?;
    let names = super::functions::dir_names(vm, obj)?;
    vm.new_list(&names)
}

/// `type(name, bases, dict)` and `type.__new__(meta, name, bases, dict)`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    match given.len() {
        2 => Ok(vm.type_of(given[1])),
        4 => {
            // The keyword names are kept on the stack, where a collection
            // during the class's making updates them.
            let at = vm.stack.len();
            vm.stack.push(args.kwnames);
            let class = new_class_with(
                vm,
                [given[0], given[1], given[2], given[3]],
                Some((args, at)),
            );
            vm.stack.truncate(at);
            class
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// Creates a class: `metaclass` is the type of the new class.
pub fn new_class(
    vm: &mut Vm,
    metaclass: Value,
    name: Value,
    bases: Value,
    ns: Value,
) -> PyResult<Value> {
    new_class_with(vm, [metaclass, name, bases, ns], None)
}

/// `new_class` for `type.__new__(metaclass, name, bases, ns, **kwds)`:
/// the keywords of `call` (class keywords) go to `__init_subclass__`;
/// the call's keyword names are at `stack[at]`.
fn new_class_with(vm: &mut Vm, parts: [Value; 4], call: Option<(Args, usize)>) -> PyResult<Value> {
    let [metaclass, name, bases, ns] = parts;
    if !vm.is_layout(name, layout::STR) {
        let msg = format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name_of(name)
        );
        return Err(vm.type_error(&msg));
    }
    if !vm.is_layout(bases, layout::TUPLE) {
        let msg = format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name_of(bases)
        );
        return Err(vm.type_error(&msg));
    }
    if !vm.is_layout(ns, layout::DICT) {
        let msg = format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name_of(ns)
        );
        return Err(vm.type_error(&msg));
    }
    let base_list = bases_of(vm, bases);
    let mut builtin = layout::INSTANCE;
    for &b in &base_list {
        if !vm.is_type(b) {
            let msg = format!("bases must be types");
            return Err(vm.type_error(&msg));
        }
        if type_flags_of(vm, b) & type_flags::BASETYPE == 0 {
            let msg = format!("type '{}' is not an acceptable base type", type_name(vm, b));
            return Err(vm.type_error(&msg));
        }
        let l = builtin_layout(vm, b);
        if l != layout::INSTANCE {
            if builtin != layout::INSTANCE && builtin != l {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            builtin = l;
        }
    }
    // Copy the namespace: the class owns its dict.
    let dict = vm.new_dict()?;
    let base = vm.stack.len();
    vm.stack
        .extend_from_slice(&[metaclass, name, bases, ns, dict]);
    let items = minnow_objects::dict::items(&vm.heap, ns.as_obj().expect("a dict"));
    let pairs = base + 5;
    for (k, v) in &items {
        vm.stack.extend_from_slice(&[*k, *v]);
    }
    // A key's `__hash__` may collect: each pair is read from its root.
    for i in 0..items.len() {
        let (k, v) = (vm.stack[pairs + 2 * i], vm.stack[pairs + 2 * i + 1]);
        if vm.is_layout(k, layout::STR) && vm.str_text(k) == "__classcell__" {
            if !vm.is_layout(v, layout::CELL) {
                let msg = format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.repr_string(vm.type_of(v))?
                );
                vm.stack.truncate(base);
                return Err(vm.type_error(&msg));
            }
            continue;
        }
        let dict = vm.stack[base + 4];
        vm.dict_set(dict, k, v)?;
    }
    vm.stack.truncate(pairs);
    let dict = vm.stack[base + 4];
    let slots = match super::dict_get_str(vm, dict, "__slots__") {
        Some(slots) => {
            let class_name = vm.str_text(vm.stack[base + 1]).to_string();
            let names = super::member::declared_slots(vm, &class_name, slots)?;
            let dict = vm.stack[base + 4];
            for name in &names {
                if super::dict_get_str(vm, dict, name).is_some() {
                    let msg = format!("'{name}' in __slots__ conflicts with class variable");
                    return Err(vm.raise_msg(TypeId::ValueError, &msg));
                }
            }
            names
        }
        None => Vec::new(),
    };
    // Storing the namespace and iterating `__slots__` may have run Python
    // code and moved the bases.
    let base_list = bases_of(vm, vm.stack[base + 2]);
    let inherited_members = super::member::inherited_member_shape(vm, &base_list)?;
    // These two are class methods even when written as plain functions.
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = super::dict_get_str(vm, vm.stack[base + 4], name) {
            if vm.is_layout(f, layout::FUNCTION) {
                let wrapped = super::function::classmethod(vm, f)?;
                let key = vm.intern(name)?;
                vm.dict_set(vm.stack[base + 4], key, wrapped)?;
            }
        }
    }
    // The stores below compare with colliding keys, which may run Python
    // code: the dict is read from its root each time.
    let dict = vm.stack[base + 4];
    // Defining __eq__ alone makes instances unhashable.
    if super::dict_get_str(vm, dict, "__eq__").is_some()
        && super::dict_get_str(vm, dict, "__hash__").is_none()
    {
        let key = vm.intern_static("__hash__")?;
        vm.dict_set(dict, key, Value::NONE)?;
    }
    let dict = vm.stack[base + 4];
    // Without __module__, the class belongs to the calling code's module.
    if super::dict_get_str(vm, dict, "__module__").is_none() {
        let module = vm
            .frames
            .last()
            .and_then(|f| super::dict_get_str(vm, f.globals, "__name__"));
        if let Some(module) = module {
            let key = vm.intern_static("__module__")?;
            vm.dict_set(dict, key, module)?;
        }
    }
    let name_text = vm.str_text(vm.stack[base + 1]).to_string();
    let flags = type_flags::HEAPTYPE | type_flags::BASETYPE;
    let base_list = bases_of(vm, vm.stack[base + 2]);
    let dict = vm.stack[base + 4];
    let class = crate::runtime::types::new_type(vm, &name_text, &base_list, dict, flags, builtin)
        .and_then(|class| super::member::install_members(vm, class, inherited_members, &slots));
    let (metaclass, ns) = (vm.stack[base], vm.stack[base + 3]);
    vm.stack.truncate(base);
    let class = class?;
    let cobj = class.as_obj().expect("a type");
    if metaclass != vm.ty(TypeId::Type) {
        vm.heap.set_field(cobj, field::TYPE::metaclass, metaclass);
    }
    if let Some(q) = super::dict_get_str(vm, ns, "__qualname__") {
        vm.heap.set_field(cobj, field::TYPE::qualname, q);
    }
    let dict = vm.heap.field(cobj, field::TYPE::dict);
    if let Some(m) = super::dict_get_str(vm, dict, "__module__") {
        vm.heap.set_field(cobj, field::TYPE::module, m);
    }
    if let Some(classcell) = super::dict_get_str(vm, ns, "__classcell__") {
        vm.heap.set_field(
            classcell.as_obj().expect("a cell"),
            field::CELL::contents,
            class,
        );
    }
    let base = vm.stack.len();
    vm.stack.push(class);
    if let Err(raised) = record_subclass(vm, class) {
        vm.stack.truncate(base);
        return Err(raised);
    }
    let class = vm.stack[base];
    let result = finish_class(vm, class, call);
    let class = vm.stack[base];
    vm.stack.truncate(base);
    result?;
    Ok(class)
}

/// A class's bases: those given, or `object` when none are.
fn bases_of(vm: &Vm, bases: Value) -> Vec<Value> {
    let mut list = vm.tuple_items(bases);
    if list.is_empty() {
        list.push(vm.ty(TypeId::Object));
    }
    list
}

/// The RuntimeError CPython 3.11 raises when an attribute's `__set_name__`
/// fails, with that failure as its cause; the attribute's name and value
/// are `stack[at..at + 2]`, the class is `stack[class_at]`.
#[cold]
fn set_name_failed(vm: &mut Vm, class_at: usize, at: usize) -> crate::runtime::Raised {
    let failure = vm.take_exception();
    vm.stack.push(failure);
    let message = vm.repr_string(vm.stack[at]).map(|name| {
        format!(
            "Error calling __set_name__ on '{}' instance {} in '{}'",
            vm.type_name_of(vm.stack[at + 1]),
            name,
            crate::runtime::types::type_name(vm, vm.stack[class_at])
        )
    });
    let failure = vm.stack.pop().expect("pushed");
    let message = match message {
        Ok(m) => m,
        Err(raised) => return raised,
    };
    let error = vm.raise_msg(TypeId::RuntimeError, &message);
    let exc = vm.exception;
    vm.set_exception_field(exc, field::EXCEPTION::cause, failure);
    vm.set_exception_field(exc, field::EXCEPTION::context, failure);
    vm.set_exception_field(exc, field::EXCEPTION::suppress_context, Value::TRUE);
    error
}

/// `__set_name__` on the new class's attributes, then the parent's
/// `__init_subclass__`.
fn finish_class(vm: &mut Vm, class: Value, call: Option<(Args, usize)>) -> PyResult<()> {
    let dict = type_field(vm, class, field::TYPE::dict);
    let items = minnow_objects::dict::items(&vm.heap, dict.as_obj().expect("a dict"));
    let base = vm.stack.len();
    for (k, v) in &items {
        vm.stack.push(*k);
        vm.stack.push(*v);
    }
    for i in 0..items.len() {
        let (k, v) = (vm.stack[base + 2 * i], vm.stack[base + 2 * i + 1]);
        if vm.is_user_instance(v) || vm.is_layout(v, layout::PROPERTY) {
            if let Some(set_name) = vm.lookup_special(v, "__set_name__")? {
                let class = vm.stack[base - 1];
                if vm.call_descriptor_method(set_name, v, &[class, k]).is_err() {
                    return Err(set_name_failed(vm, base - 1, base + 2 * i));
                }
            }
        }
    }
    vm.stack.truncate(base);
    let class = vm.stack[base - 1];
    let mro = crate::runtime::types::mro_of(vm, class);
    let name = vm.intern_static("__init_subclass__")?;
    for parent in mro.iter().skip(1) {
        let pdict = type_field(vm, *parent, field::TYPE::dict);
        if let Some(hook) = vm.dict_get(pdict, name)? {
            let hook = match vm.obj_of(hook, layout::CLASSMETHOD) {
                Some(o) => vm.heap.field(o, field::CLASSMETHOD::function),
                None => hook,
            };
            let kwnames = call.map(|(_, at)| vm.stack[at]).filter(|n| n.is_ptr());
            if let (Some((args, _)), Some(kwnames)) = (call, kwnames) {
                let keywords = vm.tuple_len(kwnames);
                let end = args.base + args.count;
                let mut full = vec![vm.stack[base - 1]];
                full.extend_from_slice(&vm.stack[end - keywords..end]);
                vm.call_kw(hook, &full, kwnames)?;
            } else if vm.is_layout(hook, layout::FUNCTION) {
                let class = vm.stack[base - 1];
                vm.call(hook, &[class])?;
            }
            break;
        }
    }
    Ok(())
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = vm.stack[args.base];
    if !vm.is_type(class) {
        let msg = format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name_of(class)
        );
        return Err(vm.type_error(&msg));
    }
    let slot = vm.stack.len();
    vm.stack.push(class);
    vm.stack.push(Value::EMPTY);
    let rest: Vec<Value> = vm.stack[args.base + 1..args.base + args.count].to_vec();
    vm.stack.extend_from_slice(&rest);
    let r = vm
        .construct(slot, slot + 2, rest.len(), args.kwnames)
        .and_then(|called| vm.finish_call(called));
    vm.stack.truncate(slot);
    r
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, []) = vm.method_args::<0>(args, "mro")?;
    let mro = crate::runtime::types::mro_of(vm, class);
    vm.new_list(&mro)
}

/// The live classes made with `class` as a base, in the order they were
/// made (each is held weakly, as in CPython).
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, []) = vm.method_args::<0>(args, "__subclasses__")?;
    let key = super::weakref::new_weakref(vm, class, Value::NONE)?;
    let table = vm.stat(Static::Subclasses);
    let Some(list) = vm.dict_get(table, key)? else {
        return vm.new_list(&[]);
    };
    let refs = minnow_objects::list::items(&vm.heap, list.as_obj().expect("a list")).to_vec();
    let live: Vec<Value> = refs
        .into_iter()
        .map(|r| super::weakref::referent(vm, r))
        .filter(|&c| c != Value::NONE)
        .collect();
    vm.new_list(&live)
}

/// Notes the new `class` among the subclasses of each of its bases.
fn record_subclass(vm: &mut Vm, class: Value) -> PyResult<()> {
    let count = vm.tuple_len(type_field(vm, class, field::TYPE::bases));
    vm.rooted(&[class], |vm, base| {
        for i in 0..count {
            let bases = type_field(vm, vm.stack[base], field::TYPE::bases);
            let parent = vm.tuple_items(bases)[i];
            let key = super::weakref::new_weakref(vm, parent, Value::NONE)?;
            vm.stack.push(key);
            let table = vm.stat(Static::Subclasses);
            let list = match vm.dict_get(table, key)? {
                Some(list) => list,
                None => {
                    let list = vm.new_list(&[])?;
                    let (table, key) = (vm.stat(Static::Subclasses), vm.stack[base + 1]);
                    vm.stack.push(list);
                    vm.dict_set(table, key, list)?;
                    vm.stack.pop().expect("the list")
                }
            };
            vm.stack.push(list);
            let entry = super::weakref::new_weakref(vm, vm.stack[base], Value::NONE)?;
            let list = vm.stack[base + 2];
            vm.stack.truncate(base + 1);
            let pushed =
                minnow_objects::list::push(&mut vm.heap, list.as_obj().expect("a list"), entry);
            vm.heap_ok(pushed)?;
        }
        Ok(())
    })
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, [obj]) = vm.method_args::<1>(args, "__instancecheck__")?;
    let ty = vm.type_of(obj);
    Ok(Value::from_bool(vm.is_subtype(ty, class)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, [sub]) = vm.method_args::<1>(args, "__subclasscheck__")?;
    Ok(Value::from_bool(
        vm.is_type(sub) && vm.is_subtype(sub, class),
    ))
}

/// Attributes of classes kept in the TYPE object itself.
pub fn type_attribute(vm: &mut Vm, class: Value, name: &str) -> PyResult<Option<Value>> {
    let o = class.as_obj().expect("a type");
    Ok(Some(match name {
        "__name__" => vm.heap.field(o, field::TYPE::name),
        "__qualname__" => vm.heap.field(o, field::TYPE::qualname),
        "__bases__" => vm.heap.field(o, field::TYPE::bases),
        "__base__" => {
            let bases = vm.tuple_items(vm.heap.field(o, field::TYPE::bases));
            bases.first().copied().unwrap_or(Value::NONE)
        }
        "__mro__" => vm.heap.field(o, field::TYPE::mro),
        "__dict__" => {
            let dict = vm.heap.field(o, field::TYPE::dict);
            super::mappingproxy::new_proxy(vm, dict)?
        }
        "__module__" => {
            let m = vm.heap.field(o, field::TYPE::module);
            if m.is_ptr() {
                m
            } else {
                vm.intern_static("builtins")?
            }
        }
        "__doc__" => super::dict_get_str(vm, vm.heap.field(o, field::TYPE::dict), "__doc__")
            .unwrap_or(Value::NONE),
        _ => return Ok(None),
    }))
}

pub fn set_type_attribute(vm: &mut Vm, class: Value, name: &str, value: Value) -> PyResult<bool> {
    if type_flags_of(vm, class) & type_flags::HEAPTYPE == 0 {
        let msg = format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            type_name(vm, class)
        );
        return Err(vm.type_error(&msg));
    }
    let o = class.as_obj().expect("a type");
    match name {
        "__name__" => vm.heap.set_field(o, field::TYPE::name, value),
        "__qualname__" => vm.heap.set_field(o, field::TYPE::qualname, value),
        "__module__" => vm.heap.set_field(o, field::TYPE::module, value),
        _ => return Ok(false),
    }
    Ok(true)
}
