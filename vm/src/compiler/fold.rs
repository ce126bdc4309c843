//! Constant folding of literal-only expressions.
//!
//! Only operations whose result cannot depend on anything at run time and
//! that cannot raise are folded, and results stay small (CPython's safe
//! limits): anything else is left for the interpreter, which gives the
//! same result or the same exception.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::code::Constant;
use crate::parser::ast;

/// Largest int result, in bits, of `*`, `**` and `<<`.
const MAX_INT_BITS: u64 = 128;
/// Longest str or bytes result of repetition.
const MAX_STR_LENGTH: usize = 4096;
/// Longest tuple result of repetition.
const MAX_COLLECTION_LENGTH: usize = 256;
/// Ints beyond this magnitude do not convert exactly to floats.
const EXACT_FLOAT_INT: i64 = 1 << 53;

pub fn constant_of(value: &ast::Constant) -> Constant {
    match value {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(true) => Constant::True,
        ast::Constant::Bool(false) => Constant::False,
        ast::Constant::Str(text) => Constant::Str(text.clone()),
        ast::Constant::Bytes(bytes) => Constant::Bytes(bytes.clone()),
        ast::Constant::Int(value) => Constant::Int(value.clone()),
        ast::Constant::Tuple(items) => Constant::Tuple(items.iter().map(constant_of).collect()),
        ast::Constant::Float(value) => Constant::Float(*value),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// The value of `expr` if it is a foldable literal expression.
pub(super) fn fold_expr(expr: &ast::Expr) -> Option<Constant> {
    match expr {
        ast::Expr::Constant(constant) => Some(constant_of(&constant.value)),
        ast::Expr::Name(name) if name.id.as_str() == "__debug__" => Some(Constant::True),
        ast::Expr::Tuple(tuple) if tuple.ctx == ast::ExprContext::Load => tuple
            .elts
            .iter()
            .map(|elt| match elt {
                ast::Expr::Starred(_) => None,
                elt => fold_expr(elt),
            })
            .collect::<Option<Vec<_>>>()
            .map(Constant::Tuple),
        ast::Expr::UnaryOp(unary) => fold_unary(&unary.op, fold_expr(&unary.operand)?),
        ast::Expr::BinOp(binary) => {
            // The right operand first: in long left-nested chains it is
            // the cheap one to reject.
            let right = fold_expr(&binary.right)?;
            let left = fold_expr(&binary.left)?;
            fold_binary(&binary.op, left, right)
        }
        _ => None,
    }
}

/// A number as the arithmetic sees it (bools are ints).
enum Number {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn number(constant: &Constant) -> Option<Number> {
    match constant {
        Constant::True => Some(Number::Int(1.into())),
        Constant::False => Some(Number::Int(0.into())),
        Constant::Int(value) => Some(Number::Int(value.clone())),
        Constant::Float(value) => Some(Number::Float(*value)),
        Constant::Complex { real, imag } => Some(Number::Complex(*real, *imag)),
        _ => None,
    }
}

fn exact_float(value: &BigInt) -> Option<f64> {
    let small = value.to_i64()?;
    (small.abs() <= EXACT_FLOAT_INT).then_some(small as f64)
}

fn as_float(number: &Number) -> Option<f64> {
    match number {
        Number::Int(value) => exact_float(value),
        Number::Float(value) => Some(*value),
        Number::Complex(..) => None,
    }
}

fn as_complex(number: &Number) -> Option<(f64, f64)> {
    match number {
        Number::Complex(real, imag) => Some((*real, *imag)),
        other => as_float(other).map(|value| (value, 0.0)),
    }
}

fn fold_unary(op: &ast::UnaryOp, operand: Constant) -> Option<Constant> {
    let value = number(&operand)?;
    match (op, value) {
        (ast::UnaryOp::USub, Number::Int(value)) => Some(Constant::Int(-value)),
        (ast::UnaryOp::USub, Number::Float(value)) => Some(Constant::Float(-value)),
        (ast::UnaryOp::USub, Number::Complex(real, imag)) => Some(Constant::Complex {
            real: -real,
            imag: -imag,
        }),
        (ast::UnaryOp::UAdd, Number::Int(value)) => Some(Constant::Int(value)),
        (ast::UnaryOp::UAdd, Number::Float(value)) => Some(Constant::Float(value)),
        (ast::UnaryOp::UAdd, Number::Complex(real, imag)) => Some(Constant::Complex { real, imag }),
        (ast::UnaryOp::Invert, Number::Int(value)) => Some(Constant::Int(-value - 1)),
        _ => None,
    }
}

fn bits(value: &BigInt) -> u64 {
    value.bits()
}

fn floor_div_mod(left: &BigInt, right: &BigInt) -> (BigInt, BigInt) {
    let mut quotient = left / right;
    let mut remainder = left % right;
    if !remainder.is_zero() && (remainder.is_negative() != right.is_negative()) {
        quotient -= 1;
        remainder += right;
    }
    (quotient, remainder)
}

fn fold_int(op: &ast::Operator, left: &BigInt, right: &BigInt) -> Option<Constant> {
    use ast::Operator::*;
    let result = match op {
        Add => left + right,
        Sub => left - right,
        Mult => {
            if !left.is_zero() && !right.is_zero() && bits(left) + bits(right) > MAX_INT_BITS {
                return None;
            }
            left * right
        }
        FloorDiv | Mod => {
            if right.is_zero() {
                return None;
            }
            let (quotient, remainder) = floor_div_mod(left, right);
            if matches!(op, FloorDiv) {
                quotient
            } else {
                remainder
            }
        }
        Div => {
            if right.is_zero() {
                return None;
            }
            return Some(Constant::Float(exact_float(left)? / exact_float(right)?));
        }
        Pow => {
            let exponent = right.to_u32()?;
            if !left.is_zero() && bits(left).saturating_mul(u64::from(exponent)) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow::Pow::pow(left, exponent)
        }
        LShift => {
            let shift = right.to_u64()?;
            if !left.is_zero() && (shift > MAX_INT_BITS || bits(left) > MAX_INT_BITS - shift) {
                return None;
            }
            left << shift
        }
        RShift => {
            if right.is_negative() {
                return None;
            }
            match right.to_u64() {
                Some(shift) => left >> shift,
                None => {
                    if left.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BitAnd => left & right,
        BitOr => left | right,
        BitXor => left ^ right,
        MatMult => return None,
    };
    Some(Constant::Int(result))
}

fn fold_float(op: &ast::Operator, left: f64, right: f64) -> Option<Constant> {
    use ast::Operator::*;
    let result = match op {
        Add => left + right,
        Sub => left - right,
        Mult => left * right,
        Div if right != 0.0 => left / right,
        _ => return None,
    };
    Some(Constant::Float(result))
}

fn fold_complex(op: &ast::Operator, left: (f64, f64), right: (f64, f64)) -> Option<Constant> {
    let (real, imag) = match op {
        ast::Operator::Add => (left.0 + right.0, left.1 + right.1),
        ast::Operator::Sub => (left.0 - right.0, left.1 - right.1),
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

/// `count` as a repetition count, if the result stays within `limit` items.
fn repeat_count(count: &Constant, length: usize, limit: usize) -> Option<usize> {
    let count = match number(count)? {
        Number::Int(count) => count,
        _ => return None,
    };
    if count.is_negative() {
        // A count beyond isize overflows at run time instead.
        return count.to_isize().map(|_| 0);
    }
    let count = count.to_usize()?;
    (length.checked_mul(count)? <= limit).then_some(count)
}

fn fold_binary(op: &ast::Operator, left: Constant, right: Constant) -> Option<Constant> {
    use ast::Operator::{Add, BitAnd, BitOr, BitXor, Mult};
    let as_bool = |c: &Constant| match c {
        Constant::True => Some(true),
        Constant::False => Some(false),
        _ => None,
    };
    if let (Some(a), Some(b)) = (as_bool(&left), as_bool(&right)) {
        let result = match op {
            BitAnd => Some(a & b),
            BitOr => Some(a | b),
            BitXor => Some(a ^ b),
            _ => None,
        };
        if let Some(r) = result {
            return Some(if r { Constant::True } else { Constant::False });
        }
    }
    match (op, &left, &right) {
        (Add, Constant::Str(a), Constant::Str(b)) => return Some(Constant::Str(format!("{a}{b}"))),
        (Add, Constant::Bytes(a), Constant::Bytes(b)) => {
            return Some(Constant::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (Add, Constant::Tuple(a), Constant::Tuple(b)) => {
            return Some(Constant::Tuple(a.iter().chain(b).cloned().collect()))
        }
        (Mult, Constant::Str(text), count) | (Mult, count, Constant::Str(text))
            if number(count).is_some() =>
        {
            let count = repeat_count(count, text.chars().count(), MAX_STR_LENGTH)?;
            return Some(Constant::Str(text.repeat(count)));
        }
        (Mult, Constant::Bytes(bytes), count) | (Mult, count, Constant::Bytes(bytes))
            if number(count).is_some() =>
        {
            let count = repeat_count(count, bytes.len(), MAX_STR_LENGTH)?;
            return Some(Constant::Bytes(bytes.repeat(count)));
        }
        (Mult, Constant::Tuple(items), count) | (Mult, count, Constant::Tuple(items))
            if number(count).is_some() =>
        {
            let count = repeat_count(count, items.len(), MAX_COLLECTION_LENGTH)?;
            let mut result = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                result.extend(items.iter().cloned());
            }
            return Some(Constant::Tuple(result));
        }
        _ => {}
    }
    let left = number(&left)?;
    let right = number(&right)?;
    match (&left, &right) {
        (Number::Int(a), Number::Int(b)) => fold_int(op, a, b),
        (Number::Complex(..), _) | (_, Number::Complex(..)) => {
            fold_complex(op, as_complex(&left)?, as_complex(&right)?)
        }
        _ => fold_float(op, as_float(&left)?, as_float(&right)?),
    }
}
