//! The operator dunders of the builtin types (`int.__add__`, `str.__lt__`,
//! ...). Each dispatches to the Rust operator code and returns
//! NotImplemented for operands the receiver's type does not handle.

use minnow_heap::Value;
use minnow_objects::layout;

use crate::bytecode::{BinaryOperator as B, CompareOperator as C};
use crate::runtime::natives::Args;
use crate::runtime::ops::dunder_names;
use crate::runtime::types::{type_name, TypeId};
use crate::runtime::{PyResult, Vm};

use super::Methods;

const BINARY: [B; 12] = [
    B::Add,
    B::Subtract,
    B::Multiply,
    B::TrueDivide,
    B::FloorDivide,
    B::Remainder,
    B::Power,
    B::LeftShift,
    B::RightShift,
    B::And,
    B::Or,
    B::Xor,
];
const ADD: usize = 0;
const MUL: usize = 2;
const MOD: usize = 5;
const OR: usize = 10;

const COMPARE: [(C, &str); 6] = [
    (C::Equal, "__eq__"),
    (C::NotEqual, "__ne__"),
    (C::Less, "__lt__"),
    (C::LessEqual, "__le__"),
    (C::Greater, "__gt__"),
    (C::GreaterEqual, "__ge__"),
];

/// The six comparisons plus the given binary operators (indexes into
/// `BINARY`) and reflected operators.
macro_rules! operators {
    ($ty:ident, [$($f:expr),*], [$($r:expr),*]) => {
        &[
            (COMPARE[0].1, compare::<0, { TypeId::$ty as usize }>),
            (COMPARE[1].1, compare::<1, { TypeId::$ty as usize }>),
            (COMPARE[2].1, compare::<2, { TypeId::$ty as usize }>),
            (COMPARE[3].1, compare::<3, { TypeId::$ty as usize }>),
            (COMPARE[4].1, compare::<4, { TypeId::$ty as usize }>),
            (COMPARE[5].1, compare::<5, { TypeId::$ty as usize }>),
            $((dunder_names(BINARY[$f]).0, binary::<{ $f }, false, { TypeId::$ty as usize }>),)*
            $((dunder_names(BINARY[$r]).1, binary::<{ $r }, true, { TypeId::$ty as usize }>),)*
        ]
    };
}

/// The operators of int and float, with `__divmod__` and `__rdivmod__`.
macro_rules! number_operators {
    ($ty:ident, [$($f:expr),*]) => {
        &[
            (COMPARE[0].1, compare::<0, { TypeId::$ty as usize }>),
            (COMPARE[1].1, compare::<1, { TypeId::$ty as usize }>),
            (COMPARE[2].1, compare::<2, { TypeId::$ty as usize }>),
            (COMPARE[3].1, compare::<3, { TypeId::$ty as usize }>),
            (COMPARE[4].1, compare::<4, { TypeId::$ty as usize }>),
            (COMPARE[5].1, compare::<5, { TypeId::$ty as usize }>),
            ("__divmod__", divmod::<false, { TypeId::$ty as usize }>),
            ("__rdivmod__", divmod::<true, { TypeId::$ty as usize }>),
            $((dunder_names(BINARY[$f]).0, binary::<{ $f }, false, { TypeId::$ty as usize }>),)*
            $((dunder_names(BINARY[$f]).1, binary::<{ $f }, true, { TypeId::$ty as usize }>),)*
        ]
    };
}

