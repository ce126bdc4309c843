//! dict: methods, views and their iterators, `|`, and `**` merging.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{self as objects, dict_kind, field, layout};

use crate::bytecode::{BinaryOperator as B, CompareOperator as C};
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const DICT_METHODS: Methods = &[
    ("__new__", dict_new),
    ("__init__", dict_init),
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("popitem", popitem),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("update", update),
    ("clear", clear),
    ("copy", copy),
    ("fromkeys", fromkeys),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__repr__", dunder_repr),
];

pub const VIEW_METHODS: Methods = &[("isdisjoint", view_isdisjoint)];

/// The dict behind `v` (a dict or an instance of a dict subclass).
pub fn dict_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<Value> {
    if vm.is_layout(v, layout::DICT) {
        return Ok(v);
    }
    if let Some(inner) = vm
        .builtin_base(v)
        .filter(|i| vm.is_layout(*i, layout::DICT))
    {
        return Ok(inner);
    }
    Err(super::wrong_receiver(vm, "dict", method, v))
}

fn obj(v: Value) -> ObjRef {
    v.as_obj().expect("a dict")
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = vm.stack[args.base];
    let d = vm.new_dict()?;
    super::list::for_class(vm, class, TypeId::Dict, d)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let self_value = vm.stack[args.base];
    let d = dict_of(vm, self_value, "__init__")?;
    update_with_args(vm, d, args, "dict")?;
    Ok(Value::NONE)
}

/// `dict.update(other=(), **kw)` semantics, shared by `dict()`.
fn update_with_args(vm: &mut Vm, d: Value, args: Args, name: &str) -> PyResult<()> {
    let positional = vm.positional(args)[1..].to_vec();
    if positional.len() > 1 {
        let msg = format!(
            "{name} expected at most 1 argument, got {}",
            positional.len()
        );
        return Err(vm.type_error(&msg));
    }
    let base = vm.stack.len();
    vm.stack.push(d);
    if let Some(&other) = positional.first() {
        update_from(vm, d, other)?;
    }
    let keywords = vm.keywords(args);
    for (k, v) in keywords {
        let key = vm.new_str(&k)?;
        let d = vm.stack[base];
        vm.dict_set(d, key, v)?;
    }
    vm.stack.truncate(base);
    Ok(())
}

