//! tuple: construction, indexing, slicing, methods and operators.

use minnow_heap::Value;
use minnow_objects::layout;

use crate::bytecode::BinaryOperator as B;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::slice::{normalize_index, slice_indices, slice_positions};
use super::Methods;

pub const TUPLE_METHODS: Methods = &[
    ("__new__", tuple_new),
    ("index", index),
    ("count", count),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
];

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let class = given[0];
    let t = match given.len() {
        1 => vm.new_tuple(&[])?,
        2 => {
            if vm.is_layout(given[1], layout::TUPLE) && class == vm.ty(TypeId::Tuple) {
                return Ok(given[1]);
            }
            let items = super::functions::collect(vm, given[1])?;
            vm.new_tuple(&items)?
        }
        n => {
            let msg = format!("tuple expected at most 1 argument, got {}", n - 1);
            return Err(vm.type_error(&msg));
        }
    };
    // `collect` may have run Python code: re-read the class.
    let class = vm.stack[args.base];
    super::list::for_class(vm, class, TypeId::Tuple, t)
}

fn items_of(vm: &mut Vm, t: Value, method: &str) -> PyResult<Vec<Value>> {
    if vm.is_layout(t, layout::TUPLE) {
        return Ok(vm.tuple_items(t));
    }
    if let Some(inner) = vm
        .builtin_base(t)
        .filter(|i| vm.is_layout(*i, layout::TUPLE))
    {
        return Ok(vm.tuple_items(inner));
    }
    Err(super::wrong_receiver(vm, "tuple", method, t))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, [_, start, _]) = vm.method_range_args::<3>(args, 1, "index")?;
    let n = items_of(vm, t, "index")?.len();
    let (start, stop) = super::search_bounds(vm, args, start, n)?;
    let (t, v) = (vm.stack[args.base], vm.stack[args.base + 1]);
    match find(vm, t, v, start, stop)? {
        Some(i) => Ok(Value::small_int_const(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, [_]) = vm.method_args::<1>(args, "count")?;
    let n = items_of(vm, t, "count")?.len();
    let mut total = 0;
    let mut start = 0;
    // Each search may collect: the tuple and the value are read back from
    // the arguments, which the stack roots.
    while let Some(i) = find(vm, vm.stack[args.base], vm.stack[args.base + 1], start, n)? {
        total += 1;
        start = i + 1;
    }
    Ok(Value::small_int_const(total))
}

/// The first index in `start..stop` whose item equals `v`. `t` and `v`
/// stay rooted on the stack while `__eq__` runs.
fn find(vm: &mut Vm, t: Value, v: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let base = vm.stack.len();
    vm.stack.push(t);
    vm.stack.push(v);
    let mut result = Ok(None);
    for i in start..stop {
        let t = vm.stack[base];
        let t = vm.builtin_base(t).unwrap_or(t);
        let item = vm.heap.field(t.as_obj().expect("a tuple"), i);
        match vm.eq(item, vm.stack[base + 1]) {
            Ok(true) => {
                result = Ok(Some(i));
                break;
            }
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.stack.truncate(base);
    result
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, []) = vm.method_args::<0>(args, "__len__")?;
    let n = items_of(vm, t, "__len__")?.len();
    Ok(Value::small_int_const(n as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, [key]) = vm.method_args::<1>(args, "__getitem__")?;
    let items = items_of(vm, t, "__getitem__")?;
    let t = vm.new_tuple(&items)?;
    getitem(vm, t, key)
}

pub fn getitem(vm: &mut Vm, t: Value, key: Value) -> PyResult<Value> {
    let obj = t.as_obj().expect("a tuple");
    let n = vm.heap.field_count(obj);
    if let Some(i) = key.as_small_int() {
        let i = if i < 0 { i + n as i64 } else { i };
        if i >= 0 && (i as usize) < n {
            return Ok(vm.heap.field(obj, i as usize));
        }
        return Err(vm.raise_msg(TypeId::IndexError, "tuple index out of range"));
    }
    // An `__index__` of the key or of a slice's bounds may collect: the
    // tuple is read back from its root after it.
    vm.rooted(&[t], |vm, base| {
        if vm.is_layout(key, layout::SLICE) {
            let (start, _, step, length) = slice_indices(vm, key, n)?;
            let t = vm.stack[base];
            if start == 0 && step == 1 && length == n {
                // Tuples are immutable: a slice of all of it is the tuple.
                return Ok(t);
            }
            let obj = t.as_obj().expect("a tuple");
            let items: Vec<Value> = slice_positions(start, step, length)
                .map(|i| vm.heap.field(obj, i))
                .collect();
            return vm.new_tuple(&items);
        }
        match normalize_index(vm, key, n, "tuple")? {
            Some(i) => Ok(vm.heap.field(vm.stack[base].as_obj().expect("a tuple"), i)),
            None => Err(vm.raise_msg(TypeId::IndexError, "tuple index out of range")),
        }
    })
}

pub fn binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    match op {
        B::Add => {
            if !vm.is_layout(b, layout::TUPLE) {
                if vm.is_user_instance(b) {
                    return Ok(None);
                }
                let msg = format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    vm.type_name_of(b)
                );
                return Err(vm.type_error(&msg));
            }
            let mut items = vm.tuple_items(a);
            items.extend(vm.tuple_items(b));
            vm.new_tuple(&items).map(Some)
        }
        B::Multiply => {
            // The count's `__index__` may run Python code, which may collect.
            let Some((n, a)) = vm.rooted(&[a], |vm, base| {
                super::list::repeat_count(vm, b).map(|n| n.map(|n| (n, vm.stack[base])))
            })?
            else {
                return Ok(None);
            };
            // As CPython: a tuple is immutable, so once is itself.
            if n == 1 && vm.type_of(a) == vm.ty(TypeId::Tuple) {
                return Ok(Some(a));
            }
            let items = vm.tuple_items(a);
            vm.check_items(items.len().saturating_mul(n), std::mem::size_of::<Value>())?;
            let all: Vec<Value> = std::iter::repeat(items).take(n).flatten().collect();
            vm.new_tuple(&all).map(Some)
        }
        _ => Ok(None),
    }
}
