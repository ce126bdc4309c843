//! range: lazy arithmetic sequences, with a fast path for small ints.

use minnow_heap::Value;
use minnow_objects::{field, layout};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::iter::kind;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const RANGE_METHODS: Methods = &[
    ("__new__", range_new),
    ("index", index),
    ("count", count),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
];

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.is_int(v) && !v.is_float() && !vm.is_layout(v, layout::FLOAT) {
        return Ok(if v.is_bool() {
            Value::small_int_const((v == Value::TRUE) as i64)
        } else {
            v
        });
    }
    if vm.is_user_instance(v) {
        if let Some(m) = vm.lookup_special(v, "__index__")? {
            return vm.call_descriptor_method(m, v, &[]);
        }
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "range")?;
    let given = vm.positional(args).len() - 1;
    if !(1..=3).contains(&given) {
        let msg = match given {
            0 => "range expected at least 1 argument, got 0".to_owned(),
            n => format!("range expected at most 3 arguments, got {n}"),
        };
        return Err(vm.type_error(&msg));
    }
    // Each argument is replaced in its slot by its int: an `__index__` may
    // collect, and the slots keep the ints already converted.
    for i in 1..=given {
        let slot = args.base + i;
        vm.stack[slot] = int_arg(vm, vm.stack[slot])?;
    }
    let ints = &vm.stack[args.base + 1..args.base + 1 + given];
    let zero = Value::small_int_const(0);
    let one = Value::small_int_const(1);
    let (start, stop, step) = match *ints {
        [stop] => (zero, stop, one),
        [start, stop] => (start, stop, one),
        [start, stop, step] => (start, stop, step),
        _ => unreachable!("one to three arguments, checked above"),
    };
    if step.as_small_int() == Some(0) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let r = vm.alloc(layout::RANGE, field::RANGE::COUNT)?;
    vm.heap.set_field(r, field::RANGE::start, start);
    vm.heap.set_field(r, field::RANGE::stop, stop);
    vm.heap.set_field(r, field::RANGE::step, step);
    Ok(r.value())
}

fn parts(vm: &Vm, r: Value) -> (BigInt, BigInt, BigInt) {
    let o = r.as_obj().expect("a range");
    let get = |i| {
        vm.int_of(vm.heap.field(o, i))
            .expect("range bounds are ints")
    };
    (
        get(field::RANGE::start),
        get(field::RANGE::stop),
        get(field::RANGE::step),
    )
}

fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let span = if step.is_positive() {
        stop - start
    } else {
        start - stop
    };
    if !span.is_positive() {
        return BigInt::zero();
    }
    let s = step.abs();
    (span + &s - 1u32).div_floor(&s)
}

pub fn len(vm: &mut Vm, r: Value) -> PyResult<usize> {
    let (start, stop, step) = parts(vm, r);
    match length(&start, &stop, &step).to_usize() {
        Some(n) if n <= i64::MAX as usize => Ok(n),
        _ => Err(vm.raise_msg(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, []) = vm.method_args::<0>(args, "__len__")?;
    let n = len(vm, r)?;
    vm.new_length(n)
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [key]) = vm.method_args::<1>(args, "__getitem__")?;
    getitem(vm, r, key)
}

pub fn getitem(vm: &mut Vm, r: Value, key: Value) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, r);
    let n = length(&start, &stop, &step);
    if vm.is_layout(key, layout::SLICE) {
        let (s, e, st) = super::slice::big_indices(vm, key, &n)?;
        let new_start = &start + &step * s;
        let new_stop = &start + &step * e;
        let new_step = &step * st;
        let values = [
            vm.new_int(&new_start)?,
            vm.new_int(&new_stop)?,
            vm.new_int(&new_step)?,
        ];
        let obj = vm.alloc(layout::RANGE, field::RANGE::COUNT)?;
        vm.heap.set_fields(obj, 0, &values);
        return Ok(obj.value());
    }
    let index = if vm.is_user_instance(key) && vm.lookup_special(key, "__index__")?.is_some() {
        let i = vm.as_index(key)?;
        Some(BigInt::from(i))
    } else {
        vm.int_of(key)
            .filter(|_| !key.is_float() && !vm.is_layout(key, layout::FLOAT))
    };
    let Some(i) = index else {
        let msg = format!(
            "range indices must be integers or slices, not {}",
            vm.type_name_of(key)
        );
        return Err(vm.type_error(&msg));
    };
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return Err(vm.raise_msg(TypeId::IndexError, "range object index out of range"));
    }
    vm.new_int(&(start + step * i))
}