/// `d.update(other)`: from a mapping (with `keys()`) or from pairs.
pub fn update_from(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    let base = vm.stack.len();
    vm.stack.push(d);
    vm.stack.push(other);
    let result = (|| {
        // A dict subclass that keeps dict's iteration is copied from its
        // storage, as CPython does, without calling its `__getitem__`.
        let mut other = other;
        if let Some(inner) = vm
            .builtin_base(other)
            .filter(|i| vm.is_layout(*i, layout::DICT))
        {
            let iter_name = vm.intern_static("__iter__")?;
            let own_iter = vm.lookup_in_type(vm.type_of(other), iter_name);
            if own_iter == vm.lookup_in_type(vm.ty(TypeId::Dict), iter_name) {
                other = inner;
            }
        }
        if let Some(o) = vm.obj_of(other, layout::DICT) {
            // Storing may hash and compare (and collect): the pairs are
            // rooted and read back for each store.
            let pairs: Vec<Value> = objects::dict::items(&vm.heap, o)
                .into_iter()
                .flat_map(|(k, v)| [k, v])
                .collect();
            let pbase = vm.stack.len();
            vm.stack.extend_from_slice(&pairs);
            for i in 0..pairs.len() / 2 {
                let (d, k, v) = (
                    vm.stack[base],
                    vm.stack[pbase + 2 * i],
                    vm.stack[pbase + 2 * i + 1],
                );
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let keys_name = vm.intern_static("keys")?;
        if let Some(keys) = vm.getattr_opt(other, keys_name)? {
            let keys = vm.call(keys, &[])?;
            let keys = super::functions::collect(vm, keys)?;
            let kbase = vm.stack.len();
            vm.stack.extend_from_slice(&keys);
            for i in 0..keys.len() {
                let v = vm.getitem(vm.stack[base + 1], vm.stack[kbase + i])?;
                // The key and the dict are read back: `__getitem__` may
                // have collected.
                let (d, k) = (vm.stack[base], vm.stack[kbase + i]);
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        // A `__getattr__` looking for `keys` may have collected.
        let pairs = super::functions::collect(vm, vm.stack[base + 1])?;
        let pbase = vm.stack.len();
        vm.stack.extend_from_slice(&pairs);
        for i in 0..pairs.len() {
            let pair = super::functions::collect(vm, vm.stack[pbase + i]);
            let pair = match pair {
                Ok(p) => p,
                Err(_) if vm.exception_matches(TypeId::TypeError) => {
                    vm.take_exception();
                    let msg = format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    );
                    return Err(vm.type_error(&msg));
                }
                Err(e) => return Err(e),
            };
            if pair.len() != 2 {
                let msg = format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                );
                return Err(vm.value_error(&msg));
            }
            let d = vm.stack[base];
            vm.dict_set(d, pair[0], pair[1])?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    result
}

/// `f(**mapping)`: merges into the call's kwargs dict, refusing repeats.
pub fn merge_kwargs(vm: &mut Vm, d: Value, mapping: Value, callable: Value) -> PyResult<()> {
    let is_mapping =
        vm.is_layout(mapping, layout::DICT) || vm.lookup_special(mapping, "keys")?.is_some();
    if !is_mapping {
        let name = callable_name(vm, callable)?;
        let msg = format!(
            "{name} argument after ** must be a mapping, not {}",
            vm.type_name_of(mapping)
        );
        return Err(vm.type_error(&msg));
    }
    let fresh = vm.new_dict()?;
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&[d, mapping, fresh, callable]);
    let result = (|| {
        update_from(vm, vm.stack[base + 2], vm.stack[base + 1])?;
        let fresh = vm.stack[base + 2];
        for (k, v) in objects::dict::items(&vm.heap, obj(fresh)) {
            if !vm.is_layout(k, layout::STR) {
                return Err(vm.type_error("keywords must be strings"));
            }
            let d = vm.stack[base];
            if vm.dict_get(d, k)?.is_some() {
                let name = callable_name(vm, vm.stack[base + 3])?;
                let msg = format!(
                    "{name} got multiple values for keyword argument '{}'",
                    vm.str_text(k)
                );
                return Err(vm.type_error(&msg));
            }
            vm.dict_set(d, k, v)?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    result
}

/// How CPython names a callable in call errors: `module.qualname()`.
fn callable_name(vm: &mut Vm, f: Value) -> PyResult<String> {
    Ok(match vm.layout_of(f) {
        Some(layout::FUNCTION) => {
            let o = f.as_obj().expect("a function");
            let q = vm
                .str_text(vm.heap.field(o, field::FUNCTION::qualname))
                .to_string();
            let m = vm.heap.field(o, field::FUNCTION::module);
            if vm.is_layout(m, layout::STR) {
                format!("{}.{q}()", vm.str_text(m))
            } else {
                format!("{q}()")
            }
        }
        Some(layout::BUILTIN_FUNCTION) => format!("{}()", vm.native_name(f)),
        Some(layout::BOUND_METHOD) => {
            let o = f.as_obj().expect("a bound method");
            callable_name(vm, vm.heap.field(o, field::BOUND_METHOD::function))?
        }
        _ => format!("{}()", vm.type_name_of(f)),
    })
}

// A lookup may run `__hash__` and `__eq__` (and collect): what is used after
// one is read back from the arguments, which the stack roots.

/// The `default` argument of `get`, `setdefault` and `pop`, if given.
fn default_argument(vm: &Vm, args: Args) -> Option<Value> {
    vm.positional(args).get(2).copied()
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `d.get(k)` and `d.get(k, default)` on an exact dict with a str key,
    // the common case, without unpacking the arguments.
    if args.kwnames.is_empty() && (args.count == 2 || args.count == 3) {
        let (d, k) = (vm.stack[args.base], vm.stack[args.base + 1]);
        if vm.is_layout(d, layout::DICT) {
            if let Some(found) = vm.dict_lookup_str(d, k) {
                return Ok(match found {
                    Some((_, v)) => v,
                    None => default_argument(vm, args).unwrap_or(Value::NONE),
                });
            }
        }
    }
    let (d, [k, _]) = vm.method_range_args::<2>(args, 1, "get")?;
    let d = dict_of(vm, d, "get")?;
    let found = vm.dict_get(d, k)?;
    Ok(found.unwrap_or_else(|| default_argument(vm, args).unwrap_or(Value::NONE)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, [k, _]) = vm.method_range_args::<2>(args, 1, "setdefault")?;
    let d = dict_of(vm, d, "setdefault")?;
    if let Some(v) = vm.dict_get(d, k)? {
        return Ok(v);
    }
    let default = |vm: &Vm| default_argument(vm, args).unwrap_or(Value::NONE);
    let (d, k) = (vm.stack[args.base], vm.stack[args.base + 1]);
    let d = dict_of(vm, d, "setdefault")?;
    vm.dict_set(d, k, default(vm))?;
    Ok(default(vm))
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, [k, _]) = vm.method_range_args::<2>(args, 1, "pop")?;
    let d = dict_of(vm, d, "pop")?;
    match vm.dict_del(d, k)? {
        Some(v) => Ok(v),
        None => match default_argument(vm, args) {
            Some(default) => Ok(default),
            None => Err(vm.raise_args(TypeId::KeyError, &[vm.stack[args.base + 1]])),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "popitem")?;
    let d = dict_of(vm, d, "popitem")?;
    let o = obj(d);
    let last = (0..objects::dict::used(&vm.heap, o))
        .rev()
        .find(|&i| objects::dict::entry(&vm.heap, o, i).is_some());
    match last {
        Some(i) => {
            let (k, v) = objects::dict::delete_entry(&mut vm.heap, o, i);
            vm.new_tuple(&[k, v])
        }
        None => Err(vm.raise_msg(TypeId::KeyError, "popitem(): dictionary is empty")),
    }
}

fn new_view(vm: &mut Vm, d: Value, kind: u64) -> PyResult<Value> {
    let view = vm.alloc(layout::DICT_VIEW, field::DICT_VIEW::COUNT)?;
    vm.heap.set_raw(view, field::DICT_VIEW::kind, kind);
    vm.heap.set_field(view, field::DICT_VIEW::dict, d);
    Ok(view.value())
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "keys")?;
    let d = dict_of(vm, d, "keys")?;
    new_view(vm, d, dict_kind::KEYS)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "values")?;
    let d = dict_of(vm, d, "values")?;
    new_view(vm, d, dict_kind::VALUES)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "items")?;
    let d = dict_of(vm, d, "items")?;
    new_view(vm, d, dict_kind::ITEMS)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let self_value = vm.stack[args.base];
    let d = dict_of(vm, self_value, "update")?;
    update_with_args(vm, d, args, "update")?;
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "clear")?;
    let d = dict_of(vm, d, "clear")?;
    objects::dict::clear(&mut vm.heap, obj(d));
    Ok(Value::NONE)
}

pub fn copy_dict(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let fresh = vm.new_dict()?;
    // A key's `__hash__` may collect: the copy and the pairs are rooted and
    // read back for each key.
    let mut roots = vec![fresh];
    roots.extend(
        objects::dict::items(&vm.heap, obj(d))
            .into_iter()
            .flat_map(|(k, v)| [k, v]),
    );
    vm.rooted(&roots, |vm, base| {
        for i in 0..(roots.len() - 1) / 2 {
            let h = vm.hash(vm.stack[base + 1 + 2 * i])?;
            let (fresh, k, v) = (
                vm.stack[base],
                vm.stack[base + 1 + 2 * i],
                vm.stack[base + 2 + 2 * i],
            );
            let r = objects::dict::insert_new(&mut vm.heap, obj(fresh), h, k, v);
            vm.heap_ok(r)?;
        }
        Ok(vm.stack[base])
    })
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "copy")?;
    let d = dict_of(vm, d, "copy")?;
    copy_dict(vm, d)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [iterable, _]) = vm.method_range_args::<2>(args, 1, "fromkeys")?;
    let keys = super::functions::collect(vm, iterable)?;
    // Iterating, constructing and storing may run Python code that
    // collects: the class and the value are read from their argument slots
    // when needed.
    let class = vm.stack[args.base];
    let value = |vm: &Vm| default_argument(vm, args).unwrap_or(Value::NONE);
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&keys);
    let d = vm.call(class, &[]);
    let d = match d {
        Ok(d) => d,
        Err(e) => {
            vm.stack.truncate(base);
            return Err(e);
        }
    };
    vm.stack.push(d);
    for i in 0..keys.len() {
        let (k, d) = (vm.stack[base + i], vm.stack[base + keys.len()]);
        if let Err(e) = vm.setitem(d, k, value(vm)) {
            vm.stack.truncate(base);
            return Err(e);
        }
    }
    let d = vm.stack[base + keys.len()];
    vm.stack.truncate(base);
    Ok(d)
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "__len__")?;
    let d = dict_of(vm, d, "__len__")?;
    Ok(Value::small_int_const(
        objects::dict::len(&vm.heap, obj(d)) as i64
    ))
}

