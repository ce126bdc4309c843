//! The functions of the `builtins` module.

use minnow_heap::Value;
use minnow_objects::{self as objects, field, layout};

use crate::bytecode::{BinaryOperator, CompareOperator};
use crate::runtime::iter::kind;
use crate::runtime::natives::{Args, NativeFn};
use crate::runtime::types::{type_field, TypeId};
use crate::runtime::{PyResult, Static, Vm};

use super::Methods;

pub const BUILTIN_FUNCTIONS: Methods = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("id", id),
    ("hash", hash),
    ("iter", iter),
    ("next", next),
    ("callable", callable),
    ("chr", chr),
    ("ord", ord),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("all", all),
    ("any", any),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
    ("format", format),
    ("input", input),
    ("open", open),
    ("exit", super::sys::exit),
    ("quit", super::sys::exit),
    ("__build_class__", super::function::build_class),
    ("__import__", crate::import::builtin_import),
    ("exec", crate::import::builtin_exec),
    ("breakpoint", breakpoint),
    ("eval", crate::import::builtin_eval),
    ("compile", crate::import::builtin_compile),
    ("aiter", super::coroutine::aiter),
    ("anext", super::coroutine::anext),
];

/// `__iter__` and `__next__` of every native iterator type.
pub const ITERATOR_METHODS: Methods = &[
    ("__iter__", iter_self),
    ("__next__", iter_next),
    ("__reduce__", super::iter_pickle::iter_reduce),
    ("__setstate__", super::iter_pickle::iter_setstate),
];

/// The iterator types that are called as builtins, and their constructors.
pub const ITERATOR_CONSTRUCTORS: &[(TypeId, NativeFn)] = &[
    (TypeId::Enumerate, enumerate_new),
    (TypeId::Zip, zip_new),
    (TypeId::Map, map_new),
    (TypeId::Filter, filter_new),
    (TypeId::Reversed, reversed_new),
];

/// `cls.__new__(cls, *args)` for an iterator type made by `make`: the
/// iterator itself, or a subclass instance wrapping it.
fn iterator_new(
    vm: &mut Vm,
    args: Args,
    id: TypeId,
    make: fn(&mut Vm, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let class = vm.stack[args.base];
    let name = crate::runtime::types::type_name(vm, vm.ty(id));
    if !vm.is_layout(class, layout::TYPE) {
        let msg = format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name_of(class)
        );
        return Err(vm.type_error(&msg));
    }
    if !vm.is_subtype(class, vm.ty(id)) {
        let given = crate::runtime::types::type_name(vm, class);
        let msg = format!("{name}.__new__({given}): {given} is not a subtype of {name}");
        return Err(vm.type_error(&msg));
    }
    let rest = Args {
        base: args.base + 1,
        count: args.count - 1,
        kwnames: args.kwnames,
    };
    let it = make(vm, rest)?;
    let class = vm.stack[args.base];
    vm.rooted(&[it], |vm, base| {
        super::list::for_class(vm, class, id, vm.stack[base])
    })
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterator_new(vm, args, TypeId::Enumerate, enumerate)
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterator_new(vm, args, TypeId::Zip, zip)
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterator_new(vm, args, TypeId::Map, map)
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterator_new(vm, args, TypeId::Filter, filter)
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterator_new(vm, args, TypeId::Reversed, reversed)
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (values, [sep, end, file, _]) =
        vm.args_with_keywords(args, "print", ["sep", "end", "file", "flush"])?;
    let text_of = |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::NONE) => Ok(default.to_string()),
            Some(v) if vm.is_layout(v, layout::STR) => Ok(vm.str_text(v).to_string()),
            Some(v) => {
                let msg = format!(
                    "{what} must be None or a string, not {}",
                    vm.type_name_of(v)
                );
                Err(vm.type_error(&msg))
            }
        }
    };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    let file = match file.filter(|f| *f != Value::NONE) {
        Some(f) => f,
        None => super::sys::current_stdout(vm)?,
    };
    let base = vm.stack.len();
    vm.stack.push(file);
    vm.stack.extend_from_slice(&values);
    let result = if super::sys::is_std_stream(vm, file) {
        print_joined(vm, base, values.len(), &sep, &end)
    } else {
        print_pieces(vm, base, values.len(), &sep, &end)
    };
    vm.stack.truncate(base);
    result?;
    // Printing ran `__str__` and `write`, which may have collected: `flush`
    // and the file are read again from the arguments.
    let (_, [_, _, _, flush]) =
        vm.args_with_keywords(args, "print", ["sep", "end", "file", "flush"])?;
    if let Some(flush) = flush {
        if vm.truthy(flush)? {
            let (_, [_, _, file, _]) =
                vm.args_with_keywords(args, "print", ["sep", "end", "file", "flush"])?;
            match file.filter(|f| *f != Value::NONE) {
                Some(f) if !super::sys::is_std_stream(vm, f) => {
                    vm.call_method(f, "flush", &[])?;
                }
                _ => vm.flush_stdout(),
            }
        }
    }
    Ok(Value::NONE)
}

/// `print` to our own stream at `stack[base]`: the values after it, joined
/// and written at once.
fn print_joined(vm: &mut Vm, base: usize, n: usize, sep: &str, end: &str) -> PyResult<()> {
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push_str(sep);
        }
        let v = vm.stack[base + 1 + i];
        out.push_str(&vm.str_string(v)?);
    }
    out.push_str(end);
    let file = vm.stack[base];
    super::sys::write_to(vm, file, &out)
}

