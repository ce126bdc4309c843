//! The protocol dunders of the builtin types (`list.__len__`,
//! `bytearray.__setitem__`, `str.__iter__`, ...), usable unbound
//! (`list.__getitem__(l, 0)`), bound (`l.__len__()`) and through `super()`
//! in subclasses of builtins.
//!
//! Each is one generic wrapper per protocol, instantiated per type: it
//! checks that the receiver is an instance of the type, takes the builtin
//! value a subclass instance extends, and runs the Rust protocol code on
//! it, so an override in the subclass is not called again. A type's
//! dedicated method of the same name, where one exists, is kept.

use minnow_heap::Value;
use minnow_objects::{layout, seq_kind};

use crate::bytecode::BinaryOperator as B;
use crate::runtime::natives::{Args, NativeFn};
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::operators::check_receiver;
use super::Methods;

macro_rules! slots {
    ($ty:ident: $($f:ident)*) => {
        (
            TypeId::$ty,
            &[$((concat!("__", stringify!($f), "__"), $f::<{ TypeId::$ty as usize }> as NativeFn),)*]
        )
    };
}

/// The protocol dunders each builtin type gets (as CPython's types have them).
pub const SLOT_TABLES: &[(TypeId, Methods)] = &[
    slots!(Int: hash bool repr format trunc floor ceil round),
    slots!(Bool: repr),
    slots!(Float: hash bool repr format trunc floor ceil round),
    slots!(Str: len getitem contains iter hash repr str format),
    slots!(Bytes: len getitem contains iter hash repr str),
    slots!(ByteArray: len getitem setitem delitem contains iter repr str iadd imul),
    slots!(Tuple: len getitem contains iter hash repr),
    slots!(List: len getitem setitem delitem contains iter repr iadd imul reversed),
    slots!(Dict: reversed ior),
    slots!(Set: len contains iter repr ior iand isub ixor),
    slots!(FrozenSet: len contains iter hash repr),
    slots!(Range: len getitem contains iter hash bool repr reversed),
    slots!(Slice: repr),
    slots!(NoneType: bool repr),
    slots!(DictKeys: len contains iter repr reversed),
    slots!(DictValues: len iter repr reversed),
    slots!(DictItems: len contains iter repr reversed),
];

/// The builtin types whose instances are unhashable: `__hash__` is None.
pub const UNHASHABLE: &[TypeId] = &[
    TypeId::List,
    TypeId::Dict,
    TypeId::Set,
    TypeId::ByteArray,
    TypeId::Slice,
];

/// The receiver (checked to be an instance of builtin type number `T`),
/// the builtin value it carries, and `N` more arguments.
fn receiver<const T: usize, const N: usize>(
    vm: &mut Vm,
    args: Args,
    name: &str,
) -> PyResult<(Value, Value, [Value; N])> {
    let (recv, rest) = vm.slot_args::<N>(args, name)?;
    check_receiver::<T>(vm, recv, name)?;
    let inner = vm.builtin_base(recv).unwrap_or(recv);
    Ok((recv, inner, rest))
}

fn len<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, []) = receiver::<T, 0>(vm, args, "__len__")?;
    let n = vm.len(v)?;
    vm.new_int_i128(n as i128)
}

fn getitem<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, [key]) = receiver::<T, 1>(vm, args, "__getitem__")?;
    vm.getitem(v, key)
}

fn setitem<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, [key, value]) = receiver::<T, 2>(vm, args, "__setitem__")?;
    vm.setitem(v, key, value)?;
    Ok(Value::NONE)
}

fn delitem<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, [key]) = receiver::<T, 1>(vm, args, "__delitem__")?;
    vm.delitem(v, key)?;
    Ok(Value::NONE)
}

fn contains<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, [item]) = receiver::<T, 1>(vm, args, "__contains__")?;
    Ok(Value::from_bool(vm.contains(v, item)?))
}

fn iter<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, v, []) = receiver::<T, 0>(vm, args, "__iter__")?;
    if recv != v && vm.is_layout(v, layout::STR) {
        return vm.new_seq_iter_as(v, seq_kind::STR);
    }
    vm.get_iter(v)
}