/// `dict.__repr__`: the dict's own repr, also for an instance of a
/// subclass that overrides `__repr__` (as `defaultdict`'s calls it).
fn dunder_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "__repr__")?;
    let d = dict_of(vm, d, "__repr__")?;
    vm.repr(d)
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, [k]) = vm.method_args::<1>(args, "__getitem__")?;
    let inner = dict_of(vm, d, "__getitem__")?;
    let is_subclass = d != inner;
    match vm.dict_get(inner, k)? {
        Some(v) => Ok(v),
        None => {
            // The lookup may have collected: the dict and the key are read
            // back from the arguments.
            let (d, k) = (vm.stack[args.base], vm.stack[args.base + 1]);
            if is_subclass {
                if let Some(missing) = vm.lookup_special(d, "__missing__")? {
                    return vm.call_descriptor_method(missing, d, &[k]);
                }
            }
            Err(vm.raise_args(TypeId::KeyError, &[k]))
        }
    }
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, [k, v]) = vm.method_args::<2>(args, "__setitem__")?;
    let d = dict_of(vm, d, "__setitem__")?;
    vm.dict_set(d, k, v)?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, [k]) = vm.method_args::<1>(args, "__delitem__")?;
    let d = dict_of(vm, d, "__delitem__")?;
    match vm.dict_del(d, k)? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.raise_args(TypeId::KeyError, &[k])),
    }
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, [k]) = vm.method_args::<1>(args, "__contains__")?;
    let d = dict_of(vm, d, "__contains__")?;
    Ok(Value::from_bool(vm.dict_get(d, k)?.is_some()))
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, []) = vm.method_args::<0>(args, "__iter__")?;
    let d = dict_of(vm, d, "__iter__")?;
    new_iter(vm, d, dict_kind::KEYS)
}