/// `print` to any other file: one `write` call per value, separator and
/// end, as CPython makes them.
fn print_pieces(vm: &mut Vm, base: usize, n: usize, sep: &str, end: &str) -> PyResult<()> {
    let write = |vm: &mut Vm, text: Value| -> PyResult<()> {
        let file = vm.stack[base];
        vm.call_method(file, "write", &[text])?;
        Ok(())
    };
    for i in 0..n {
        if i > 0 {
            let s = vm.new_str(sep)?;
            write(vm, s)?;
        }
        let v = vm.stack[base + 1 + i];
        let s = vm.to_str(v)?;
        write(vm, s)?;
    }
    let s = vm.new_str(end)?;
    write(vm, s)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "len")?;
    let n = vm.len(v)?;
    vm.new_length(n)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "repr")?;
    vm.repr(v)
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "ascii")?;
    super::ascii(vm, v)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "abs")?;
    abs_value(vm, v)
}

/// `abs(v)`.
pub fn abs_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    use crate::runtime::ops::Num;
    match vm.num(v).filter(|_| !vm.is_layout(v, layout::INSTANCE)) {
        Some(Num::Int(i)) => vm.new_int_i128((i as i128).abs()),
        Some(Num::Big(b)) => vm.new_int(&num_traits::Signed::abs(&b)),
        Some(Num::Float(f)) => vm.new_float(f.abs()),
        None => match vm.lookup_special(v, "__abs__")? {
            Some(m) => vm.call_descriptor_method(m, v, &[]),
            None => {
                let msg = format!("bad operand type for abs(): '{}'", vm.type_name_of(v));
                Err(vm.type_error(&msg))
            }
        },
    }
}

/// min() and max(): one iterable or several arguments, `key`, `default`.
fn min_max(vm: &mut Vm, args: Args, name: &str, op: CompareOperator) -> PyResult<Value> {
    let (positional, [_, default]) = vm.args_with_keywords(args, name, ["key", "default"])?;
    let items = match positional.len() {
        0 => {
            let msg = format!("{name} expected at least 1 argument, got 0");
            return Err(vm.type_error(&msg));
        }
        1 => collect(vm, positional[0])?,
        _ => {
            if default.is_some() {
                let msg = format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                );
                return Err(vm.type_error(&msg));
            }
            positional
        }
    };
    // Read again after `collect`, which may have run Python code.
    let (_, [key, default]) = vm.args_with_keywords(args, name, ["key", "default"])?;
    let key = key.filter(|k| *k != Value::NONE);
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => {
                let msg = format!("{name}() arg is an empty sequence");
                Err(vm.value_error(&msg))
            }
        };
    }
    // The key function, the items, the best key so far and the candidate's
    // key all stay rooted on the stack: key functions and `<` may collect.
    let key_slot = vm.stack.len();
    vm.stack.push(key.unwrap_or(Value::NONE));
    let base = vm.stack.len();
    let n = items.len();
    vm.stack.extend_from_slice(&items);
    vm.stack.extend_from_slice(&[Value::NONE, Value::NONE]);
    let (best_key, candidate_key) = (base + n, base + n + 1);
    let result = (|| {
        let keyed = |vm: &mut Vm, i: usize| -> PyResult<Value> {
            let v = vm.stack[base + i];
            match key {
                Some(_) => {
                    let k = vm.stack[key_slot];
                    vm.call(k, &[v])
                }
                None => Ok(v),
            }
        };
        let mut best = 0;
        vm.stack[best_key] = keyed(vm, 0)?;
        for i in 1..n {
            vm.stack[candidate_key] = keyed(vm, i)?;
            let r = vm.compare(vm.stack[candidate_key], vm.stack[best_key], op)?;
            if vm.truthy(r)? {
                best = i;
                vm.stack[best_key] = vm.stack[candidate_key];
            }
        }
        Ok(vm.stack[base + best])
    })();
    vm.stack.truncate(key_slot);
    result
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOperator::Less)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOperator::Greater)
}

