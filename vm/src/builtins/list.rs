//! list: methods, indexing and slicing, and the list operators.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{self as objects, layout};

use crate::bytecode::BinaryOperator as B;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::slice::{slice_indices, slice_positions};
use super::Methods;

pub const LIST_METHODS: Methods = &[
    ("__new__", list_new),
    ("__init__", list_init),
    ("append", append),
    ("extend", extend_method),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("sort", sort),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
];

/// The list behind `v` (a list or an instance of a list subclass).
pub fn list_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<ObjRef> {
    if let Some(o) = vm.obj_of(v, layout::LIST) {
        return Ok(o);
    }
    if let Some(inner) = vm.builtin_base(v) {
        if let Some(o) = vm.obj_of(inner, layout::LIST) {
            return Ok(o);
        }
    }
    Err(super::wrong_receiver(vm, "list", method, v))
}

/// Wraps builtin data for a subclass instance when `class` is not the
/// builtin type itself.
pub fn for_class(vm: &mut Vm, class: Value, id: TypeId, data: Value) -> PyResult<Value> {
    if class == vm.ty(id) {
        return Ok(data);
    }
    let instance = vm.new_instance(class)?;
    vm.heap.set_field(
        instance.as_obj().expect("an instance"),
        minnow_objects::field::INSTANCE::base,
        data,
    );
    Ok(instance)
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = vm.stack[args.base];
    let list = vm.new_list(&[])?;
    for_class(vm, class, TypeId::List, list)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let list = list_of(vm, given[0], "__init__")?;
    objects::list::truncate(&mut vm.heap, list, 0);
    match given.len() {
        1 => {}
        2 => extend(vm, given[0], given[1])?,
        n => {
            let msg = format!("list expected at most 1 argument, got {}", n - 1);
            return Err(vm.type_error(&msg));
        }
    }
    Ok(Value::NONE)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [v]) = vm.method_args::<1>(args, "append")?;
    let list = list_of(vm, l, "append")?;
    let r = objects::list::push(&mut vm.heap, list, v);
    vm.heap_ok(r)?;
    Ok(Value::NONE)
}

/// `list.extend(iterable)`; leaves the list unchanged if iteration fails
/// before the first item.
pub fn extend(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    let base = vm.stack.len();
    vm.stack.push(l);
    let items = super::functions::collect(vm, iterable);
    let l = vm.stack[base];
    vm.stack.truncate(base);
    let items = items?;
    let list = list_of(vm, l, "extend")?;
    let r = objects::list::reserve(&mut vm.heap, list, items.len());
    vm.heap_ok(r)?;
    for v in items {
        let r = objects::list::push(&mut vm.heap, list, v);
        vm.heap_ok(r)?;
    }
    Ok(())
}

fn extend_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [iterable]) = vm.method_args::<1>(args, "extend")?;
    extend(vm, l, iterable)?;
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [i, _]) = vm.method_args::<2>(args, "insert")?;
    list_of(vm, l, "insert")?;
    // The index's `__index__` may collect: the list and the value are read
    // from the arguments afterwards.
    let i = vm.as_index(i)?;
    let (l, v) = (vm.stack[args.base], vm.stack[args.base + 2]);
    let list = list_of(vm, l, "insert")?;
    let n = objects::list::len(&vm.heap, list) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let r = objects::list::insert(&mut vm.heap, list, at as usize, v);
    vm.heap_ok(r)?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [i]) = vm.method_range_args::<1>(args, 0, "pop")?;
    // The index is converted first, as CPython does; its `__index__` may
    // run Python code, so the list is read from the arguments afterwards.
    let index = if i.is_empty() {
        None
    } else {
        Some(vm.as_index(i)?)
    };
    let (l, _) = vm.method_range_args::<1>(args, 0, "pop")?;
    let list = list_of(vm, l, "pop")?;
    let n = objects::list::len(&vm.heap, list);
    if n == 0 {
        return Err(vm.raise_msg(TypeId::IndexError, "pop from empty list"));
    }
    let at = match index {
        None => n - 1,
        Some(i) => match index_in(vm, l, i) {
            Some(at) => at,
            None => return Err(vm.raise_msg(TypeId::IndexError, "pop index out of range")),
        },
    };
    Ok(objects::list::remove(&mut vm.heap, list, at))
}