/// An iterator over a dict's keys, values or items.
pub fn new_iter(vm: &mut Vm, d: Value, kind: u64) -> PyResult<Value> {
    let it = vm.alloc(layout::DICT_ITER, field::DICT_ITER::COUNT)?;
    let len = objects::dict::len(&vm.heap, obj(d));
    vm.heap.set_raw(it, field::DICT_ITER::kind, kind);
    vm.heap.set_field(it, field::DICT_ITER::dict, d);
    vm.heap
        .set_field(it, field::DICT_ITER::index, Value::small_int_const(0));
    vm.heap.set_field(
        it,
        field::DICT_ITER::len,
        Value::small_int_const(len as i64),
    );
    Ok(it.value())
}

pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let o = it.as_obj().expect("an iterator");
    let d = vm.heap.field(o, field::DICT_ITER::dict);
    if d.is_empty() {
        return Ok(None);
    }
    let dobj = obj(d);
    let expected = vm
        .heap
        .field(o, field::DICT_ITER::len)
        .small_int_unchecked() as usize;
    if objects::dict::len(&vm.heap, dobj) != expected {
        vm.heap
            .set_field(o, field::DICT_ITER::len, Value::small_int_const(-1));
        return Err(vm.raise_msg(
            TypeId::RuntimeError,
            "dictionary changed size during iteration",
        ));
    }
    let mut i = vm
        .heap
        .field(o, field::DICT_ITER::index)
        .small_int_unchecked() as usize;
    let used = objects::dict::used(&vm.heap, dobj);
    while i < used {
        if let Some((k, v)) = objects::dict::entry(&vm.heap, dobj, i) {
            vm.heap.set_field(
                o,
                field::DICT_ITER::index,
                Value::small_int_const(i as i64 + 1),
            );
            return Ok(Some(match vm.heap.raw(o, field::DICT_ITER::kind) {
                dict_kind::KEYS => k,
                dict_kind::VALUES => v,
                _ => vm.new_tuple(&[k, v])?,
            }));
        }
        i += 1;
    }
    vm.heap.set_field(o, field::DICT_ITER::dict, Value::EMPTY);
    Ok(None)
}

/// Whether `v` is a keys or items view (which act as sets).
pub fn is_set_like_view(vm: &Vm, v: Value) -> bool {
    vm.obj_of(v, layout::DICT_VIEW)
        .is_some_and(|o| vm.heap.raw(o, field::DICT_VIEW::kind) != dict_kind::VALUES)
}