/// All items of an iterable, in a Vec. The caller roots them (pushes them
/// on the stack) before running Python code.
pub fn collect(vm: &mut Vm, iterable: Value) -> PyResult<Vec<Value>> {
    match vm.layout_of(iterable) {
        Some(layout::LIST) => {
            return Ok(objects::list::items(&vm.heap, iterable.as_obj().expect("a list")).to_vec())
        }
        Some(layout::TUPLE) => return Ok(vm.tuple_items(iterable)),
        Some(layout::RANGE) => {
            // A range knows its length: a huge one is refused before any
            // item is made, as CPython sizes the list up front.
            let len = super::range::len(vm, iterable)?;
            vm.check_items(len, std::mem::size_of::<Value>())?;
        }
        _ => {}
    }
    let it = vm.get_iter(iterable)?;
    // Past the largest object the heap allows, the items never could
    // become one.
    let max_items = vm.heap.max_object_bytes() / std::mem::size_of::<Value>();
    if vm.is_layout(it, layout::GENERATOR) {
        return collect_generator(vm, it, max_items);
    }
    let base = vm.stack.len();
    vm.stack.push(it);
    // The items wait on the VM stack, outside the heap, until they become
    // an object.
    let result = loop {
        let it = vm.stack[base];
        if vm.stack.len() - base > max_items {
            break Err(vm.raise_memory_error());
        }
        match vm.next(it) {
            Ok(Some(v)) => vm.stack.push(v),
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    let items = vm.stack[base + 1..].to_vec();
    vm.stack.truncate(base);
    result.map(|()| items)
}

/// `collect` of a generator, whose items gather in a list: the VM stack
/// above its parked frame is not free to hold them.
fn collect_generator(vm: &mut Vm, generator: Value, max_items: usize) -> PyResult<Vec<Value>> {
    let list = vm.new_list(&[])?;
    let slot = vm.stack.len();
    vm.stack.push(list);
    let result = vm.for_each_item(generator, |vm, v| {
        let list = vm.stack[slot].as_obj().expect("a list");
        if objects::list::len(&vm.heap, list) >= max_items {
            return Err(vm.raise_memory_error());
        }
        let pushed = objects::list::push(&mut vm.heap, list, v);
        vm.heap_ok(pushed)?;
        Ok(true)
    });
    let list = vm.stack.pop().expect("the list");
    result?;
    Ok(objects::list::items(&vm.heap, list.as_obj().expect("a list")).to_vec())
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [start]) = vm.args_with_keywords(args, "sum", ["start"])?;
    let (iterable, start) = match positional.as_slice() {
        [it] => (*it, start.unwrap_or(Value::small_int_const(0))),
        [it, s] => (*it, *s),
        [] => return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)")),
        more => {
            let msg = format!("sum() takes at most 2 arguments ({} given)", more.len());
            return Err(vm.type_error(&msg));
        }
    };
    match vm.layout_of(start) {
        Some(layout::STR) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(layout::BYTES) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(layout::BYTEARRAY) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    // The running total stays rooted in its slot below the items, from
    // before `iter()`, which may collect.
    let total = vm.stack.len();
    vm.stack.push(start);
    let it = match vm.get_iter(iterable) {
        Ok(it) => it,
        Err(e) => {
            vm.stack.truncate(total);
            return Err(e);
        }
    };
    let result = vm.for_each_item(it, |vm, v| {
        let acc = vm.stack[total];
        let small = (acc.is_small_int() && v.is_small_int())
            .then(|| acc.int_add(v))
            .flatten();
        vm.stack[total] = match small {
            Some(r) => r,
            None => vm.binary_op(acc, v, BinaryOperator::Add)?,
        };
        Ok(true)
    });
    let total = vm.stack.pop().expect("the total");
    result.map(|()| total)
}

/// Sorts `items` in place (stable), by `key` if given, with `<`.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    // The key function stays rooted below the items: each call may collect.
    let key_slot = vm.stack.len();
    vm.stack.push(key.unwrap_or(Value::NONE));
    let base = vm.stack.len();
    vm.stack.extend_from_slice(items);
    let keys_base = vm.stack.len();
    if key.is_some() {
        for i in 0..n {
            let (k, v) = (vm.stack[key_slot], vm.stack[base + i]);
            match vm.call(k, &[v]) {
                Ok(kv) => vm.stack.push(kv),
                Err(e) => {
                    // The call may have collected: the items are read back.
                    *items = vm.stack[base..base + n].to_vec();
                    vm.stack.truncate(key_slot);
                    return Err(e);
                }
            }
        }
    }
    let key_at = if key.is_some() { keys_base } else { base };
    // As CPython: reversing before and after a stable ascending sort gives
    // a descending order that keeps equal items in their original order.
    let mut order: Vec<usize> = (0..n).collect();
    if reverse {
        order.reverse();
    }
    let mut error = None;
    let keys = &vm.stack[key_at..key_at + n];
    if keys.iter().all(|k| k.is_small_int()) {
        order.sort_by_key(|&i| keys[i].small_int_unchecked());
    } else if !objects::ordering::sort_by_plain_keys(&vm.heap, keys, &mut order) {
        // One `<` per comparison, as timsort does.
        stable_sort(&mut order, |a, b| {
            if error.is_some() {
                return false;
            }
            match less_than(vm, vm.stack[key_at + a], vm.stack[key_at + b]) {
                Ok(less) => less,
                Err(e) => {
                    error = Some(e);
                    false
                }
            }
        });
    }
    if reverse {
        order.reverse();
    }
    // The comparisons may have collected: the items are read back from
    // their roots, in the order reached even if a comparison failed.
    *items = order.iter().map(|&i| vm.stack[base + i]).collect();
    vm.stack.truncate(key_slot);
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A stable merge sort asking only `less(a, b)`. Unlike the standard
/// library's sorts it accepts a `__lt__` that is not a total order (any
/// order of the items is then a correct result, as with CPython's), where
/// those may panic.
fn stable_sort(order: &mut Vec<usize>, mut less: impl FnMut(usize, usize) -> bool) {
    const RUN: usize = 16;
    let n = order.len();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(order[j], order[j - 1]) {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut merged = vec![0; n];
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if less(order[j], order[i]) {
                    merged[k] = order[j];
                    j += 1;
                } else {
                    merged[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            merged[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            merged[k..k + (end - j)].copy_from_slice(&order[j..end]);
        }
        std::mem::swap(order, &mut merged);
        width *= 2;
    }
}

fn less_than(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CompareOperator::Less)?;
    vm.truthy(r)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython's sorted() passes its keywords on to list.sort().
    let (positional, [_, reverse]) = vm.args_with_keywords(args, "sort", ["key", "reverse"])?;
    if positional.len() != 1 {
        let msg = format!("sorted expected 1 argument, got {}", positional.len());
        return Err(vm.type_error(&msg));
    }
    let reverse = sort_reverse_flag(vm, reverse)?;
    let mut items = collect(vm, vm.positional(args)[0])?;
    // Read after `collect`, which may have run Python code.
    let (_, [key, _]) = vm.args_with_keywords(args, "sort", ["key", "reverse"])?;
    sort_values(vm, &mut items, key.filter(|k| *k != Value::NONE), reverse)?;
    vm.new_list(&items)
}

/// The `reverse` argument of `sort` and `sorted`, which CPython converts
/// to a C int: an int or an `__index__` object, not any truthy value.
pub fn sort_reverse_flag(vm: &mut Vm, reverse: Option<Value>) -> PyResult<bool> {
    let Some(r) = reverse else {
        return Ok(false);
    };
    let i = vm.as_index(r).map_err(|raised| {
        if vm.exception_matches(TypeId::OverflowError) {
            vm.raise_msg(
                TypeId::OverflowError,
                "Python int too large to convert to C int",
            )
        } else {
            raised
        }
    })?;
    if i32::try_from(i).is_err() {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    Ok(i != 0)
}

/// Whether `test(value, class)` holds for some class of `tuple`. A test may
/// run `__instancecheck__` or `__subclasscheck__`, which may collect: the
/// value and the tuple are rooted and read back after each.
fn any_class_in_tuple(
    vm: &mut Vm,
    value: Value,
    tuple: Value,
    test: fn(&mut Vm, Value, Value) -> PyResult<bool>,
) -> PyResult<bool> {
    vm.rooted(&[value, tuple], |vm, base| {
        for i in 0.. {
            let (value, tuple) = (vm.stack[base], vm.stack[base + 1]);
            let Some(&class) = vm.heap.fields(tuple.as_obj().expect("a tuple")).get(i) else {
                break;
            };
            if test(vm, value, class)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// isinstance() for one class or a tuple of them, honouring
/// `__instancecheck__` on metaclasses.
pub fn isinstance_value(vm: &mut Vm, obj: Value, class: Value) -> PyResult<bool> {
    if vm.is_layout(class, layout::TUPLE) {
        return any_class_in_tuple(vm, obj, class, isinstance_value);
    }
    if !vm.is_type(class) {
        // Not a class, but one that checks instances itself (a union).
        if let Some(check) = vm.lookup_special(class, "__instancecheck__")? {
            let r = vm.call_descriptor_method(check, class, &[obj])?;
            return vm.truthy(r);
        }
        return vm.rooted(&[obj, class], |vm, base| {
            if abstract_bases(vm, vm.stack[base + 1])?.is_none() {
                return Err(vm.type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ));
            }
            let name = vm.intern_static("__class__")?;
            match vm.getattr_opt(vm.stack[base], name) {
                Ok(Some(claimed)) => abstract_issubclass(vm, claimed, vm.stack[base + 1], 0),
                Ok(None) => Ok(false),
                Err(_) if vm.exception_matches(TypeId::AttributeError) => {
                    vm.take_exception();
                    Ok(false)
                }
                Err(e) => Err(e),
            }
        });
    }
    let ty = vm.type_of(obj);
    if vm.is_subtype(ty, class) {
        return Ok(true);
    }
    let meta = vm.type_of(class);
    if meta != vm.ty(TypeId::Type) {
        let name = vm.intern_static("__instancecheck__")?;
        if let Some(check) = vm.lookup_in_type(meta, name) {
            if vm.is_layout(check, layout::FUNCTION) {
                let r = vm.call(check, &[class, obj])?;
                return vm.truthy(r);
            }
        }
    }
    // An instance may claim another class through `__class__` (as mock
    // objects made from a spec do).
    if !vm.is_user_instance(obj) {
        return Ok(false);
    }
    vm.rooted(&[class], |vm, base| {
        let name = vm.intern_static("__class__")?;
        let claimed = match vm.getattr_opt(obj, name) {
            Ok(c) => c,
            Err(_) if vm.exception_matches(TypeId::AttributeError) => {
                vm.take_exception();
                None
            }
            Err(e) => return Err(e),
        };
        Ok(claimed.is_some_and(|c| vm.is_type(c) && vm.is_subtype(c, vm.stack[base])))
    })
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, class] = vm.exact_args::<2>(args, "isinstance")?;
    Ok(Value::from_bool(isinstance_value(vm, obj, class)?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [sub, class] = vm.exact_args::<2>(args, "issubclass")?;
    Ok(Value::from_bool(issubclass_value(vm, sub, class)?))
}

/// issubclass() for one class or a (nested) tuple of them, honouring
/// `__subclasscheck__` on metaclasses.
fn issubclass_value(vm: &mut Vm, sub: Value, class: Value) -> PyResult<bool> {
    if vm.is_layout(class, layout::TUPLE) {
        return any_class_in_tuple(vm, sub, class, issubclass_value);
    }
    if !vm.is_type(class) {
        if let Some(check) = vm.lookup_special(class, "__subclasscheck__")? {
            let r = vm.call_descriptor_method(check, class, &[sub])?;
            return vm.truthy(r);
        }
        return abstract_subclass_check(vm, sub, class);
    }
    let meta = vm.type_of(class);
    if meta != vm.ty(TypeId::Type) {
        let name = vm.intern_static("__subclasscheck__")?;
        if let Some(check) = vm.lookup_in_type(meta, name) {
            if vm.is_layout(check, layout::FUNCTION) {
                let r = vm.call(check, &[class, sub])?;
                return vm.truthy(r);
            }
        }
    }
    if !vm.is_type(sub) {
        return abstract_subclass_check(vm, sub, class);
    }
    Ok(vm.is_subtype(sub, class))
}

/// issubclass() where an argument is not a class but has `__bases__`, as
/// CPython allows: the graph of `__bases__` tuples is searched.
fn abstract_subclass_check(vm: &mut Vm, sub: Value, class: Value) -> PyResult<bool> {
    vm.rooted(&[sub, class], |vm, base| {
        if abstract_bases(vm, vm.stack[base])?.is_none() {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        if abstract_bases(vm, vm.stack[base + 1])?.is_none() {
            return Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            );
        }
        abstract_issubclass(vm, vm.stack[base], vm.stack[base + 1], 0)
    })
}

/// `obj.__bases__` when it is a tuple; None when it is missing (an
/// AttributeError) or not a tuple. Other errors propagate.
fn abstract_bases(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    let name = vm.intern_static("__bases__")?;
    match vm.getattr_opt(obj, name) {
        Ok(Some(bases)) if vm.is_layout(bases, layout::TUPLE) => Ok(Some(bases)),
        Ok(_) => Ok(None),
        Err(_) if vm.exception_matches(TypeId::AttributeError) => {
            vm.take_exception();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Whether `class` is `derived` or among its `__bases__`, transitively.
fn abstract_issubclass(vm: &mut Vm, derived: Value, class: Value, depth: usize) -> PyResult<bool> {
    if derived == class {
        return Ok(true);
    }
    if depth >= vm.recursion_limit {
        return Err(vm.raise_msg(TypeId::RecursionError, "maximum recursion depth exceeded"));
    }
    if vm.is_type(derived) && vm.is_type(class) {
        return Ok(vm.is_subtype(derived, class));
    }
    vm.rooted(&[class], |vm, base| {
        let Some(bases) = abstract_bases(vm, derived)? else {
            return Ok(false);
        };
        vm.stack.push(bases);
        let count = vm.tuple_items(bases).len();
        for i in 0..count {
            let b = vm.tuple_items(vm.stack[base + 1])[i];
            if abstract_issubclass(vm, b, vm.stack[base], depth + 1)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// `breakpoint(*args, **kwargs)`: hands its arguments to
/// `sys.breakpointhook`.
fn breakpoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(hook) = super::sys::sys_attr(vm, "breakpointhook") else {
        return Err(vm.raise_msg(TypeId::RuntimeError, "lost sys.breakpointhook"));
    };
    let given = vm.stack[args.base..args.base + args.count].to_vec();
    vm.call_kw(hook, &given, args.kwnames)
}

/// An attribute name as the interned str the attribute paths take: a str,
/// or the str inside an instance of a str subclass.
pub fn attr_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    let name = match vm.builtin_base(name) {
        Some(base) if vm.is_layout(base, layout::STR) => base,
        _ => name,
    };
    if !vm.is_layout(name, layout::STR) {
        let msg = format!(
            "attribute name must be string, not '{}'",
            vm.type_name_of(name)
        );
        return Err(vm.type_error(&msg));
    }
    let text = vm.str_text(name).to_string();
    vm.intern(&text)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = vm.exact_args::<2>(args, "hasattr")?;
    let name = attr_name(vm, name)?;
    match vm.getattr_opt(obj, name) {
        Ok(v) => Ok(Value::from_bool(v.is_some())),
        Err(_) if vm.exception_matches(TypeId::AttributeError) => {
            vm.take_exception();
            Ok(Value::FALSE)
        }
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name, default] = vm.range_args::<3>(args, 2, "getattr")?;
    let name = attr_name(vm, name)?;
    let has_default = !default.is_empty();
    let found = vm.getattr_opt(obj, name);
    // The lookup may have run Python code and collected: the object and the
    // default are read back from the arguments.
    let (obj, default) = (vm.stack[args.base], vm.stack[args.base + args.count - 1]);
    match found {
        Ok(Some(v)) => Ok(v),
        Ok(None) if has_default => Ok(default),
        Ok(None) => Err(vm.attribute_error(obj, name)),
        Err(_) if has_default && vm.exception_matches(TypeId::AttributeError) => {
            vm.take_exception();
            Ok(default)
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name, value] = vm.exact_args::<3>(args, "setattr")?;
    let name = attr_name(vm, name)?;
    vm.setattr(obj, name, value)?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = vm.exact_args::<2>(args, "delattr")?;
    let name = attr_name(vm, name)?;
    vm.delattr(obj, name)?;
    Ok(Value::NONE)
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "id")?;
    let id = match v.as_obj() {
        Some(o) => vm.heap.identity(o),
        None => v.bits(),
    };
    vm.new_int_i128(id as i128)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "hash")?;
    let h = vm.hash(v)?;
    vm.new_int_i128(h as i128)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, sentinel] = vm.range_args::<2>(args, 1, "iter")?;
    if sentinel.is_empty() {
        return vm.get_iter(v);
    }
    if !vm.is_callable(v) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    vm.new_native_iter(kind::CALLABLE, &[v, sentinel])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it, default] = vm.range_args::<2>(args, 1, "next")?;
    if default.is_empty() {
        return vm.next_or_raise(it);
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        // `__next__` may have collected: the default is read back.
        None => Ok(vm.stack[args.base + 1]),
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, []) = vm.method_args::<0>(args, "__iter__")?;
    Ok(it)
}

pub fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, []) = vm.method_args::<0>(args, "__length_hint__")?;
    let it = vm.builtin_base(it).unwrap_or(it);
    vm.iterator_length_hint(it)
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, []) = vm.method_args::<0>(args, "__next__")?;
    let it = vm.builtin_base(it).unwrap_or(it);
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.raise_args(TypeId::StopIteration, &[])),
    }
}

impl Vm {
    pub fn is_callable(&mut self, v: Value) -> bool {
        match self.layout_of(v) {
            Some(
                layout::FUNCTION
                | layout::BUILTIN_FUNCTION
                | layout::BOUND_METHOD
                | layout::TYPE
                | layout::STATICMETHOD,
            ) => true,
            _ => matches!(self.lookup_special(v, "__call__"), Ok(Some(_))),
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "callable")?;
    Ok(Value::from_bool(vm.is_callable(v)))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "chr")?;
    let Some(i) = vm
        .small_of(v)
        .filter(|_| !vm.is_layout(v, layout::FLOAT) && !v.is_float())
    else {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "ord")?;
    if vm.is_layout(v, layout::STR) {
        let mut chars = vm.str_text(v).chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::small_int_const(c as i64)),
            _ => {
                let n = vm.str_text(v).chars().count();
                let msg = format!("ord() expected a character, but string of length {n} found");
                Err(vm.type_error(&msg))
            }
        };
    }
    if matches!(vm.layout_of(v), Some(layout::BYTES | layout::BYTEARRAY)) {
        let b = super::bytes::bytes_of(vm, v);
        if b.len() == 1 {
            return Ok(Value::small_int_const(b[0] as i64));
        }
        let msg = format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        );
        return Err(vm.type_error(&msg));
    }
    let msg = format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = vm.exact_args::<2>(args, "divmod")?;
    use crate::runtime::ops::Num;
    if let (Some(Num::Float(_)), Some(_)) | (Some(_), Some(Num::Float(_))) = (vm.num(a), vm.num(b))
    {
        let (x, y) = (vm.float_value_of(a)?, vm.float_value_of(b)?);
        if y == 0.0 {
            return Err(vm.raise_msg(TypeId::ZeroDivisionError, "float divmod()"));
        }
        let (q, r) = crate::runtime::ops::float_divmod(x, y);
        let (q, r) = (vm.new_float(q)?, vm.new_float(r)?);
        return vm.new_tuple(&[q, r]);
    }
    if vm.is_int(a) && vm.is_int(b) && !vm.is_user_instance(a) && !vm.is_user_instance(b) {
        let q = vm.binary_op(a, b, BinaryOperator::FloorDivide)?;
        let r = vm.binary_op(a, b, BinaryOperator::Remainder)?;
        return vm.new_tuple(&[q, r]);
    }
    for (reflected, name) in [(false, "__divmod__"), (true, "__rdivmod__")] {
        // The operands are read from their argument slots: the first
        // method may have collected.
        let (a, b) = (vm.stack[args.base], vm.stack[args.base + 1]);
        let (x, y) = if reflected { (b, a) } else { (a, b) };
        if let Some(m) = vm.lookup_special(x, name)? {
            if vm.is_user_instance(x) {
                let r = vm.call_descriptor_method(m, x, &[y])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
    }
    let (a, b) = (vm.stack[args.base], vm.stack[args.base + 1]);
    let msg = format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name_of(a),
        vm.type_name_of(b)
    );
    Err(vm.type_error(&msg))
}

impl Vm {
    /// A number as f64 (for mixed float arithmetic in builtins).
    pub fn float_value_of(&mut self, v: Value) -> PyResult<f64> {
        use crate::runtime::ops::Num;
        match self.num(v) {
            Some(Num::Int(i)) => Ok(i as f64),
            Some(Num::Float(f)) => Ok(f),
            Some(Num::Big(b)) => match num_traits::ToPrimitive::to_f64(&b) {
                Some(f) if f.is_finite() => Ok(f),
                _ => {
                    Err(self.raise_msg(TypeId::OverflowError, "int too large to convert to float"))
                }
            },
            None => {
                let msg = format!("must be real number, not {}", self.type_name_of(v));
                Err(self.type_error(&msg))
            }
        }
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [base_kw, exp_kw, mod_kw]) =
        vm.args_with_keywords(args, "pow", ["base", "exp", "mod"])?;
    let base = positional.first().copied().or(base_kw);
    let exp = positional.get(1).copied().or(exp_kw);
    let modulus = positional
        .get(2)
        .copied()
        .or(mod_kw)
        .filter(|m| *m != Value::NONE);
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match modulus {
        None => vm.binary_op(base, exp, BinaryOperator::Power),
        Some(m) if vm.is_user_instance(base) || vm.is_user_instance(exp) => {
            vm.ternary_pow(base, exp, m)
        }
        Some(m) => super::int::pow_mod(vm, base, exp, m),
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [number_kw, ndigits_kw]) =
        vm.args_with_keywords(args, "round", ["number", "ndigits"])?;
    if positional.len() > 2 {
        let msg = format!(
            "round() takes at most 2 arguments ({} given)",
            positional.len()
        );
        return Err(vm.type_error(&msg));
    }
    if !positional.is_empty() && number_kw.is_some() {
        let msg = "argument for round() given by name ('number') and position (1)";
        return Err(vm.type_error(msg));
    }
    let Some(number) = positional.first().copied().or(number_kw) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = positional
        .get(1)
        .copied()
        .or(ndigits_kw)
        .filter(|n| *n != Value::NONE);
    super::int::round(vm, number, ndigits)
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable] = vm.exact_args::<1>(args, "all")?;
    truth_scan(vm, iterable, false)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable] = vm.exact_args::<1>(args, "any")?;
    truth_scan(vm, iterable, true)
}

