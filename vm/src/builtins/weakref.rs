//! `weakref.ref`: a WEAKREF object whose `referent` field is a weak holder's
//! field (see the heap's `lifetime.rs`). The heap clears it when the
//! referent dies and queues the reference; `Vm::run_lifetime_work` then
//! calls its callback with the reference.

use minnow_heap::Value;
use minnow_objects::{field, layout, NO_HASH};

use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const WEAKREF_METHODS: Methods = &[
    ("__new__", weakref_new),
    ("__call__", weakref_call),
    ("__hash__", weakref_hash),
    ("__eq__", weakref_eq),
    ("__ne__", weakref_ne),
    ("__repr__", weakref_repr),
];

/// Whether CPython lets `v` be weakly referenced: instances of classes,
/// functions, classes, sets, generators, methods, modules, exceptions.
fn weakly_referenceable(vm: &Vm, v: Value) -> bool {
    matches!(
        vm.layout_of(v),
        Some(
            layout::INSTANCE
                | layout::EXCEPTION
                | layout::FUNCTION
                | layout::BUILTIN_FUNCTION
                | layout::BOUND_METHOD
                | layout::TYPE
                | layout::SET
                | layout::FROZENSET
                | layout::GENERATOR
                | layout::MODULE
                | layout::CODE
                | layout::WEAKREF
        )
    )
}

/// A new weak reference to `target`, with `callback` (or None).
pub fn new_weakref(vm: &mut Vm, target: Value, callback: Value) -> PyResult<Value> {
    if !weakly_referenceable(vm, target) {
        let msg = format!(
            "cannot create weak reference to '{}' object",
            vm.type_name_of(target)
        );
        return Err(vm.type_error(&msg));
    }
    let r = vm.alloc(layout::WEAKREF, field::WEAKREF::COUNT)?;
    vm.heap.set_weak_value(r, target);
    vm.heap.set_raw(r, field::WEAKREF::hash, NO_HASH);
    vm.heap.set_field(r, field::WEAKREF::callback, callback);
    vm.heap.register_weak_holder(r);
    Ok(r.value())
}

fn weakref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args)[1..].to_vec();
    if vm.kw_count(args) > 0 {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    match given.as_slice() {
        [target] => new_weakref(vm, *target, Value::NONE),
        [target, callback] => new_weakref(vm, *target, *callback),
        _ => {
            let msg = format!("__new__ expected at most 2 arguments, got {}", given.len());
            Err(vm.type_error(&msg))
        }
    }
}

/// The referent of the weak reference `r`, or None once it died.
pub fn referent(vm: &Vm, r: Value) -> Value {
    vm.heap.weak_value(r.as_obj().expect("a weakref"))
}

fn weakref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, []) = vm.method_args::<0>(args, "__call__")?;
    let r = as_weakref(vm, r, "__call__")?;
    Ok(referent(vm, r))
}

fn as_weakref(vm: &mut Vm, r: Value, name: &str) -> PyResult<Value> {
    if vm.is_layout(r, layout::WEAKREF) {
        return Ok(r);
    }
    let msg = format!(
        "descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{}'",
        vm.type_name_of(r)
    );
    Err(vm.type_error(&msg))
}

fn weakref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, []) = vm.method_args::<0>(args, "__hash__")?;
    let r = as_weakref(vm, r, "__hash__")?;
    let h = hash(vm, r)?;
    Ok(Value::small_int(h).unwrap_or(Value::small_int_const(0)))
}

/// The referent's hash, computed once while it is alive.
pub fn hash(vm: &mut Vm, r: Value) -> PyResult<i64> {
    let obj = r.as_obj().expect("a weakref");
    let cached = vm.heap.raw(obj, field::WEAKREF::hash);
    if cached != NO_HASH {
        return Ok(cached as i64);
    }
    let target = referent(vm, r);
    if target == Value::NONE {
        return Err(vm.type_error("weak object has gone away"));
    }
    let base = vm.stack.len();
    vm.stack.push(r);
    let h = vm.hash(target);
    let r = vm.stack[base];
    vm.stack.truncate(base);
    let h = h?;
    vm.heap.set_raw(
        r.as_obj().expect("a weakref"),
        field::WEAKREF::hash,
        h as u64,
    );
    Ok(h)
}

/// Two live references compare their referents; otherwise they are equal
/// only if they are the same reference.
pub fn weakrefs_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    if !vm.is_layout(b, layout::WEAKREF) {
        return Ok(None);
    }
    let (x, y) = (referent(vm, a), referent(vm, b));
    if x == Value::NONE || y == Value::NONE {
        return Ok(Some(a == b));
    }
    vm.eq(x, y).map(Some)
}

fn weakref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__eq__")?;
    Ok(match weakrefs_equal(vm, a, b)? {
        Some(equal) => Value::from_bool(equal),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn weakref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__ne__")?;
    Ok(match weakrefs_equal(vm, a, b)? {
        Some(equal) => Value::from_bool(!equal),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn weakref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, []) = vm.method_args::<0>(args, "__repr__")?;
    let r = as_weakref(vm, r, "__repr__")?;
    let id = vm.heap.identity(r.as_obj().expect("a weakref"));
    let target = referent(vm, r);
    let text = match target.as_obj() {
        Some(obj) => {
            let target_id = vm.heap.identity(obj);
            format!(
                "<weakref at {id:#x}; to '{}' at {target_id:#x}>",
                vm.type_name_of(target)
            )
        }
        None => format!("<weakref at {id:#x}; dead>"),
    };
    vm.new_str(&text)
}