/// The first index of `v` in the list, comparing with `==`.
fn find(vm: &mut Vm, l: Value, v: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let base = vm.stack.len();
    vm.stack.push(l);
    vm.stack.push(v);
    let mut i = start;
    let result = loop {
        let list = vm.stack[base].as_obj().expect("a list");
        let list = vm
            .builtin_base(list.value())
            .and_then(|b| b.as_obj())
            .unwrap_or(list);
        if i >= stop.min(objects::list::len(&vm.heap, list)) {
            break Ok(None);
        }
        let item = objects::list::get(&vm.heap, list, i);
        match vm.eq(item, vm.stack[base + 1]) {
            Ok(true) => break Ok(Some(i)),
            Ok(false) => i += 1,
            Err(e) => break Err(e),
        }
    };
    vm.stack.truncate(base);
    result
}

// The list and the value are read back from the arguments, which the stack
// roots, after anything that may run `__eq__` or `__index__` (and collect).

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [v]) = vm.method_args::<1>(args, "remove")?;
    list_of(vm, l, "remove")?;
    match find(vm, l, v, 0, usize::MAX)? {
        Some(i) => {
            let list = list_of(vm, vm.stack[args.base], "remove")?;
            objects::list::remove(&mut vm.heap, list, i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [_, start, _]) = vm.method_range_args::<3>(args, 1, "index")?;
    let list = list_of(vm, l, "index")?;
    let n = objects::list::len(&vm.heap, list);
    let (start, stop) = super::search_bounds(vm, args, start, n)?;
    let (l, v) = (vm.stack[args.base], vm.stack[args.base + 1]);
    match find(vm, l, v, start, stop)? {
        Some(i) => Ok(Value::small_int_const(i as i64)),
        None => {
            let r = vm.repr_string(vm.stack[args.base + 1])?;
            Err(vm.value_error(&format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_args::<1>(args, "count")?;
    let mut total = 0;
    let mut start = 0;
    while let Some(i) = find(
        vm,
        vm.stack[args.base],
        vm.stack[args.base + 1],
        start,
        usize::MAX,
    )? {
        total += 1;
        start = i + 1;
    }
    Ok(Value::small_int_const(total))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, []) = vm.method_args::<0>(args, "clear")?;
    let list = list_of(vm, l, "clear")?;
    objects::list::truncate(&mut vm.heap, list, 0);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, []) = vm.method_args::<0>(args, "copy")?;
    let list = list_of(vm, l, "copy")?;
    let items = objects::list::items(&vm.heap, list).to_vec();
    vm.new_list(&items)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, []) = vm.method_args::<0>(args, "reverse")?;
    let list = list_of(vm, l, "reverse")?;
    let mut items = objects::list::items(&vm.heap, list).to_vec();
    items.reverse();
    let r = objects::list::replace_all(&mut vm.heap, list, &items);
    vm.heap_ok(r)?;
    Ok(Value::NONE)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [_, reverse]) = vm.args_with_keywords(args, "sort", ["key", "reverse"])?;
    if positional.len() != 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let reverse = super::functions::sort_reverse_flag(vm, reverse)?;
    // `reverse.__index__` may have collected: the list and the key are read
    // again from their argument slots.
    let (positional, [key, _]) = vm.args_with_keywords(args, "sort", ["key", "reverse"])?;
    let l = positional[0];
    let list = list_of(vm, l, "sort")?;
    let mut items = objects::list::items(&vm.heap, list).to_vec();
    // While sorting, the list looks empty (as CPython's does), so a key
    // function that mutates it cannot corrupt the sort.
    objects::list::truncate(&mut vm.heap, list, 0);
    let base = vm.stack.len();
    vm.stack.push(l);
    let r =
        super::functions::sort_values(vm, &mut items, key.filter(|k| *k != Value::NONE), reverse);
    let l = vm.stack[base];
    vm.stack.truncate(base);
    let list = list_of(vm, l, "sort")?;
    let modified = objects::list::len(&vm.heap, list) != 0;
    let restore = objects::list::replace_all(&mut vm.heap, list, &items);
    vm.heap_ok(restore)?;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, []) = vm.method_args::<0>(args, "__len__")?;
    let list = list_of(vm, l, "__len__")?;
    Ok(Value::small_int_const(
        objects::list::len(&vm.heap, list) as i64
    ))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [key]) = vm.method_args::<1>(args, "__getitem__")?;
    let list = list_of(vm, l, "__getitem__")?;
    getitem(vm, list.value(), key)
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [key, v]) = vm.method_args::<2>(args, "__setitem__")?;
    let list = list_of(vm, l, "__setitem__")?;
    setitem(vm, list.value(), key, v)?;
    Ok(Value::NONE)
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, [v]) = vm.method_args::<1>(args, "__contains__")?;
    let list = list_of(vm, l, "__contains__")?;
    Ok(Value::from_bool(vm.contains(list.value(), v)?))
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, []) = vm.method_args::<0>(args, "__iter__")?;
    let list = list_of(vm, l, "__iter__")?;
    vm.get_iter(list.value())
}