pub const INT_OPERATORS: Methods = number_operators!(Int, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
pub const FLOAT_OPERATORS: Methods = number_operators!(Float, [0, 1, 2, 3, 4, 5, 6]);
/// str already has `__add__`, `__mul__` and `__mod__`.
pub const STR_OPERATORS: Methods = operators!(Str, [], [MUL, MOD]);
pub const LIST_OPERATORS: Methods = operators!(List, [ADD, MUL], [MUL]);
pub const TUPLE_OPERATORS: Methods = operators!(Tuple, [ADD, MUL], [MUL]);
pub const BYTES_OPERATORS: Methods = operators!(Bytes, [ADD, MUL, MOD], [MUL, MOD]);
pub const BYTEARRAY_OPERATORS: Methods = operators!(ByteArray, [ADD, MUL, MOD], [MUL, MOD]);
pub const DICT_OPERATORS: Methods = operators!(Dict, [OR], [OR]);
pub const SET_OPERATORS: Methods = operators!(Set, [1, 9, 10, 11], [1, 9, 10, 11]);
pub const FROZENSET_OPERATORS: Methods = operators!(FrozenSet, [1, 9, 10, 11], [1, 9, 10, 11]);

/// The kind of builtin value an operator method handles; operands of
/// different kinds are NotImplemented (an int receiver refuses floats, a
/// float receiver accepts ints).
#[derive(PartialEq)]
enum Kind {
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Set,
    Dict,
    Other,
}

fn kind(vm: &Vm, v: Value) -> Kind {
    if v.is_float() || vm.is_layout(v, layout::FLOAT) {
        return Kind::Float;
    }
    if vm.is_layout(v, layout::INSTANCE) {
        return Kind::Other;
    }
    if vm.num(v).is_some() {
        return Kind::Int;
    }
    match vm.layout_of(v) {
        Some(layout::STR) => Kind::Str,
        Some(layout::BYTES | layout::BYTEARRAY) => Kind::Bytes,
        Some(layout::LIST) => Kind::List,
        Some(layout::TUPLE) => Kind::Tuple,
        Some(layout::SET | layout::FROZENSET) => Kind::Set,
        Some(layout::DICT) => Kind::Dict,
        _ => Kind::Other,
    }
}

/// A TypeError unless `recv` is an instance of builtin type number `T`.
pub fn check_receiver<const T: usize>(vm: &mut Vm, recv: Value, name: &str) -> PyResult<()> {
    let ty = vm.types[T];
    let recv_type = vm.type_of(recv);
    if vm.is_subtype(recv_type, ty) {
        return Ok(());
    }
    let msg = format!(
        "descriptor '{name}' requires a '{}' object but received a '{}'",
        type_name(vm, ty),
        vm.type_name_of(recv)
    );
    Err(vm.type_error(&msg))
}

/// The receiver and operand, each as the builtin value a subclass
/// instance extends.
fn operands<const T: usize>(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, Value)> {
    let (a, [b]) = vm.slot_args::<1>(args, name)?;
    check_receiver::<T>(vm, a, name)?;
    Ok((
        vm.builtin_base(a).unwrap_or(a),
        vm.builtin_base(b).unwrap_or(b),
    ))
}

fn binary<const I: usize, const REFLECTED: bool, const T: usize>(
    vm: &mut Vm,
    args: Args,
) -> PyResult<Value> {
    let op = BINARY[I];
    let (name, rname, _) = dunder_names(op);
    let name = if REFLECTED { rname } else { name };
    if op == B::Power {
        let (recv, [other, modulus]) = vm.method_range_args::<2>(args, 1, name)?;
        check_receiver::<T>(vm, recv, name)?;
        if !modulus.is_empty() && modulus != Value::NONE {
            return power_modulo::<REFLECTED>(vm, recv, other, modulus);
        }
    }
    let (recv, other) = operands::<T>(vm, args, name)?;
    let numeric = match kind(vm, recv) {
        Kind::Int => kind(vm, other) == Kind::Int,
        Kind::Float => matches!(kind(vm, other), Kind::Int | Kind::Float),
        _ => true,
    };
    if !numeric {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if REFLECTED {
        (other, recv)
    } else {
        (recv, other)
    };
    Ok(vm
        .builtin_binary(x, y, op)?
        .unwrap_or(Value::NOT_IMPLEMENTED))
}

/// `int.__pow__(base, exp, mod)` (and `__rpow__` with the operands
/// swapped); NotImplemented unless all three are ints.
fn power_modulo<const REFLECTED: bool>(
    vm: &mut Vm,
    recv: Value,
    other: Value,
    modulus: Value,
) -> PyResult<Value> {
    let recv = vm.builtin_base(recv).unwrap_or(recv);
    let other = vm.builtin_base(other).unwrap_or(other);
    let modulus = vm.builtin_base(modulus).unwrap_or(modulus);
    if [recv, other, modulus]
        .iter()
        .any(|&v| kind(vm, v) != Kind::Int)
    {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (base, exp) = if REFLECTED {
        (other, recv)
    } else {
        (recv, other)
    };
    super::int::pow_mod(vm, base, exp, modulus)
}

/// `__divmod__` and `__rdivmod__` of int and float.
fn divmod<const REFLECTED: bool, const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let (recv, other) = operands::<T>(vm, args, name)?;
    let numeric = match kind(vm, recv) {
        Kind::Int => kind(vm, other) == Kind::Int,
        Kind::Float => matches!(kind(vm, other), Kind::Int | Kind::Float),
        _ => false,
    };
    if !numeric {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if REFLECTED {
        (other, recv)
    } else {
        (recv, other)
    };
    let builtins = super::functions::builtins_dict(vm);
    let divmod = super::dict_get_str(vm, builtins, "divmod").expect("builtins.divmod");
    vm.call(divmod, &[x, y])
}

fn compare<const I: usize, const T: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (op, name) = COMPARE[I];
    let (recv, other) = operands::<T>(vm, args, name)?;
    let (k, other_kind) = (kind(vm, recv), kind(vm, other));
    let comparable = match k {
        Kind::Float => matches!(other_kind, Kind::Int | Kind::Float),
        Kind::Dict => other_kind == k && matches!(op, C::Equal | C::NotEqual),
        Kind::Other => false,
        _ => other_kind == k,
    };
    if !comparable {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(vm
        .builtin_compare(recv, other, op)?
        .unwrap_or(Value::NOT_IMPLEMENTED))
}
