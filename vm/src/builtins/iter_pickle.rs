//! `__reduce__` and `__setstate__` of the builtin iterators, so that
//! `pickle` and `copy` can save an iterator part-way through, in the forms
//! CPython uses: a sequence iterator is `iter(seq)` plus its position,
//! `enumerate`/`zip`/`map`/`filter` are rebuilt from their iterators, and
//! dict and set iterators become list iterators over what is left.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::iter::kind;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Static, Vm};

/// The builtin `iter`, which rebuilds sequence and callable iterators.
fn builtin_iter(vm: &mut Vm) -> PyResult<Value> {
    let builtins = vm.stat(Static::BuiltinsDict);
    match super::dict_get_str(vm, builtins, "iter") {
        Some(f) => Ok(f),
        None => Err(vm.raise_msg(TypeId::RuntimeError, "lost builtins.iter")),
    }
}

/// `(callable, args)` or `(callable, args, state)` as a tuple.
fn reduction(
    vm: &mut Vm,
    callable: Value,
    args: &[Value],
    state: Option<Value>,
) -> PyResult<Value> {
    vm.rooted(&[callable], |vm, base| {
        let args = vm.new_tuple(args)?;
        let callable = vm.stack[base];
        match state {
            Some(state) => vm.rooted(&[args], |vm, b| {
                vm.new_tuple(&[callable, vm.stack[b], state])
            }),
            None => vm.new_tuple(&[callable, args]),
        }
    })
}

/// `iter(())`: what an exhausted iterator pickles as.
fn exhausted(vm: &mut Vm) -> PyResult<Value> {
    let iter = builtin_iter(vm)?;
    let empty = vm.new_tuple(&[])?;
    reduction(vm, iter, &[empty], None)
}

pub fn iter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (given, []) = vm.method_args::<0>(args, "__reduce__")?;
    let class = vm.type_of(given);
    let it = vm.builtin_base(given).unwrap_or(given);
    let o = it.as_obj().expect("an iterator");
    match vm.heap.layout_of(o) {
        layout::SEQ_ITER => {
            let seq = vm.heap.field(o, field::SEQ_ITER::seq);
            let index = vm.heap.field(o, field::SEQ_ITER::index);
            if seq.is_empty() {
                return exhausted(vm);
            }
            let iter = builtin_iter(vm)?;
            reduction(vm, iter, &[seq], Some(index))
        }
        layout::DICT_ITER | layout::SET_ITER => {
            let copy = copy_iterator(vm, it)?;
            let rest = vm.rooted(&[copy], |vm, base| {
                while let Some(v) = vm.next(vm.stack[base])? {
                    vm.stack.push(v);
                }
                let values = vm.stack[base + 1..].to_vec();
                vm.new_list(&values)
            })?;
            let iter = builtin_iter(vm)?;
            vm.rooted(&[rest], |vm, base| {
                reduction(vm, iter, &[vm.stack[base]], None)
            })
        }
        layout::NATIVE_ITER => {
            let k = vm.heap.raw(o, field::NATIVE_ITER::kind);
            let count = vm.heap.field_count(o) - field::NATIVE_ITER::COUNT;
            let state: Vec<Value> = (0..count).map(|i| vm.native_state(it, i)).collect();
            match k {
                kind::RANGE => {
                    let (bounds, taken) = crate::builtins::range::iter_reduce_parts(vm, it)?;
                    vm.rooted(&[taken], |vm, base| {
                        let range = vm.ty(TypeId::Range);
                        let r = vm.call(range, &bounds)?;
                        vm.stack.push(r);
                        let iter = builtin_iter(vm)?;
                        reduction(vm, iter, &[vm.stack[base + 1]], Some(vm.stack[base]))
                    })
                }
                kind::ENUMERATE | kind::MAP | kind::FILTER | kind::ZIP => {
                    reduction(vm, class, &state, None)
                }
                kind::ZIP_STRICT => reduction(vm, class, &state, Some(Value::TRUE)),
                kind::REVERSED | kind::LIST_REVERSED => {
                    if state[0].is_empty() || state[1].small_int_unchecked() < 0 {
                        let reversed = vm.ty(TypeId::Reversed);
                        let empty = vm.new_tuple(&[])?;
                        return reduction(vm, reversed, &[empty], None);
                    }
                    let reversed = vm.ty(TypeId::Reversed);
                    reduction(vm, reversed, &[state[0]], Some(state[1]))
                }
                kind::CALLABLE => {
                    if state[0].is_empty() {
                        return exhausted(vm);
                    }
                    let iter = builtin_iter(vm)?;
                    reduction(vm, iter, &state, None)
                }
                _ => cannot_pickle(vm, given),
            }
        }
        _ => cannot_pickle(vm, given),
    }
}