pub fn getitem(vm: &mut Vm, l: Value, key: Value) -> PyResult<Value> {
    let list = l.as_obj().expect("a list");
    let n = objects::list::len(&vm.heap, list);
    if let Some(i) = key.as_small_int() {
        let i = if i < 0 { i + n as i64 } else { i };
        if i >= 0 && (i as usize) < n {
            return Ok(objects::list::get(&vm.heap, list, i as usize));
        }
        return Err(vm.raise_msg(TypeId::IndexError, "list index out of range"));
    }
    // The slice's or the index's `__index__` may run Python code, which may
    // change the list or collect: the list is read back from a root and
    // its length taken afterwards.
    if vm.is_layout(key, layout::SLICE) {
        let ((start, _, step, length), l) = slice_and_list(vm, l, key, n)?;
        let list = l.as_obj().expect("a list");
        let now = objects::list::len(&vm.heap, list);
        let items: Vec<Value> = slice_positions(start, step, length)
            .filter(|&i| i < now)
            .map(|i| objects::list::get(&vm.heap, list, i))
            .collect();
        return vm.new_list(&items);
    }
    let (i, l) = index_and_list(vm, l, key)?;
    match index_in(vm, l, i) {
        Some(i) => Ok(objects::list::get(&vm.heap, l.as_obj().expect("a list"), i)),
        None => Err(vm.raise_msg(TypeId::IndexError, "list index out of range")),
    }
}

/// `key`'s index and the list `l`, read back from a root after `__index__`,
/// which may run Python code that changes the list or collects.
fn index_and_list(vm: &mut Vm, l: Value, key: Value) -> PyResult<(i64, Value)> {
    vm.rooted(&[l], |vm, base| {
        vm.index_of(key, "list").map(|i| (i, vm.stack[base]))
    })
}

/// As `index_and_list`, for a slice `key` over a list of length `n`.
fn slice_and_list(
    vm: &mut Vm,
    l: Value,
    key: Value,
    n: usize,
) -> PyResult<((isize, isize, isize, usize), Value)> {
    vm.rooted(&[l], |vm, base| {
        slice_indices(vm, key, n).map(|indices| (indices, vm.stack[base]))
    })
}

/// Index `i` (negative from the end) of list `l` as it is now, if in range.
fn index_in(vm: &Vm, l: Value, i: i64) -> Option<usize> {
    let n = objects::list::len(&vm.heap, l.as_obj().expect("a list")) as i64;
    let i = if i < 0 { i + n } else { i };
    (0..n).contains(&i).then_some(i as usize)
}

pub fn setitem(vm: &mut Vm, l: Value, key: Value, v: Value) -> PyResult<()> {
    let list = l.as_obj().expect("a list");
    let n = objects::list::len(&vm.heap, list);
    if vm.is_layout(key, layout::SLICE) {
        let base = vm.stack.len();
        vm.stack.extend_from_slice(&[l, v]);
        let r = assign_slice(vm, base, key, n);
        vm.stack.truncate(base);
        return r;
    }
    // `__index__` may run Python code: as in `getitem`.
    let (i, l, v) = vm.rooted(&[l, v], |vm, base| {
        vm.index_of(key, "list")
            .map(|i| (i, vm.stack[base], vm.stack[base + 1]))
    })?;
    match index_in(vm, l, i) {
        Some(i) => {
            objects::list::set(&mut vm.heap, l.as_obj().expect("a list"), i, v);
            Ok(())
        }
        None => Err(vm.raise_msg(TypeId::IndexError, "list assignment index out of range")),
    }
}

