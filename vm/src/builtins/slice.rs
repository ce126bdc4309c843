//! slice objects and the index arithmetic shared by every sequence.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

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
        [] => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        _ => {
            let msg = format!("slice expected at most 3 arguments, got {}", given.len());
            Err(vm.type_error(&msg))
        }
    }
}

fn indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [len]) = vm.method_args::<1>(args, "indices")?;
    let n = big_index(vm, len, false)?;
    if n.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = big_indices(vm, s, &n)?;
    let values = [vm.new_int(&start)?, vm.new_int(&stop)?, vm.new_int(&step)?];
    vm.new_tuple(&values)
}

/// An int or `__index__` value at any size; `as_bound` picks the
/// TypeError of a slice bound over that of a plain integer argument.
fn big_index(vm: &mut Vm, v: Value, as_bound: bool) -> PyResult<BigInt> {
    if !v.is_float() && !vm.is_layout(v, layout::FLOAT) {
        if let Some(i) = vm.int_of(v) {
            return Ok(i);
        }
    }
    if let Some(m) = vm.lookup_special(v, "__index__")? {
        let r = vm.call_descriptor_method(m, v, &[])?;
        if let Some(i) = vm.int_of(r).filter(|_| !r.is_float()) {
            return Ok(i);
        }
        let msg = format!("__index__ returned non-int (type {})", vm.type_name_of(r));
        return Err(vm.type_error(&msg));
    }
    let msg = if as_bound {
        "slice indices must be integers or None or have an __index__ method".to_string()
    } else {
        format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name_of(v)
        )
    };
    Err(vm.type_error(&msg))
}

/// CPython's slice adjustment in arbitrary precision: (start, stop, step)
/// for a sequence of `len` items (ranges and `slice.indices` of any size).
pub fn big_indices(vm: &mut Vm, s: Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let base = vm.stack.len();
    vm.stack.push(s);
    let result = (|| {
        let bound_of = |vm: &mut Vm, index: usize| -> PyResult<Option<BigInt>> {
            let v = vm
                .heap
                .field(vm.stack[base].as_obj().expect("a slice"), index);
            if v == Value::NONE {
                return Ok(None);
            }
            big_index(vm, v, true).map(Some)
        };
        let step = bound_of(vm, field::SLICE::step)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(vm.raise_msg(TypeId::ValueError, "slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (-BigInt::one(), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(i) if i.is_negative() => (i + len).max(lower.clone()),
                Some(i) => i.min(upper.clone()),
            }
        };
        let (start_default, stop_default) = if step.is_negative() {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = clamp(bound_of(vm, field::SLICE::start)?, start_default);
        let stop = clamp(bound_of(vm, field::SLICE::stop)?, stop_default);
        Ok((start, stop, step))
    })();
    vm.stack.truncate(base);
    result
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