fn cannot_pickle(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let msg = format!("cannot pickle '{}' object", vm.type_name_of(v));
    Err(vm.type_error(&msg))
}

/// A fresh dict or set iterator at the same position as `it`.
fn copy_iterator(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let o = it.as_obj().expect("an iterator");
    let l = vm.heap.layout_of(o);
    let count = vm.heap.field_count(o);
    let copy = vm.rooted(&[it], |vm, _| vm.alloc(l, count))?;
    let o = it.as_obj().expect("an iterator");
    if l == layout::DICT_ITER {
        for raw in [field::DICT_ITER::kind, field::DICT_ITER::version] {
            let v = vm.heap.raw(o, raw);
            vm.heap.set_raw(copy, raw, v);
        }
        for f in [
            field::DICT_ITER::dict,
            field::DICT_ITER::index,
            field::DICT_ITER::len,
        ] {
            let v = vm.heap.field(o, f);
            vm.heap.set_field(copy, f, v);
        }
    } else {
        for f in [
            field::SET_ITER::set,
            field::SET_ITER::index,
            field::SET_ITER::len,
        ] {
            let v = vm.heap.field(o, f);
            vm.heap.set_field(copy, f, v);
        }
    }
    Ok(copy.value())
}

pub fn iter_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [state]) = vm.method_args::<1>(args, "__setstate__")?;
    let it = setstate_target(vm, args);
    let o = it.as_obj().expect("an iterator");
    match vm.heap.layout_of(o) {
        layout::SEQ_ITER => {
            let index = ssize_state(vm, state)?.max(0);
            let o = setstate_target(vm, args).as_obj().expect("an iterator");
            let seq = vm.heap.field(o, field::SEQ_ITER::seq);
            if !seq.is_empty() {
                let len = vm.len(seq)? as i64;
                let o = setstate_target(vm, args).as_obj().expect("an iterator");
                vm.heap.set_field(
                    o,
                    field::SEQ_ITER::index,
                    Value::small_int_const(index.min(len)),
                );
                vm.heap.set_field(o, field::SEQ_ITER::offset, Value::EMPTY);
            }
            Ok(Value::NONE)
        }
        layout::NATIVE_ITER => {
            match vm.heap.raw(o, field::NATIVE_ITER::kind) {
                kind::RANGE => crate::builtins::range::iter_setstate(vm, args.base, state)?,
                kind::REVERSED | kind::LIST_REVERSED => {
                    let index = ssize_state(vm, state)?;
                    let seq = vm.native_state(setstate_target(vm, args), 0);
                    if !seq.is_empty() {
                        let len = vm.len(seq)? as i64;
                        let index = index.clamp(-1, len - 1);
                        let it = setstate_target(vm, args);
                        vm.set_native_state(it, 1, Value::small_int_const(index));
                    }
                }
                kind::ZIP | kind::ZIP_STRICT => {
                    let strict = vm.truthy(state)?;
                    let k = if strict { kind::ZIP_STRICT } else { kind::ZIP };
                    let o = setstate_target(vm, args).as_obj().expect("an iterator");
                    vm.heap.set_raw(o, field::NATIVE_ITER::kind, k);
                }
                _ => {}
            }
            Ok(Value::NONE)
        }
        _ => Ok(Value::NONE),
    }
}

/// A sequence iterator's state as CPython's `PyLong_AsSsize_t` reads it:
/// an int (`__index__` is not consulted) that fits a C ssize_t.
fn ssize_state(vm: &mut Vm, state: Value) -> PyResult<i64> {
    if !vm.is_subtype(vm.type_of(state), vm.ty(TypeId::Int)) {
        return Err(vm.type_error("an integer is required"));
    }
    vm.as_index(state)
}

/// The iterator `__setstate__` was called on, read from its argument slot:
/// `__index__`, `__len__` and `__bool__` of the state may move it.
fn setstate_target(vm: &Vm, args: Args) -> Value {
    let given = vm.stack[args.base];
    vm.builtin_base(given).unwrap_or(given)
}
