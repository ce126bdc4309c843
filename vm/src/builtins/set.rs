//! set and frozenset. Each operation follows CPython's algorithm (which
//! set is iterated, when a table is copied slot for slot, when it is
//! resized first), because that decides the order a printed set shows.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{self as objects, field, layout, set as table};

use crate::bytecode::{BinaryOperator as B, CompareOperator as C};
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const SET_METHODS: Methods = &[
    ("__new__", set_new),
    ("__init__", set_init),
    ("add", add_method),
    ("discard", discard_method),
    ("remove", remove),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("update", update_method),
    ("union", union),
    ("intersection", intersection_method),
    ("difference", difference_method),
    ("symmetric_difference", symmetric_difference_method),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
];

pub const FROZENSET_METHODS: Methods = &[
    ("__new__", frozenset_new),
    ("copy", copy),
    ("union", union),
    ("intersection", intersection_method),
    ("difference", difference_method),
    ("symmetric_difference", symmetric_difference_method),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
];

fn o(v: Value) -> ObjRef {
    v.as_obj().expect("a set")
}

pub fn new_set(vm: &mut Vm, frozen: bool) -> PyResult<Value> {
    let r = table::new(&mut vm.heap, frozen);
    Ok(vm.heap_ok(r)?.value())
}

fn is_set(vm: &Vm, v: Value) -> bool {
    vm.layout_of(v).is_some_and(table::is_set_layout)
}

/// The set behind `v` (a set, frozenset, or instance of a subclass).
fn set_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<Value> {
    if is_set(vm, v) {
        return Ok(v);
    }
    if let Some(inner) = vm.builtin_base(v).filter(|i| is_set(vm, *i)) {
        return Ok(inner);
    }
    Err(super::wrong_receiver(vm, "set", method, v))
}

/// Looks `key` up: `Ok(Ok(slot))` if present, `Ok(Err((reuse, unused)))`
/// with the insertion point if absent. May run `__eq__`.
fn find(
    vm: &mut Vm,
    set: Value,
    key: Value,
    hash: i64,
) -> PyResult<Result<usize, (Option<usize>, usize)>> {
    let base = vm.stack.len();
    vm.stack.push(set);
    vm.stack.push(key);
    let result = 'restart: loop {
        let s = o(vm.stack[base]);
        let slots = table::slots(&vm.heap, s);
        let mut reuse = None;
        for slot in table::Probe::new(&vm.heap, s, hash) {
            let s = o(vm.stack[base]);
            match table::slot_state(&vm.heap, s, slot) {
                table::SlotState::Unused => break 'restart Ok(Err((reuse, slot))),
                table::SlotState::Deleted => {
                    reuse.get_or_insert(slot);
                }
                table::SlotState::Active { hash: h, key: k } if h == hash => {
                    let key = vm.stack[base + 1];
                    if let Some(eq) = objects::fast_eq(&vm.heap, k, key) {
                        if eq {
                            break 'restart Ok(Ok(slot));
                        }
                        continue;
                    }
                    let equal = match vm.eq(k, key) {
                        Ok(equal) => equal,
                        Err(e) => break 'restart Err(e),
                    };
                    // As CPython: a comparison that changed the table (or
                    // this slot) starts the probe again.
                    let s = o(vm.stack[base]);
                    let unchanged = table::slots(&vm.heap, s) == slots
                        && matches!(
                            table::slot_state(&vm.heap, s, slot),
                            table::SlotState::Active { key: now, .. } if now == k
                        );
                    if !unchanged {
                        continue 'restart;
                    }
                    if equal {
                        break 'restart Ok(Ok(slot));
                    }
                }
                table::SlotState::Active { .. } => {}
            }
        }
        unreachable!("a probe ends at an unused slot");
    };
    vm.stack.truncate(base);
    result
}

fn add_hashed(vm: &mut Vm, set: Value, key: Value, hash: i64) -> PyResult<()> {
    let base = vm.stack.len();
    vm.stack.push(set);
    vm.stack.push(key);
    let found = find(vm, set, key, hash);
    let (set, key) = (vm.stack[base], vm.stack[base + 1]);
    vm.stack.truncate(base);
    if let Err((reuse, unused)) = found? {
        let r = table::insert_at(&mut vm.heap, o(set), reuse, unused, hash, key);
        vm.heap_ok(r)?;
    }
    Ok(())
}

