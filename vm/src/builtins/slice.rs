//! slice objects and the index arithmetic shared by every sequence.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const SLICE_METHODS: Methods = &[("__new__", slice_new), ("indices", indices)];

pub fn new_slice(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let s = vm.alloc(layout::SLICE, field::SLICE::COUNT)?;
    vm.heap.set_field(s, field::SLICE::start, start);
    vm.heap.set_field(s, field::SLICE::stop, stop);
    vm.heap.set_field(s, field::SLICE::step, step);
    Ok(s.value())
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args)[1..].to_vec();
    match given.as_slice() {
        [stop] => new_slice(vm, Value::NONE, *stop, Value::NONE),
        [start, stop] => new_slice(vm, *start, *stop, Value::NONE),
        [start, stop, step] => new_slice(vm, *start, *stop, *step),
        _ => Err(vm.type_error("slice expected at most 3 arguments")),
    }
}

fn indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [len]) = vm.method_args::<1>(args, "indices")?;
    let n = vm.as_index(len)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice_indices(vm, s, n as usize)?;
    let values = [start, stop, step].map(|i| Value::small_int_const(i as i64));
    vm.new_tuple(&values)
}

fn bound(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v == Value::NONE {
        return Ok(None);
    }
    match vm.num(v) {
        Some(crate::runtime::ops::Num::Int(i))
            if !v.is_float() && !vm.is_layout(v, layout::FLOAT) =>
        {
            Ok(Some(i))
        }
        Some(crate::runtime::ops::Num::Big(b)) => {
            Ok(Some(if num_traits::Signed::is_negative(&b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }))
        }
        _ => {
            if vm.is_user_instance(v) {
                if let Some(m) = vm.lookup_special(v, "__index__")? {
                    let r = vm.call_descriptor_method(m, v, &[])?;
                    return bound(vm, r);
                }
            }
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's slice adjustment: (start, stop, step, length) for a sequence
/// of `len` items.
pub fn slice_indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let base = vm.stack.len();
    vm.stack.push(s);
    let r = slice_indices_rooted(vm, base, len);
    vm.stack.truncate(base);
    r
}

/// `slice_indices` for the slice at `stack[base]`, whose bounds are read
/// one at a time: an `__index__` call may move the others.
fn slice_indices_rooted(
    vm: &mut Vm,
    base: usize,
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let bound_of = |vm: &mut Vm, index: usize| {
        let v = vm
            .heap
            .field(vm.stack[base].as_obj().expect("a slice"), index);
        bound(vm, v)
    };
    let step = bound_of(vm, field::SLICE::step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.raise_msg(TypeId::ValueError, "slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(
        bound_of(vm, field::SLICE::start)?,
        if step < 0 { upper } else { lower },
    );
    let stop = clamp(
        bound_of(vm, field::SLICE::stop)?,
        if step < 0 { lower } else { upper },
    );
    let length = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((
        start as isize,
        stop as isize,
        step as isize,
        length as usize,
    ))
}

/// A sequence index: negative counts from the end; `None` when out of range.
pub fn normalize_index(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = vm.index_of(key, what)?;
    let i = if i < 0 { i + len as i64 } else { i };
    Ok((i >= 0 && (i as usize) < len).then_some(i as usize))
}

/// The positions a slice selects, in order.
pub fn slice_positions(start: isize, step: isize, length: usize) -> impl Iterator<Item = usize> {
    (0..length).map(move |k| (start + k as isize * step) as usize)
}
