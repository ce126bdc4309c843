//! The operator dunders of the builtin types (`int.__add__`, `str.__lt__`,
//! ...). Each dispatches to the Rust operator code and returns
//! NotImplemented for operands the receiver's type does not handle.

use minnow_heap::Value;
use minnow_objects::layout;

use crate::bytecode::{BinaryOperator as B, CompareOperator as C};
use crate::runtime::natives::Args;
use crate::runtime::ops::dunder_names;
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
    ([$($f:expr),*], [$($r:expr),*]) => {
        &[
            (COMPARE[0].1, compare::<0>),
            (COMPARE[1].1, compare::<1>),
            (COMPARE[2].1, compare::<2>),
            (COMPARE[3].1, compare::<3>),
            (COMPARE[4].1, compare::<4>),
            (COMPARE[5].1, compare::<5>),
            $((dunder_names(BINARY[$f]).0, binary::<{ $f }, false>),)*
            $((dunder_names(BINARY[$r]).1, binary::<{ $r }, true>),)*
        ]
    };
}

pub const INT_OPERATORS: Methods = operators!(
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
);
pub const FLOAT_OPERATORS: Methods = operators!([0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6]);
/// str already has `__add__`, `__mul__` and `__mod__`.
pub const STR_OPERATORS: Methods = operators!([], [MUL, MOD]);
pub const SEQUENCE_OPERATORS: Methods = operators!([ADD, MUL], [MUL]);
pub const BYTES_OPERATORS: Methods = operators!([ADD, MUL, MOD], [MUL, MOD]);
pub const DICT_OPERATORS: Methods = operators!([OR], [OR]);
pub const SET_OPERATORS: Methods = operators!([1, 9, 10, 11], [1, 9, 10, 11]);

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

/// The receiver and operand, each as the builtin value a subclass
/// instance extends.
fn operands(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, Value)> {
    let (a, [b]) = vm.method_args::<1>(args, name)?;
    Ok((
        vm.builtin_base(a).unwrap_or(a),
        vm.builtin_base(b).unwrap_or(b),
    ))
}

fn binary<const I: usize, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = BINARY[I];
    let (name, rname, _) = dunder_names(op);
    let (recv, other) = operands(vm, args, if REFLECTED { rname } else { name })?;
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

fn compare<const I: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (op, name) = COMPARE[I];
    let (recv, other) = operands(vm, args, name)?;
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