/// `a op b` for `&`, `|`, `-`, `^` where one side is a keys or items view:
/// a new set of `a`'s items combined with the iterable `b`, as CPython's
/// dictviews_* functions do.
pub fn view_binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    if !matches!(op, B::And | B::Or | B::Subtract | B::Xor) {
        return Ok(None);
    }
    let base = vm.stack.len();
    vm.stack.push(b);
    let result = (|| {
        let left = super::set::new_set(vm, false)?;
        vm.stack.push(left);
        super::set::update(vm, left, a)?;
        let (b, left) = (vm.stack[base], vm.stack[base + 1]);
        match op {
            B::Or => {
                super::set::update(vm, left, b)?;
                Ok(vm.stack[base + 1])
            }
            B::And => super::set::intersection(vm, left, b),
            B::Subtract => super::set::difference(vm, left, b),
            _ => {
                super::set::symmetric_update(vm, left, b)?;
                Ok(vm.stack[base + 1])
            }
        }
    })();
    vm.stack.truncate(base);
    result.map(Some)
}

/// `view == other` (and the other comparisons) for a keys or items view
/// and a set or another such view: set comparison of their items.
pub fn view_compare(vm: &mut Vm, a: Value, b: Value, op: C) -> PyResult<Value> {
    let base = vm.stack.len();
    vm.stack.push(b);
    let result = (|| {
        let x = super::set::new_set(vm, false)?;
        vm.stack.push(x);
        super::set::update(vm, x, a)?;
        let y = super::set::new_set(vm, false)?;
        vm.stack.push(y);
        super::set::update(vm, y, vm.stack[base])?;
        let (x, y) = (vm.stack[base + 1], vm.stack[base + 2]);
        super::set::compare_sets(vm, x, y, op)
    })();
    vm.stack.truncate(base);
    result
}

pub fn view_contains(vm: &mut Vm, view: Value, item: Value) -> PyResult<bool> {
    let o = view.as_obj().expect("a view");
    let d = vm.heap.field(o, field::DICT_VIEW::dict);
    match vm.heap.raw(o, field::DICT_VIEW::kind) {
        dict_kind::KEYS => Ok(vm.dict_get(d, item)?.is_some()),
        dict_kind::VALUES => {
            let base = vm.stack.len();
            vm.stack.push(item);
            vm.stack
                .extend(objects::dict::items(&vm.heap, obj(d)).iter().map(|p| p.1));
            let mut found = Ok(false);
            for i in base + 1..vm.stack.len() {
                match vm.eq(vm.stack[i], vm.stack[base]) {
                    Ok(false) => {}
                    r => {
                        found = r;
                        break;
                    }
                }
            }
            vm.stack.truncate(base);
            found
        }
        _ => {
            if !vm.is_layout(item, layout::TUPLE) || vm.tuple_len(item) != 2 {
                return Ok(false);
            }
            let pair = vm.tuple_items(item);
            match vm.dict_get(d, pair[0])? {
                Some(v) => vm.eq(v, pair[1]),
                None => Ok(false),
            }
        }
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [other]) = vm.method_args::<1>(args, "isdisjoint")?;
    let items = super::functions::collect(vm, other)?;
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&items);
    let mut result = Ok(Value::TRUE);
    for i in base..vm.stack.len() {
        let view = vm.stack[args.base];
        match view_contains(vm, view, vm.stack[i]) {
            Ok(false) => {}
            Ok(true) => {
                result = Ok(Value::FALSE);
                break;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.stack.truncate(base);
    result
}

pub fn dicts_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if objects::dict::len(&vm.heap, obj(a)) != objects::dict::len(&vm.heap, obj(b)) {
        return Ok(false);
    }
    let base = vm.stack.len();
    vm.stack.push(b);
    let entries = objects::dict::items(&vm.heap, obj(a));
    for (k, v) in &entries {
        vm.stack.push(*k);
        vm.stack.push(*v);
    }
    let result = (|| {
        for i in 0..entries.len() {
            let (k, v) = (vm.stack[base + 1 + 2 * i], vm.stack[base + 2 + 2 * i]);
            match vm.dict_get(vm.stack[base], k)? {
                Some(w) => {
                    if !vm.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    })();
    vm.stack.truncate(base);
    result
}

/// `dict | dict`.
pub fn binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    if op != B::Or || !vm.is_layout(b, layout::DICT) {
        return Ok(None);
    }
    let merged = copy_dict(vm, a)?;
    update_from(vm, merged, b)?;
    Ok(Some(merged))
}