pub fn contains(vm: &mut Vm, r: Value, item: Value) -> PyResult<bool> {
    let Some(x) = vm
        .int_of(item)
        .filter(|_| !item.is_float() && !vm.is_layout(item, layout::FLOAT))
    else {
        let it = vm.get_iter(r)?;
        let base = vm.stack.len();
        vm.stack.push(it);
        vm.stack.push(item);
        let result = loop {
            let it = vm.stack[base];
            match vm.next(it) {
                Ok(Some(v)) => match vm.eq(v, vm.stack[base + 1]) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        vm.stack.truncate(base);
        return result;
    };
    let (start, stop, step) = parts(vm, r);
    let in_bounds = if step.is_positive() {
        x >= start && x < stop
    } else {
        x <= start && x > stop
    };
    Ok(in_bounds && ((x - start) % step.abs()).is_zero())
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [v]) = vm.method_args::<1>(args, "index")?;
    let exact_int = vm.is_int(v) && !vm.is_user_instance(v);
    if exact_int {
        if contains(vm, r, v)? {
            let x = vm.int_of(v).expect("an int");
            let (start, _, step) = parts(vm, r);
            return vm.new_int(&((x - start) / step));
        }
        let s = vm.repr_string(v)?;
        return Err(vm.value_error(&format!("{s} is not in range")));
    }
    // Anything else is searched for by equality, as in any sequence.
    let it = iter(vm, r)?;
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[it, v]);
    let mut position: i64 = 0;
    let found = loop {
        match iter_next(vm, vm.stack[base]) {
            Ok(Some(item)) => match vm.eq(item, vm.stack[base + 1]) {
                Ok(true) => break Ok(Some(position)),
                Ok(false) => position += 1,
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(None),
            Err(e) => break Err(e),
        }
    };
    vm.stack.truncate(base);
    match found? {
        Some(i) => Ok(Value::small_int_const(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// Whether a range has any item (without its length, which may not fit).
pub fn is_nonempty(vm: &Vm, r: Value) -> bool {
    let (start, stop, step) = parts(vm, r);
    length(&start, &stop, &step).is_positive()
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [v]) = vm.method_args::<1>(args, "count")?;
    Ok(Value::small_int_const(contains(vm, r, v)? as i64))
}

pub fn ranges_equal(vm: &Vm, a: Value, b: Value) -> bool {
    let (s1, e1, st1) = parts(vm, a);
    let (s2, e2, st2) = parts(vm, b);
    let (n1, n2) = (length(&s1, &e1, &st1), length(&s2, &e2, &st2));
    n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1 == BigInt::from(1) || st1 == st2)))
}

/// `hash(range)`: CPython hashes (len, start, step), with start and step
/// replaced by None where they do not affect the sequence.
pub fn hash(vm: &mut Vm, r: Value) -> PyResult<i64> {
    let (start, stop, step) = parts(vm, r);
    let n = length(&start, &stop, &step);
    let mut items = vec![vm.new_int(&n)?, Value::NONE, Value::NONE];
    if !n.is_zero() {
        items[1] = vm.new_int(&start)?;
        if n != BigInt::from(1) {
            items[2] = vm.new_int(&step)?;
        }
    }
    let t = vm.new_tuple(&items)?;
    vm.hash(t)
}

pub fn repr(vm: &mut Vm, r: Value) -> PyResult<String> {
    let o = r.as_obj().expect("a range");
    let (start, stop, step) = (
        vm.heap.field(o, field::RANGE::start),
        vm.heap.field(o, field::RANGE::stop),
        vm.heap.field(o, field::RANGE::step),
    );
    let (start, stop) = (vm.repr_string(start)?, vm.repr_string(stop)?);
    if step.as_small_int() == Some(1) {
        Ok(format!("range({start}, {stop})"))
    } else {
        Ok(format!("range({start}, {stop}, {})", vm.repr_string(step)?))
    }
}

/// `iter(range)`: a native iterator over [next, end, step, first], `first`
/// being the first value, from which `__reduce__` and `__setstate__` count
/// the items taken.
pub fn iter(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, r);
    let n = length(&start, &stop, &step);
    let end = &start + &step * n;
    let first = vm.new_int(&start)?;
    let values = [first, vm.new_int(&end)?, vm.new_int(&step)?, first];
    vm.new_native_iter(kind::RANGE, &values)
}

