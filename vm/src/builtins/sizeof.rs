//! `object.__sizeof__` and `sys.getsizeof`: the bytes an object takes in
//! Minnow's heap.
//!
//! The size of an object is its own bytes, header included, plus the
//! storage that belongs to it alone and that Python code cannot reach as an
//! object of its own: a list's item array (all of its capacity), a
//! bytearray's buffer, a dict's index table and entry array, a set's key and
//! hash tables, a generator's saved frame, and the builtin value an
//! instance of a subclass of a builtin type extends (`class C(list)`).
//! Objects it refers to (a tuple's items, an instance's `__dict__`, a
//! function's code) are not counted, as in CPython. A value held in the
//! word itself (a small int, an immediate float, None, True, False) takes
//! that one word: 8 bytes. An old object's cell may be up to a quarter
//! larger than the object; that slack belongs to the heap, not the object,
//! and is not counted, so a size does not change when the object is
//! promoted. Compiled instructions live outside the heap and are not
//! counted in a code object's size.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{field, layout};

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

/// The size of one word: what an immediate value takes.
const WORD_BYTES: usize = 8;

/// The bytes `v` takes, as described above.
pub fn size_of(vm: &Vm, v: Value) -> usize {
    match v.as_obj() {
        Some(obj) => object_size(vm, obj),
        None => WORD_BYTES,
    }
}

fn object_size(vm: &Vm, obj: ObjRef) -> usize {
    let heap = &vm.heap;
    let owned: &[usize] = match heap.layout_of(obj) {
        layout::LIST => &[field::LIST::storage],
        layout::BYTEARRAY => &[field::BYTEARRAY::storage],
        layout::DICT => &[field::DICT::indices, field::DICT::entries],
        layout::SET | layout::FROZENSET => &[field::SET::keys, field::SET::hashes],
        layout::GENERATOR => &[field::GENERATOR::frame],
        layout::INSTANCE => {
            let base = heap.field(obj, field::INSTANCE::base);
            let extended = match base.as_obj() {
                Some(base) => object_size(vm, base),
                None => 0,
            };
            return heap.object_bytes(obj) + extended;
        }
        _ => &[],
    };
    let storage: usize = owned
        .iter()
        .filter_map(|&index| heap.field(obj, index).as_obj())
        .map(|part| heap.object_bytes(part))
        .sum();
    heap.object_bytes(obj) + storage
}

/// `object.__sizeof__()`.
pub fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, []) = vm.method_args::<0>(args, "__sizeof__")?;
    let bytes = size_of(vm, obj);
    vm.new_int_i128(bytes as i128)
}

/// `sys.getsizeof(object[, default])`: `type(object).__sizeof__(object)`,
/// or `default` when that raises TypeError.
pub fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [object_kw, default_kw]) =
        vm.args_with_keywords(args, "getsizeof", ["object", "default"])?;
    let given = positional.len() + vm.kw_count(args);
    if given > 2 {
        let msg = format!("getsizeof() takes at most 2 arguments ({given} given)");
        return Err(vm.type_error(&msg));
    }
    let object = match (positional.first(), object_kw) {
        (Some(_), Some(_)) => {
            return Err(
                vm.type_error("argument for getsizeof() given by name ('object') and position (1)")
            )
        }
        (Some(&v), None) | (None, Some(v)) => v,
        (None, None) => {
            return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"))
        }
    };
    let default = match (positional.get(1), default_kw) {
        (Some(_), Some(_)) => {
            return Err(vm
                .type_error("argument for getsizeof() given by name ('default') and position (2)"))
        }
        (Some(&v), None) | (None, Some(v)) => Some(v),
        (None, None) => None,
    };
    vm.rooted(
        &[default.unwrap_or(Value::NONE)],
        |vm, base| match sizeof_by_method(vm, object) {
            Err(raised) => {
                let exc = vm.exception;
                if default.is_some() && vm.isinstance_id(exc, TypeId::TypeError) {
                    vm.take_exception();
                    Ok(vm.stack[base])
                } else {
                    Err(raised)
                }
            }
            ok => ok,
        },
    )
}

/// `type(object).__sizeof__(object)`, checked as CPython checks it.
fn sizeof_by_method(vm: &mut Vm, object: Value) -> PyResult<Value> {
    let method = match vm.lookup_special(object, "__sizeof__")? {
        Some(method) => method,
        None => {
            let msg = format!("Type {} doesn't define __sizeof__", vm.type_name_of(object));
            return Err(vm.type_error(&msg));
        }
    };
    let size = vm.call_descriptor_method(method, object, &[])?;
    if !vm.isinstance_id(size, TypeId::Int) {
        return Err(vm.type_error("an integer is required"));
    }
    let bytes = vm.as_index(size)?;
    if bytes < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    vm.new_int_i128(bytes as i128)
}