pub fn add(vm: &mut Vm, set: Value, key: Value) -> PyResult<()> {
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[set, key]);
    let hash = vm.hash(key);
    let (set, key) = (vm.stack[base], vm.stack[base + 1]);
    vm.stack.truncate(base);
    add_hashed(vm, set, key, hash?)
}

/// Removes `key` if present; whether it was.
fn discard(vm: &mut Vm, set: Value, key: Value) -> PyResult<bool> {
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[set, key]);
    let found = vm
        .hash(key)
        .and_then(|hash| find(vm, vm.stack[base], vm.stack[base + 1], hash));
    let set = vm.stack[base];
    vm.stack.truncate(base);
    match found? {
        Ok(slot) => {
            table::delete_slot(&mut vm.heap, o(set), slot);
            Ok(true)
        }
        Err(_) => Ok(false),
    }
}

pub fn contains(vm: &mut Vm, set: Value, key: Value) -> PyResult<bool> {
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[set, key]);
    let hash = vm.hash(key);
    let (set, key) = (vm.stack[base], vm.stack[base + 1]);
    vm.stack.truncate(base);
    let hash = match hash {
        Ok(h) => h,
        Err(_) if vm.exception_matches(TypeId::TypeError) && vm.is_layout(key, layout::SET) => {
            // A set is looked up as the frozenset with the same items.
            vm.take_exception();
            // Copying may run `__hash__`, which may collect.
            return vm.rooted(&[set], |vm, base| {
                let frozen = copy_of(vm, key, true)?;
                contains(vm, vm.stack[base], frozen)
            });
        }
        Err(e) => return Err(e),
    };
    Ok(find(vm, set, key, hash)?.is_ok())
}

/// The (hash, key) of every active slot, in table order.
fn entries(vm: &Vm, set: Value) -> Vec<(i64, Value)> {
    let s = o(set);
    (0..table::slots(&vm.heap, s))
        .filter_map(|i| table::slot(&vm.heap, s, i))
        .collect()
}