/// any() (stop at the first true) and all() (stop at the first false).
fn truth_scan(vm: &mut Vm, iterable: Value, stop_at: bool) -> PyResult<Value> {
    let it = vm.get_iter(iterable)?;
    let mut found = false;
    vm.for_each_item(it, |vm, v| {
        found = vm.truthy(v)? == stop_at;
        Ok(!found)
    })?;
    Ok(Value::from_bool(found == stop_at))
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.frames.last().map_or(Value::NONE, |f| f.globals))
}

fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    current_locals(vm)
}

/// `locals()` of the running frame: its namespace, or for a function a
/// new dict of its variables.
pub fn current_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else {
        return Ok(Value::NONE);
    };
    if frame.locals.is_ptr() {
        return Ok(frame.locals);
    }
    let code = std::rc::Rc::clone(&frame.code);
    let base = frame.base;
    let d = vm.new_dict()?;
    for (i, name) in code.varnames.iter().enumerate() {
        let v = vm.stack[base + i];
        if !v.is_empty() {
            let k = vm.intern(name)?;
            vm.dict_set(d, k, v)?;
        }
    }
    let cells = base + code.varnames.len();
    for i in 0..code.cellvars.len() + code.freevars.len() {
        let cell = vm.stack[cells + i];
        let v = vm
            .heap
            .field(cell.as_obj().expect("a cell"), field::CELL::contents);
        if !v.is_empty() {
            let k = vm.intern(code.cell_name(i).unwrap_or("?"))?;
            vm.dict_set(d, k, v)?;
        }
    }
    Ok(d)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj] = vm.range_args::<1>(args, 0, "vars")?;
    if obj.is_empty() {
        return locals(vm, args);
    }
    let obj = super::sys::with_lazy_attributes(vm, obj)?;
    let dictless = vm.is_layout(obj, layout::INSTANCE) && !vm.has_instance_dict(obj)?;
    let dict = match dictless {
        true => None,
        false => vm.instance_dict(obj, true)?,
    };
    match dict {
        Some(d) if vm.is_type(obj) => super::mappingproxy::new_proxy(vm, d),
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The names `dir(obj)` lists, unsorted.
/// The attributes numbers answer outside their class dicts
/// (`int::number_attribute`), which `dir` lists as CPython's does.
const NUMBER_ATTRIBUTES: &[(TypeId, &[&str])] = &[
    (TypeId::Int, &["real", "imag", "numerator", "denominator"]),
    (TypeId::Float, &["real", "imag"]),
];

pub fn dir_names(vm: &mut Vm, obj: Value) -> PyResult<Vec<Value>> {
    let obj = super::sys::with_lazy_attributes(vm, obj)?;
    let mut names = Vec::new();
    // A method lists its function's attributes, which it reads through.
    let own = match vm.obj_of(obj, layout::BOUND_METHOD) {
        Some(m) => vm.heap.field(m, field::BOUND_METHOD::function),
        None => obj,
    };
    if let Some(d) = vm.instance_dict(own, false)? {
        names.extend(
            objects::dict::items(&vm.heap, d.as_obj().expect("a dict"))
                .iter()
                .map(|p| p.0),
        );
    }
    let classes = if vm.is_type(obj) {
        crate::runtime::types::mro_of(vm, obj)
    } else {
        let ty = vm.type_of(obj);
        crate::runtime::types::mro_of(vm, ty)
    };
    for class in classes {
        let d = type_field(vm, class, field::TYPE::dict);
        names.extend(
            objects::dict::items(&vm.heap, d.as_obj().expect("a dict"))
                .iter()
                .map(|p| p.0),
        );
        for &(id, attributes) in NUMBER_ATTRIBUTES {
            if class == vm.ty(id) {
                for &a in attributes {
                    names.push(vm.intern_static(a)?);
                }
            }
        }
    }
    // Every MRO ends with object, whose `__class__` lives outside its dict.
    names.push(vm.intern_static("__class__")?);
    Ok(names)
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj] = vm.range_args::<1>(args, 0, "dir")?;
    let names = if obj.is_empty() {
        let l = locals(vm, args)?;
        if vm.type_of(l) == vm.ty(TypeId::Dict) {
            objects::dict::items(&vm.heap, l.as_obj().expect("a dict"))
                .iter()
                .map(|p| p.0)
                .collect()
        } else {
            // Locals given to eval() or exec() as another mapping: its keys().
            let keys = vm.call_method(l, "keys", &[])?;
            collect(vm, keys)?
        }
    } else {
        match vm.lookup_special(obj, "__dir__")? {
            Some(m) if vm.is_user_instance(obj) && !vm.is_type(obj) => {
                let r = vm.call_descriptor_method(m, obj, &[])?;
                collect(vm, r)?
            }
            _ => dir_names(vm, obj)?,
        }
    };
    let mut unique: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for n in names {
        if vm.is_layout(n, layout::STR) && seen.insert(vm.str_text(n).to_string()) {
            unique.push(n);
        }
    }
    unique.sort_by(|a, b| vm.str_text(*a).cmp(vm.str_text(*b)));
    vm.new_list(&unique)
}