fn reversed<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, []) = receiver::<T, 0>(vm, args, "__reversed__")?;
    let builtins = super::functions::builtins_dict(vm);
    let reversed = super::dict_get_str(vm, builtins, "reversed").expect("builtins.reversed");
    vm.call(reversed, &[v])
}

fn hash<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, []) = receiver::<T, 0>(vm, args, "__hash__")?;
    let h = vm.hash(v)?;
    vm.new_int_i128(h as i128)
}

fn bool<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, []) = receiver::<T, 0>(vm, args, "__bool__")?;
    Ok(Value::from_bool(vm.truthy(v)?))
}

fn repr<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, v, []) = receiver::<T, 0>(vm, args, "__repr__")?;
    let is_set = T == TypeId::Set as usize || T == TypeId::FrozenSet as usize;
    if !is_set || recv == v {
        return vm.repr(v);
    }
    // A set or frozenset subclass shows its own name: `S({1, 2})`, `S()`.
    let name = vm.type_name_of(recv);
    let text = if vm.len(v)? == 0 {
        format!("{name}()")
    } else {
        let inner = vm.repr_string(v)?;
        let items = inner
            .strip_prefix("frozenset(")
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(&inner);
        format!("{name}({items})")
    };
    vm.new_str(&text)
}

fn str<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, []) = receiver::<T, 0>(vm, args, "__str__")?;
    vm.to_str(v)
}

fn format<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, v, [spec]) = receiver::<T, 1>(vm, args, "__format__")?;
    if !vm.is_layout(spec, minnow_objects::layout::STR) {
        let msg = format!(
            "__format__() argument must be str, not {}",
            vm.type_name_of(spec)
        );
        return Err(vm.type_error(&msg));
    }
    super::format::format_value(vm, v, spec)
}

/// `__iadd__` and friends: the builtin does the operation in place and
/// the receiver itself is the result.
fn in_place<const T: usize>(vm: &mut Vm, args: Args, name: &str, op: B) -> PyResult<Value> {
    let (_, v, [other]) = receiver::<T, 1>(vm, args, name)?;
    // The operation may collect: the receiver is read back from the
    // arguments, which the stack roots.
    match vm.inplace_builtin(v, other, op)? {
        Some(_) => Ok(vm.positional(args)[0]),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn iadd<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place::<T>(vm, args, "__iadd__", B::InplaceAdd)
}

fn imul<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place::<T>(vm, args, "__imul__", B::InplaceMultiply)
}

fn ior<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place::<T>(vm, args, "__ior__", B::InplaceOr)
}

fn iand<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place::<T>(vm, args, "__iand__", B::InplaceAnd)
}

fn isub<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place::<T>(vm, args, "__isub__", B::InplaceSubtract)
}

fn ixor<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place::<T>(vm, args, "__ixor__", B::InplaceXor)
}

/// `__trunc__`, `__floor__`, `__ceil__` of a number: an int.
fn to_integral<const T: usize>(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (_, v, []) = receiver::<T, 0>(vm, args, name)?;
    let Some(crate::runtime::ops::Num::Float(f)) = vm.num(v) else {
        return super::int::to_int(vm, v);
    };
    let rounded = match name {
        "__floor__" => f.floor(),
        "__ceil__" => f.ceil(),
        _ => f.trunc(),
    };
    let r = vm.new_float(rounded)?;
    super::int::to_int(vm, r)
}

fn trunc<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_integral::<T>(vm, args, "__trunc__")
}

fn floor<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_integral::<T>(vm, args, "__floor__")
}

fn ceil<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_integral::<T>(vm, args, "__ceil__")
}

fn round<const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, [ndigits]) = vm.method_range_args::<1>(args, 0, "__round__")?;
    check_receiver::<T>(vm, recv, "__round__")?;
    let v = vm.builtin_base(recv).unwrap_or(recv);
    let ndigits = (!ndigits.is_empty() && ndigits != Value::NONE).then_some(ndigits);
    super::int::round(vm, v, ndigits)
}