/// CPython's `set_merge`: adds every key of the set `other` to `set`.
fn merge(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    let (so, oo) = (o(set), o(other));
    let other_used = table::len(&vm.heap, oo);
    if other_used == 0 || set == other {
        return Ok(());
    }
    let mask = table::slots(&vm.heap, so) - 1;
    if (table::fill(&vm.heap, so) + other_used) * 5 >= mask * 3 {
        let target = (table::len(&vm.heap, so) + other_used) * 2;
        let r = table::resize(&mut vm.heap, so, target);
        vm.heap_ok(r)?;
    }
    let so = o(set);
    if table::fill(&vm.heap, so) == 0
        && table::slots(&vm.heap, so) == table::slots(&vm.heap, oo)
        && !table::has_deleted(&vm.heap, oo)
    {
        let r = table::copy_into_empty(&mut vm.heap, so, oo);
        return vm.heap_ok(r);
    }
    let items = entries(vm, other);
    let base = vm.stack.len();
    vm.stack.push(set);
    vm.stack.extend(items.iter().map(|p| p.1));
    let result = (|| {
        for (i, &(hash, _)) in items.iter().enumerate() {
            let (set, key) = (vm.stack[base], vm.stack[base + 1 + i]);
            add_hashed(vm, set, key, hash)?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    result
}

/// CPython's `set_update_internal`.
pub fn update(vm: &mut Vm, set: Value, iterable: Value) -> PyResult<()> {
    if let Some(other) = Some(iterable).filter(|v| is_set(vm, *v)) {
        return merge(vm, set, other);
    }
    if let Some(d) = vm.obj_of(iterable, layout::DICT) {
        let n = objects::dict::len(&vm.heap, d);
        let so = o(set);
        let mask = table::slots(&vm.heap, so) - 1;
        if (table::fill(&vm.heap, so) + n) * 5 >= mask * 3 {
            let target = (table::len(&vm.heap, so) + n) * 2;
            let r = table::resize(&mut vm.heap, so, target);
            vm.heap_ok(r)?;
        }
    }
    // Collecting may run Python code, which may move the set.
    let base = vm.stack.len();
    vm.stack.push(set);
    let items = super::functions::collect(vm, iterable);
    let items = match items {
        Ok(items) => items,
        Err(e) => {
            vm.stack.truncate(base);
            return Err(e);
        }
    };
    vm.stack.extend_from_slice(&items);
    let result = (|| {
        for i in 0..items.len() {
            let (set, key) = (vm.stack[base], vm.stack[base + 1 + i]);
            add(vm, set, key)?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    result
}

/// A new set or frozenset holding the keys of `source`.
fn copy_of(vm: &mut Vm, source: Value, frozen: bool) -> PyResult<Value> {
    let fresh = new_set(vm, frozen)?;
    let base = vm.stack.len();
    vm.stack.push(fresh);
    let r = update(vm, fresh, source);
    let fresh = vm.stack[base];
    vm.stack.truncate(base);
    r.map(|()| fresh)
}

fn frozen_like(vm: &Vm, v: Value) -> bool {
    vm.is_layout(v, layout::FROZENSET)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = vm.stack[args.base];
    let s = new_set(vm, false)?;
    super::list::for_class(vm, class, TypeId::Set, s)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "set")?;
    let given = vm.positional(args).to_vec();
    let set = set_of(vm, given[0], "__init__")?;
    match given.len() {
        1 => Ok(Value::NONE),
        2 => {
            let r = table::clear(&mut vm.heap, o(set));
            vm.heap_ok(r)?;
            update(vm, set, given[1])?;
            Ok(Value::NONE)
        }
        n => {
            let msg = format!("set expected at most 1 argument, got {}", n - 1);
            Err(vm.type_error(&msg))
        }
    }
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "frozenset")?;
    let given = vm.positional(args).to_vec();
    let class = given[0];
    let s = match given.len() {
        1 => new_set(vm, true)?,
        2 => {
            if frozen_like(vm, given[1]) && class == vm.ty(TypeId::FrozenSet) {
                return Ok(given[1]);
            }
            copy_of(vm, given[1], true)?
        }
        n => {
            let msg = format!("frozenset expected at most 1 argument, got {}", n - 1);
            return Err(vm.type_error(&msg));
        }
    };
    // Iterating the argument may have collected, moving the class.
    let class = vm.stack[args.base];
    super::list::for_class(vm, class, TypeId::FrozenSet, s)
}

fn add_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [key]) = vm.method_args::<1>(args, "add")?;
    let s = set_of(vm, s, "add")?;
    add(vm, s, key)?;
    Ok(Value::NONE)
}

fn discard_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [key]) = vm.method_args::<1>(args, "discard")?;
    let s = set_of(vm, s, "discard")?;
    discard_element(vm, s, key)?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [key]) = vm.method_args::<1>(args, "remove")?;
    let s = set_of(vm, s, "remove")?;
    if !discard_element(vm, s, key)? {
        // The lookup may have collected: the key is read again.
        let key = vm.positional(args)[1];
        return Err(vm.raise_args(TypeId::KeyError, &[key]));
    }
    Ok(Value::NONE)
}

/// `discard` for `set.discard`/`set.remove`: a set key is looked up as the
/// frozenset with the same items, as CPython does.
fn discard_element(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    vm.rooted(&[s, key], |vm, base| {
        match discard(vm, vm.stack[base], vm.stack[base + 1]) {
            Err(_)
                if vm.exception_matches(TypeId::TypeError)
                    && vm.is_layout(vm.stack[base + 1], layout::SET) =>
            {
                vm.take_exception();
                let frozen = copy_of(vm, vm.stack[base + 1], true)?;
                discard(vm, vm.stack[base], frozen)
            }
            other => other,
        }
    })
}