/// `enumerate(iterable, start=0)`, with the argument checks in CPython's
/// order (its messages depend on how many arguments came by keyword).
fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kw = vm.kw_count(args);
    let positional = args.count - kw;
    let names: Vec<String> = (0..kw)
        .map(|i| {
            let name = vm.tuple_items(args.kwnames)[i];
            vm.str_text(name).to_string()
        })
        .collect();
    let invalid = |vm: &mut Vm, name: &str| {
        let msg = format!("'{name}' is an invalid keyword argument for enumerate()");
        vm.type_error(&msg)
    };
    let expect = |vm: &mut Vm, i: usize, wanted: &str| {
        if names[i] == wanted {
            Ok(())
        } else {
            Err(invalid(vm, &names[i]))
        }
    };
    let given = vm.stack[args.base..args.base + args.count].to_vec();
    let (iterable, start) = match (args.count, kw) {
        (2, 1) => {
            expect(vm, 0, "start")?;
            (given[0], given[1])
        }
        (2, 2) if names[0] == "start" => {
            expect(vm, 1, "iterable")?;
            (given[1], given[0])
        }
        (2, 2) => {
            expect(vm, 0, "iterable")?;
            expect(vm, 1, "start")?;
            (given[0], given[1])
        }
        (2, _) => (given[0], given[1]),
        (1, 1) => {
            expect(vm, 0, "iterable")?;
            (given[0], Value::small_int_const(0))
        }
        (1, _) => (given[0], Value::small_int_const(0)),
        _ if positional == 0 => {
            return Err(vm.type_error("enumerate() missing required argument 'iterable'"))
        }
        (n, _) => {
            let msg = format!("enumerate() takes at most 2 arguments ({n} given)");
            return Err(vm.type_error(&msg));
        }
    };
    if !vm.is_int(start) {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name_of(start)
        );
        return Err(vm.type_error(&msg));
    }
    vm.rooted(&[start], |vm, base| {
        let it = vm.get_iter(iterable)?;
        vm.new_native_iter(kind::ENUMERATE, &[it, vm.stack[base]])
    })
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [strict]) = vm.args_with_keywords(args, "zip", ["strict"])?;
    let strict = match strict {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let iters = iterators_of(vm, args, 0, positional.len())?;
    vm.new_native_iter(if strict { kind::ZIP_STRICT } else { kind::ZIP }, &iters)
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let positional = vm.positional(args).to_vec();
    if positional.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iterators = iterators_of(vm, args, 1, positional.len())?;
    // `iter()` may have collected: the function is read back from its slot.
    let mut state = vec![vm.positional(args)[0]];
    state.extend(iterators);
    vm.new_native_iter(kind::MAP, &state)
}