/// `list[key] = value` for a slice `key` of a list of length `n`, with
/// the list and the value at `stack[base..]`. The indices are computed
/// before the value is iterated, as CPython does, and clamped to the length
/// the list has afterwards.
fn assign_slice(vm: &mut Vm, base: usize, key: Value, n: usize) -> PyResult<()> {
    let (start, stop, step, length) = slice_indices(vm, key, n)?;
    let items = match super::functions::collect(vm, vm.stack[base + 1]) {
        Ok(items) => items,
        Err(_) if vm.exception_matches(TypeId::TypeError) => {
            vm.take_exception();
            let msg = if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            };
            return Err(vm.type_error(msg));
        }
        Err(e) => return Err(e),
    };
    let list = vm.stack[base].as_obj().expect("a list");
    let mut all = objects::list::items(&vm.heap, list).to_vec();
    if step == 1 {
        let start = (start.max(0) as usize).min(all.len());
        let stop = (stop.max(0) as usize).clamp(start, all.len());
        all.splice(start..stop, items);
        let r = objects::list::replace_all(&mut vm.heap, list, &all);
        return vm.heap_ok(r);
    }
    if items.len() != length {
        let msg = format!(
            "attempt to assign sequence of size {} to extended slice of size {length}",
            items.len()
        );
        return Err(vm.value_error(&msg));
    }
    for (pos, item) in slice_positions(start, step, length).zip(items) {
        if pos < all.len() {
            objects::list::set(&mut vm.heap, list, pos, item);
        }
    }
    Ok(())
}

pub fn delitem(vm: &mut Vm, l: Value, key: Value) -> PyResult<()> {
    let n = objects::list::len(&vm.heap, l.as_obj().expect("a list"));
    // `__index__` may run Python code: as in `getitem`.
    if vm.is_layout(key, layout::SLICE) {
        let ((start, _, step, length), l) = slice_and_list(vm, l, key, n)?;
        let list = l.as_obj().expect("a list");
        let doomed: std::collections::HashSet<usize> =
            slice_positions(start, step, length).collect();
        let kept: Vec<Value> = objects::list::items(&vm.heap, list)
            .iter()
            .enumerate()
            .filter(|(i, _)| !doomed.contains(i))
            .map(|(_, v)| *v)
            .collect();
        let r = objects::list::replace_all(&mut vm.heap, list, &kept);
        return vm.heap_ok(r);
    }
    let (i, l) = index_and_list(vm, l, key)?;
    match index_in(vm, l, i) {
        Some(i) => {
            objects::list::remove(&mut vm.heap, l.as_obj().expect("a list"), i);
            Ok(())
        }
        None => Err(vm.raise_msg(TypeId::IndexError, "list assignment index out of range")),
    }
}

/// `list + list`, `list * n`.
pub fn binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    let list = a.as_obj().expect("a list");
    match op {
        B::Add => {
            let Some(other) = vm.obj_of(b, layout::LIST) else {
                if vm.is_user_instance(b) {
                    return Ok(None);
                }
                let msg = format!(
                    "can only concatenate list (not \"{}\") to list",
                    vm.type_name_of(b)
                );
                return Err(vm.type_error(&msg));
            };
            let mut items = objects::list::items(&vm.heap, list).to_vec();
            items.extend_from_slice(objects::list::items(&vm.heap, other));
            vm.new_list(&items).map(Some)
        }
        B::Multiply => {
            let Some(n) = repeat_count(vm, b)? else {
                return Ok(None);
            };
            let items = objects::list::items(&vm.heap, list).to_vec();
            let total = items.len().saturating_mul(n);
            vm.check_items(total, std::mem::size_of::<Value>())?;
            let out = objects::list::new(&mut vm.heap, total);
            let out = vm.heap_ok(out)?;
            for _ in 0..n {
                for &v in &items {
                    let r = objects::list::push(&mut vm.heap, out, v);
                    vm.heap_ok(r)?;
                }
            }
            Ok(Some(out.value()))
        }
        _ => Ok(None),
    }
}

/// The count of a sequence repetition (`seq * n`), `None` when `n` is not
/// an int (NotImplemented); negative counts mean zero.
pub fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    if n.is_float() || vm.is_layout(n, layout::FLOAT) || !vm.is_int(n) {
        return Ok(None);
    }
    match vm.small_of(n) {
        Some(i) => Ok(Some(i.max(0) as usize)),
        None => Err(vm.raise_msg(
            TypeId::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// `list *= n`; `false` when `n` is not an int.
pub fn repeat_in_place(vm: &mut Vm, l: Value, n: Value) -> PyResult<bool> {
    let Some(r) = binary(vm, l, n, B::Multiply)? else {
        return Ok(false);
    };
    let items = objects::list::items(&vm.heap, r.as_obj().expect("a list")).to_vec();
    let list = l.as_obj().expect("a list");
    let done = objects::list::replace_all(&mut vm.heap, list, &items);
    vm.heap_ok(done)?;
    Ok(true)
}