/// `set.pop()`: scans from a moving finger, as CPython does.
fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, "pop")?;
    let s = set_of(vm, s, "pop")?;
    let so = o(s);
    if table::len(&vm.heap, so) == 0 {
        return Err(vm.raise_msg(TypeId::KeyError, "pop from an empty set"));
    }
    let slots = table::slots(&vm.heap, so);
    let finger = vm.heap.raw(so, field::SET::hash) as usize;
    let mut i = if finger == objects::NO_HASH as usize {
        0
    } else {
        finger & (slots - 1)
    };
    loop {
        if let Some((_, key)) = table::slot(&vm.heap, so, i) {
            table::delete_slot(&mut vm.heap, so, i);
            vm.heap.set_raw(so, field::SET::hash, (i + 1) as u64);
            return Ok(key);
        }
        i = (i + 1) & (slots - 1);
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, "clear")?;
    let s = set_of(vm, s, "clear")?;
    let r = table::clear(&mut vm.heap, o(s));
    vm.heap_ok(r)?;
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, "copy")?;
    let s = set_of(vm, s, "copy")?;
    if frozen_like(vm, s) {
        return Ok(s);
    }
    copy_of(vm, s, false)
}

fn update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "update")?;
    // Each step may run Python code that moves objects: the set is found
    // again from the (rooted) arguments every time.
    set_of(vm, vm.positional(args)[0], "update")?;
    for i in 1..vm.positional(args).len() {
        let s = set_of(vm, vm.positional(args)[0], "update")?;
        update(vm, s, vm.positional(args)[i])?;
    }
    Ok(Value::NONE)
}

/// `step` applied to a running result (kept rooted) and each argument
/// after the first (rooted by the call), in turn.
fn fold_others(
    vm: &mut Vm,
    args: Args,
    start: Value,
    step: fn(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    vm.rooted(&[start], |vm, base| {
        for i in 1..vm.positional(args).len() {
            let other = vm.positional(args)[i];
            let next = step(vm, vm.stack[base], other)?;
            vm.stack[base] = next;
        }
        Ok(vm.stack[base])
    })
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let s = set_of(vm, given[0], "union")?;
    let result = copy_of(vm, s, frozen_like(vm, s))?;
    let base = vm.stack.len();
    vm.stack.push(result);
    for i in 1..given.len() {
        let other = vm.positional(args)[i];
        if let Err(e) = update(vm, vm.stack[base], other) {
            vm.stack.truncate(base);
            return Err(e);
        }
    }
    let result = vm.stack[base];
    vm.stack.truncate(base);
    Ok(result)
}

/// CPython's `set_intersection`: iterates the smaller set.
pub fn intersection(vm: &mut Vm, s: Value, other: Value) -> PyResult<Value> {
    let frozen = frozen_like(vm, s);
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[Value::NONE, s, other]);
    let outcome = (|| {
        vm.stack[base] = new_set(vm, frozen)?;
        let (s, other) = (vm.stack[base + 1], vm.stack[base + 2]);
        if is_set(vm, other) {
            let (small, large) = if table::len(&vm.heap, o(other)) > table::len(&vm.heap, o(s)) {
                (s, other)
            } else {
                (other, s)
            };
            let items = entries(vm, small);
            let ibase = vm.stack.len();
            vm.stack.push(large);
            vm.stack.extend(items.iter().map(|p| p.1));
            for (i, &(hash, _)) in items.iter().enumerate() {
                let (large, key) = (vm.stack[ibase], vm.stack[ibase + 1 + i]);
                // The comparisons may collect: the key is read again after.
                if find(vm, large, key, hash)?.is_ok() {
                    add_hashed(vm, vm.stack[base], vm.stack[ibase + 1 + i], hash)?;
                }
            }
            return Ok(());
        }
        let items = super::functions::collect(vm, other)?;
        let ibase = vm.stack.len();
        vm.stack.extend_from_slice(&items);
        for i in 0..items.len() {
            let hash = vm.hash(vm.stack[ibase + i])?;
            if find(vm, vm.stack[base + 1], vm.stack[ibase + i], hash)?.is_ok() {
                add_hashed(vm, vm.stack[base], vm.stack[ibase + i], hash)?;
            }
        }
        Ok(())
    })();
    let result = vm.stack[base];
    vm.stack.truncate(base);
    outcome.map(|()| result)
}