/// `iter()` of positional arguments `from..to`. Each `iter()` may run
/// Python code, so the iterators made so far stay rooted on the stack and
/// the arguments are re-read from their slots.
fn iterators_of(vm: &mut Vm, args: Args, from: usize, to: usize) -> PyResult<Vec<Value>> {
    vm.rooted(&[], |vm, base| {
        for i in from..to {
            let p = vm.positional(args)[i];
            let it = vm.get_iter(p)?;
            vm.stack.push(it);
        }
        Ok(vm.stack[base..].to_vec())
    })
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, iterable] = vm.exact_args::<2>(args, "filter")?;
    let it = vm.get_iter(iterable)?;
    // `iter()` may have collected: the function is read back from its slot.
    let func = vm.positional(args)[0];
    vm.new_native_iter(kind::FILTER, &[func, it])
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [seq] = vm.exact_args::<1>(args, "reversed")?;
    if let Some(m) = vm.lookup_special(seq, "__reversed__")? {
        if vm.is_user_instance(seq) || vm.is_layout(seq, layout::MAPPINGPROXY) {
            return vm.call_descriptor_method(m, seq, &[]);
        }
    }
    // A dict subclass without a `__reversed__` of its own reverses its dict.
    let seq = match vm.builtin_base(seq) {
        Some(inner) if vm.is_layout(inner, layout::DICT) => inner,
        _ => seq,
    };
    match vm.layout_of(seq) {
        Some(layout::RANGE) => return super::range::reversed(vm, seq),
        Some(layout::DICT | layout::DICT_VIEW) => {
            let (d, k) = match vm.obj_of(seq, layout::DICT_VIEW) {
                Some(view) => (
                    vm.heap.field(view, field::DICT_VIEW::dict),
                    vm.heap.raw(view, field::DICT_VIEW::kind),
                ),
                None => (seq, objects::dict_kind::KEYS),
            };
            let pairs = objects::dict::items(&vm.heap, d.as_obj().expect("a dict"));
            let mut items = Vec::with_capacity(pairs.len());
            for &(key, value) in pairs.iter().rev() {
                items.push(match k {
                    objects::dict_kind::KEYS => key,
                    objects::dict_kind::VALUES => value,
                    _ => vm.new_tuple(&[key, value])?,
                });
            }
            let list = vm.new_list(&items)?;
            return vm.get_iter(list);
        }
        Some(layout::LIST | layout::TUPLE | layout::STR | layout::BYTES | layout::BYTEARRAY) => {}
        _ => {
            let has_getitem = vm.lookup_special(seq, "__getitem__")?.is_some();
            let has_len = vm.lookup_special(seq, "__len__")?.is_some();
            if !(has_getitem && has_len) {
                let msg = format!("'{}' object is not reversible", vm.type_name_of(seq));
                return Err(vm.type_error(&msg));
            }
        }
    }
    let n = vm.len(seq)? as i64;
    let seq = vm.stack[args.base];
    let k = if vm.is_layout(seq, layout::LIST) {
        kind::LIST_REVERSED
    } else {
        kind::REVERSED
    };
    vm.new_native_iter(k, &[seq, Value::small_int_const(n - 1)])
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "bin")?;
    super::int::radix_string(vm, v, 2, "0b")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "oct")?;
    super::int::radix_string(vm, v, 8, "0o")
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "hex")?;
    super::int::radix_string(vm, v, 16, "0x")
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, spec] = vm.range_args::<2>(args, 1, "format")?;
    // A str subclass instance formats with the str it extends.
    let spec = vm
        .builtin_base(spec)
        .filter(|base| vm.is_layout(*base, layout::STR))
        .unwrap_or(spec);
    let spec = if spec.is_empty() {
        vm.new_str("")?
    } else if !vm.is_layout(spec, layout::STR) {
        let msg = format!(
            "format() argument 2 must be str, not {}",
            vm.type_name_of(spec)
        );
        return Err(vm.type_error(&msg));
    } else {
        spec
    };
    super::format::format_value(vm, v, spec)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [prompt] = vm.range_args::<1>(args, 0, "input")?;
    if !prompt.is_empty() {
        let text = vm.str_string(prompt)?;
        super::sys::write_to(vm, Value::EMPTY, &text)?;
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.raise_msg(TypeId::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            vm.new_str(&line)
        }
        Err(e) => Err(vm.raise_msg(TypeId::OSError, &e.to_string())),
    }
}

/// `open(...)`: `io.open`, the bundled module made on first use.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The keyword names stay rooted while importing runs Python code.
    vm.rooted(&[args.kwnames], |vm, base| {
        let io = crate::import::import_module(vm, "io")?;
        let dict = crate::import::module_dict(vm, io);
        let Some(io_open) = super::dict_get_str(vm, dict, "open") else {
            return Err(vm.raise_msg(TypeId::RuntimeError, "lost io.open"));
        };
        let given = vm.stack[args.base..args.base + args.count].to_vec();
        vm.call_kw(io_open, &given, vm.stack[base])
    })
}

/// The builtins dict (for `exec`/`eval` globals without `__builtins__`).
pub fn builtins_dict(vm: &Vm) -> Value {
    vm.stat(Static::BuiltinsDict)
}