pub fn reversed(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, r);
    let n = length(&start, &stop, &step);
    let last = &start + &step * (&n - 1u32);
    let end = &start - &step;
    let values = [vm.new_int(&last)?, vm.new_int(&end)?, vm.new_int(&(-step))?];
    let first = if n.is_zero() { values[1] } else { values[0] };
    vm.new_native_iter(kind::RANGE, &[first, values[1], values[2], first])
}

/// A range iterator's `__reduce__` arguments: the range it runs over (from
/// its first value) and how many items it has given.
pub fn iter_reduce_parts(vm: &mut Vm, it: Value) -> PyResult<([Value; 3], Value)> {
    let (next, end, step) = iter_state(vm, it);
    let first = vm.native_state(it, 3);
    let taken = (int(vm, next) - int(vm, first)) / int(vm, step);
    Ok(([first, end, step], vm.new_int(&taken)?))
}

/// `range_iterator.__setstate__(index)`: continues after `index` items of
/// its range (clipped to the range), as CPython's `PyLong_AsLong` reads it.
pub fn iter_setstate(vm: &mut Vm, it_slot: usize, state: Value) -> PyResult<()> {
    let iterator = |vm: &Vm| {
        let it = vm.stack[it_slot];
        vm.builtin_base(it).unwrap_or(it)
    };
    let (_, end, step) = iter_state(vm, iterator(vm));
    let first = vm.native_state(iterator(vm), 3);
    // Beyond machine ints CPython's iterator (a `longrange_iterator`)
    // takes any int index.
    let long = ![first, end, step].iter().all(|v| v.is_small_int());
    let index = match vm.int_of(state) {
        Some(big) if long => big,
        _ => BigInt::from(vm.as_long(state)?),
    };
    let (first, end, step) = (int(vm, first), int(vm, end), int(vm, step));
    let len = (&end - &first) / &step;
    let index = index.clamp(BigInt::zero(), len);
    let next = vm.new_int(&(first + index * step))?;
    vm.set_native_state(iterator(vm), 0, next);
    Ok(())
}

fn int(vm: &Vm, v: Value) -> BigInt {
    vm.int_of(v).expect("range iterator state is ints")
}

/// The step of a range iterator when everything is a small int (the common
/// `for i in range(n)`): `Some(Some(item))`, `Some(None)` when exhausted,
/// `None` to take the general path.
#[inline(always)]
pub fn fast_next(vm: &mut Vm, it: Value) -> Option<Option<Value>> {
    let o = vm.obj_of(it, layout::NATIVE_ITER)?;
    if vm.heap.raw(o, field::NATIVE_ITER::kind) != kind::RANGE {
        return None;
    }
    let s = field::NATIVE_ITER::state;
    let (next, end, step) = (
        vm.heap.field(o, s),
        vm.heap.field(o, s + 1),
        vm.heap.field(o, s + 2),
    );
    if !(next.is_small_int() && end.is_small_int() && step.is_small_int()) {
        return None;
    }
    if next == end {
        return Some(None);
    }
    let after = next.int_add(step)?;
    vm.heap.set_field(o, s, after);
    Some(Some(next))
}

/// A range iterator's state: the next value, the end and the step.
fn iter_state(vm: &Vm, it: Value) -> (Value, Value, Value) {
    let o = it.as_obj().expect("an iterator");
    let s = field::NATIVE_ITER::state;
    (
        vm.heap.field(o, s),
        vm.heap.field(o, s + 1),
        vm.heap.field(o, s + 2),
    )
}

/// How many items a range iterator has left: `(end - next) // step`.
pub fn iter_length_hint(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let (next, end, step) = iter_state(vm, it);
    use crate::bytecode::BinaryOperator::{FloorDivide, Subtract};
    vm.rooted(&[step], |vm, base| {
        let span = vm.binary_op(end, next, Subtract)?;
        vm.binary_op(span, vm.stack[base], FloorDivide)
    })
}

/// The general range iterator step (big ints).
pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let (next, end, step) = iter_state(vm, it);
    if vm.eq(next, end)? {
        return Ok(None);
    }
    let after = vm.binary_op(next, step, crate::bytecode::BinaryOperator::Add)?;
    vm.heap.set_field(
        it.as_obj().expect("an iterator"),
        field::NATIVE_ITER::state,
        after,
    );
    Ok(Some(next))
}