fn intersection_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let s = set_of(vm, given[0], "intersection")?;
    if given.len() == 1 {
        return copy_of(vm, s, frozen_like(vm, s));
    }
    fold_others(vm, args, s, intersection)
}

/// CPython's `set_difference`.
pub fn difference(vm: &mut Vm, s: Value, other: Value) -> PyResult<Value> {
    let other_size = if is_set(vm, other) {
        Some(table::len(&vm.heap, o(other)))
    } else {
        vm.obj_of(other, layout::DICT)
            .map(|d| objects::dict::len(&vm.heap, d))
    };
    let frozen = frozen_like(vm, s);
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[s, other]);
    let outcome = (|| match other_size {
        Some(n) if (table::len(&vm.heap, o(s)) >> 2) <= n => {
            let result = new_set(vm, frozen)?;
            vm.stack.push(result);
            let items = entries(vm, vm.stack[base]);
            let ibase = vm.stack.len();
            vm.stack.extend(items.iter().map(|p| p.1));
            for (i, &(hash, _)) in items.iter().enumerate() {
                let key = vm.stack[ibase + i];
                let other = vm.stack[base + 1];
                let present = if is_set(vm, other) {
                    find(vm, other, key, hash)?.is_ok()
                } else {
                    vm.dict_get(other, key)?.is_some()
                };
                if !present {
                    add_hashed(vm, vm.stack[base + 2], vm.stack[ibase + i], hash)?;
                }
            }
            Ok(vm.stack[base + 2])
        }
        _ => {
            let result = copy_of(vm, vm.stack[base], frozen)?;
            vm.stack.push(result);
            let items = super::functions::collect(vm, vm.stack[base + 1])?;
            let ibase = vm.stack.len();
            vm.stack.extend_from_slice(&items);
            for i in 0..items.len() {
                discard(vm, vm.stack[base + 2], vm.stack[ibase + i])?;
            }
            Ok(vm.stack[base + 2])
        }
    })();
    vm.stack.truncate(base);
    outcome
}

fn difference_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let s = set_of(vm, given[0], "difference")?;
    if given.len() == 1 {
        return copy_of(vm, s, frozen_like(vm, s));
    }
    fold_others(vm, args, s, difference)
}

/// CPython's `set_symmetric_difference_update`.
pub fn symmetric_update(vm: &mut Vm, mut s: Value, other: Value) -> PyResult<()> {
    let items: Vec<(i64, Value)> = if is_set(vm, other) {
        entries(vm, other)
    } else {
        // Iterating may run Python code and collect: `s` stays rooted.
        let (other_set, moved) = vm.rooted(&[s], |vm, base| {
            let made = (|| {
                let keys = super::functions::collect(vm, other)?;
                let keys = vm.new_list(&keys)?;
                copy_of(vm, keys, false)
            })();
            (made, vm.stack[base])
        });
        s = moved;
        entries(vm, other_set?)
    };
    let base = vm.stack.len();
    vm.stack.push(s);
    vm.stack.extend(items.iter().map(|p| p.1));
    let outcome = (|| {
        for (i, &(hash, _)) in items.iter().enumerate() {
            let (s, key) = (vm.stack[base], vm.stack[base + 1 + i]);
            match find(vm, s, key, hash)? {
                Ok(slot) => table::delete_slot(&mut vm.heap, o(vm.stack[base]), slot),
                Err((reuse, unused)) => {
                    // The comparisons may collect: the key is read again.
                    let key = vm.stack[base + 1 + i];
                    let r =
                        table::insert_at(&mut vm.heap, o(vm.stack[base]), reuse, unused, hash, key);
                    vm.heap_ok(r)?;
                }
            }
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    outcome
}

fn symmetric_difference(vm: &mut Vm, s: Value, other: Value) -> PyResult<Value> {
    let frozen = frozen_like(vm, s);
    let base = vm.stack.len();
    vm.stack.push(s);
    let result = copy_of(vm, other, frozen);
    let s = vm.stack[base];
    vm.stack.truncate(base);
    let result = result?;
    vm.stack.push(result);
    let r = symmetric_update(vm, result, s);
    let result = vm.stack[base];
    vm.stack.truncate(base);
    r.map(|()| result)
}

fn symmetric_difference_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [other]) = vm.method_args::<1>(args, "symmetric_difference")?;
    let s = set_of(vm, s, "symmetric_difference")?;
    symmetric_difference(vm, s, other)
}

/// Replaces the contents of `s` by those of `with` (same table).
fn take_table(vm: &mut Vm, s: Value, with: Value) -> PyResult<()> {
    let r = table::clear(&mut vm.heap, o(s));
    vm.heap_ok(r)?;
    let size = table::slots(&vm.heap, o(with));
    if size != table::slots(&vm.heap, o(s)) {
        let r = table::resize(&mut vm.heap, o(s), size / 2);
        vm.heap_ok(r)?;
    }
    let r = table::copy_into_empty(&mut vm.heap, o(s), o(with));
    vm.heap_ok(r)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_of(vm, vm.positional(args)[0], "intersection_update")?;
    let result = fold_others(vm, args, s, intersection)?;
    let s = set_of(vm, vm.positional(args)[0], "intersection_update")?;
    take_table(vm, s, result)?;
    Ok(Value::NONE)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_of(vm, vm.positional(args)[0], "difference_update")?;
    for i in 1..vm.positional(args).len() {
        let s = set_of(vm, vm.positional(args)[0], "difference_update")?;
        difference_update_one(vm, s, vm.positional(args)[i])?;
    }
    Ok(Value::NONE)
}

fn difference_update_one(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        let r = table::clear(&mut vm.heap, o(s));
        return vm.heap_ok(r);
    }
    let base = vm.stack.len();
    vm.stack.push(s);
    let items = match super::functions::collect(vm, other) {
        Ok(items) => items,
        Err(e) => {
            vm.stack.truncate(base);
            return Err(e);
        }
    };
    vm.stack.extend_from_slice(&items);
    let outcome = (|| {
        for i in 0..items.len() {
            discard(vm, vm.stack[base], vm.stack[base + 1 + i])?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    outcome
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [other]) = vm.method_args::<1>(args, "symmetric_difference_update")?;
    let s = set_of(vm, s, "symmetric_difference_update")?;
    symmetric_update(vm, s, other)?;
    Ok(Value::NONE)
}

/// Every key of `a` is in `b`.
fn subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if table::len(&vm.heap, o(a)) > table::len(&vm.heap, o(b)) {
        return Ok(false);
    }
    let items = entries(vm, a);
    let base = vm.stack.len();
    vm.stack.push(b);
    vm.stack.extend(items.iter().map(|p| p.1));
    let outcome = (|| {
        for (i, &(hash, _)) in items.iter().enumerate() {
            if find(vm, vm.stack[base], vm.stack[base + 1 + i], hash)?.is_err() {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.stack.truncate(base);
    outcome
}

fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_set(vm, v) {
        return Ok(v);
    }
    copy_of(vm, v, false)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [other]) = vm.method_args::<1>(args, "issubset")?;
    set_of(vm, s, "issubset")?;
    // Making a set of `other` may run Python code: `self` is read after.
    let other = as_set(vm, other)?;
    let s = set_of(vm, vm.positional(args)[0], "issubset")?;
    Ok(Value::from_bool(subset(vm, s, other)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [other]) = vm.method_args::<1>(args, "issuperset")?;
    set_of(vm, s, "issuperset")?;
    // Making a set of `other` may run Python code: `self` is read after.
    let other = as_set(vm, other)?;
    let s = set_of(vm, vm.positional(args)[0], "issuperset")?;
    Ok(Value::from_bool(subset(vm, other, s)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [other]) = vm.method_args::<1>(args, "isdisjoint")?;
    let s = set_of(vm, s, "isdisjoint")?;
    let common = intersection(vm, s, other)?;
    Ok(Value::from_bool(table::len(&vm.heap, o(common)) == 0))
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, "__len__")?;
    let s = set_of(vm, s, "__len__")?;
    Ok(Value::small_int_const(table::len(&vm.heap, o(s)) as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [key]) = vm.method_args::<1>(args, "__contains__")?;
    let s = set_of(vm, s, "__contains__")?;
    Ok(Value::from_bool(contains(vm, s, key)?))
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, "__iter__")?;
    let s = set_of(vm, s, "__iter__")?;
    new_iter(vm, s)
}

pub fn new_iter(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let it = vm.alloc(layout::SET_ITER, field::SET_ITER::COUNT)?;
    let len = table::len(&vm.heap, o(s));
    vm.heap.set_field(it, field::SET_ITER::set, s);
    vm.heap
        .set_field(it, field::SET_ITER::index, Value::small_int_const(0));
    vm.heap
        .set_field(it, field::SET_ITER::len, Value::small_int_const(len as i64));
    Ok(it.value())
}

pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let io = it.as_obj().expect("an iterator");
    let s = vm.heap.field(io, field::SET_ITER::set);
    if s.is_empty() {
        return Ok(None);
    }
    let expected = vm
        .heap
        .field(io, field::SET_ITER::len)
        .small_int_unchecked() as usize;
    if table::len(&vm.heap, o(s)) != expected {
        vm.heap
            .set_field(io, field::SET_ITER::len, Value::small_int_const(-1));
        return Err(vm.raise_msg(TypeId::RuntimeError, "Set changed size during iteration"));
    }
    let mut i = vm
        .heap
        .field(io, field::SET_ITER::index)
        .small_int_unchecked() as usize;
    let slots = table::slots(&vm.heap, o(s));
    while i < slots {
        if let Some((_, key)) = table::slot(&vm.heap, o(s), i) {
            vm.heap.set_field(
                io,
                field::SET_ITER::index,
                Value::small_int_const(i as i64 + 1),
            );
            return Ok(Some(key));
        }
        i += 1;
    }
    vm.heap.set_field(io, field::SET_ITER::set, Value::EMPTY);
    Ok(None)
}

/// `<`, `<=`, `==`, ... between two sets.
pub fn compare_sets(vm: &mut Vm, a: Value, b: Value, op: C) -> PyResult<Value> {
    let (la, lb) = (table::len(&vm.heap, o(a)), table::len(&vm.heap, o(b)));
    let r = match op {
        C::Equal => la == lb && subset(vm, a, b)?,
        C::NotEqual => !(la == lb && subset(vm, a, b)?),
        C::LessEqual => subset(vm, a, b)?,
        C::Less => la < lb && subset(vm, a, b)?,
        C::GreaterEqual => subset(vm, b, a)?,
        C::Greater => lb < la && subset(vm, b, a)?,
    };
    Ok(Value::from_bool(r))
}

/// `|`, `&`, `-`, `^` between sets.
pub fn binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    if !is_set(vm, b) {
        return Ok(None);
    }
    Ok(Some(match op {
        B::Or => {
            // Copying may compare keys in Python: `b` stays rooted.
            let base = vm.stack.len();
            vm.stack.push(b);
            let copied = copy_of(vm, a, frozen_like(vm, a));
            let b = vm.stack[base];
            vm.stack.truncate(base);
            let result = copied?;
            vm.stack.push(result);
            let r = update(vm, result, b);
            let result = vm.stack[base];
            vm.stack.truncate(base);
            r?;
            result
        }
        B::And => intersection(vm, a, b)?,
        B::Subtract => difference(vm, a, b)?,
        B::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

/// `|=`, `&=`, `-=`, `^=` on a set.
pub fn inplace_op(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    if !is_set(vm, b) {
        return Ok(None);
    }
    match op {
        B::InplaceOr => update(vm, a, b)?,
        B::InplaceAnd => {
            let (r, a) = vm.rooted(&[a], |vm, base| {
                let r = intersection(vm, vm.stack[base], b)?;
                Ok((r, vm.stack[base]))
            })?;
            take_table(vm, a, r)?;
        }
        B::InplaceSubtract => difference_update_one(vm, a, b)?,
        B::InplaceXor => symmetric_update(vm, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a))
}
