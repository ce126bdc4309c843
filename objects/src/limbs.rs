//! Arithmetic straight on the limbs of boxed ints, for the operations
//! programs run most on big values: `+` and `-` of any two ints, `*`, `//`
//! and `%` of a big int by a small one, small-int results that overflow,
//! `&`, `|`, `^` and `>>` of non-negative ints, and `<<` of a non-negative
//! int by a modest count. Each reads its operands once and allocates the
//! result once, where going through num-bigint would convert both operands
//! and the result. Everything else (big by big `*`, `//`, `%`, powers,
//! bit operations on negative ints) goes to num-bigint.

use minnow_heap::{Heap, HeapError, Value};

use crate::{field::BIGINT as F, layout};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Subtract,
    Multiply,
    FloorDivide,
    Modulo,
    And,
    Or,
    Xor,
    LeftShift,
    RightShift,
}

/// The largest `<<` count done here; bigger shifts make results large
/// enough that num-bigint's handling (and its memory checks) should decide.
const MAX_LEFT_SHIFT: i64 = 1 << 16;

/// A signed magnitude, least significant limb first, without leading zeros.
struct Int {
    negative: bool,
    limbs: Vec<u64>,
}

/// `a op b` when both are ints, at least one is boxed, and the operation is
/// one this module does; `None` to take the general path.
pub fn binary(heap: &mut Heap, a: Value, b: Value, op: IntOp) -> Option<Result<Value, HeapError>> {
    if let (Some(x), Some(y)) = (read_wide(heap, a), read_wide(heap, b)) {
        if let Some(r) = wide_op(x, y, op) {
            return Some(store_wide(heap, r));
        }
    }
    let (a, b) = match (op, a.is_small_int()) {
        (IntOp::Multiply | IntOp::And | IntOp::Or | IntOp::Xor, true) => (b, a),
        _ => (a, b),
    };
    let x = read(heap, a)?;
    let result = match op {
        IntOp::Add => add(x, read(heap, b)?),
        IntOp::Subtract => {
            let mut y = read(heap, b)?;
            y.negative = !y.negative && !y.limbs.is_empty();
            add(x, y)
        }
        IntOp::Multiply => {
            let m = b.as_small_int()?;
            Int {
                negative: x.negative != (m < 0) && m != 0,
                limbs: mul_small(&x.limbs, m.unsigned_abs()),
            }
        }
        IntOp::FloorDivide | IntOp::Modulo => {
            let d = b.as_small_int().filter(|&d| d != 0)?;
            let (quotient, remainder) = divrem_small(&x.limbs, d.unsigned_abs());
            let same_sign = x.negative == (d < 0);
            if op == IntOp::Modulo {
                // The result takes the divisor's sign, as Python's `%`.
                let r = remainder as i128;
                let m = if r == 0 || same_sign {
                    r
                } else {
                    d.unsigned_abs() as i128 - r
                };
                let m = if d < 0 { -m } else { m };
                return Some(Ok(Value::small_int(m as i64).expect("|m| < |d|")));
            }
            // Floor division rounds toward minus infinity.
            let mut q = Int {
                negative: !same_sign,
                limbs: quotient,
            };
            if !same_sign && remainder != 0 {
                q.limbs = add_mag(&q.limbs, &[1]);
            }
            q
        }
        IntOp::And | IntOp::Or | IntOp::Xor => {
            let y = read(heap, b)?;
            if x.negative || y.negative {
                return None;
            }
            Int {
                negative: false,
                limbs: bitwise(&x.limbs, &y.limbs, op),
            }
        }
        IntOp::LeftShift | IntOp::RightShift => {
            let count = b.as_small_int().filter(|&n| n >= 0)?;
            if x.negative {
                return None;
            }
            let limbs = if op == IntOp::RightShift {
                shift_right(&x.limbs, count)
            } else if count <= MAX_LEFT_SHIFT {
                shift_left(&x.limbs, count as usize)
            } else {
                return None;
            };
            Int {
                negative: false,
                limbs,
            }
        }
    };
    Some(store(heap, result))
}

/// `x op y` in 128 bits, Python's semantics; `None` when the result does not
/// fit (or the division is by zero, which the general path reports).
fn wide_op(x: i128, y: i128, op: IntOp) -> Option<i128> {
    match op {
        IntOp::Add => x.checked_add(y),
        IntOp::Subtract => x.checked_sub(y),
        IntOp::Multiply => x.checked_mul(y),
        IntOp::FloorDivide if y != 0 => {
            let q = x.checked_div(y)?;
            // Rust truncates toward zero; Python floors.
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        IntOp::Modulo if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        // Two's complement on 128 bits agrees with Python's infinite sign
        // extension for operands that fit.
        IntOp::And => Some(x & y),
        IntOp::Or => Some(x | y),
        IntOp::Xor => Some(x ^ y),
        IntOp::RightShift if y >= 0 => Some(x >> y.min(127)),
        IntOp::LeftShift if (0..127).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

/// The int `v` as an `i128` when it is one that fits: a small int, or a
/// BIGINT of one or two limbs.
fn read_wide(heap: &Heap, v: Value) -> Option<i128> {
    if let Some(i) = v.as_small_int() {
        return Some(i as i128);
    }
    let obj = v.as_obj()?;
    if heap.layout_of(obj) != layout::BIGINT {
        return None;
    }
    let bytes = heap.bytes(obj, F::COUNT);
    if bytes.len() > 16 {
        return None;
    }
    let mut le = [0u8; 16];
    le[..bytes.len()].copy_from_slice(bytes);
    let magnitude = u128::from_le_bytes(le);
    let magnitude = i128::try_from(magnitude).ok()?;
    Some(if heap.raw(obj, F::sign) == u64::MAX {
        -magnitude
    } else {
        magnitude
    })
}

/// The `Value` of `n`: a small int when it fits, else a BIGINT of one or two
/// limbs.
fn store_wide(heap: &mut Heap, n: i128) -> Result<Value, HeapError> {
    if let Some(v) = i64::try_from(n).ok().and_then(Value::small_int) {
        return Ok(v);
    }
    let magnitude = n.unsigned_abs();
    let limbs = if magnitude >> 64 == 0 { 1 } else { 2 };
    let obj = heap.alloc(layout::BIGINT, F::COUNT + limbs)?;
    heap.set_raw(obj, F::sign, if n < 0 { u64::MAX } else { 1 });
    heap.bytes_mut(obj, F::COUNT)
        .copy_from_slice(&magnitude.to_le_bytes()[..8 * limbs]);
    Ok(obj.value())
}

/// The int `v` as a signed magnitude, or `None` if it is not an int.
fn read(heap: &Heap, v: Value) -> Option<Int> {
    if let Some(i) = v.as_small_int() {
        let limbs = if i == 0 {
            Vec::new()
        } else {
            vec![i.unsigned_abs()]
        };
        return Some(Int {
            negative: i < 0,
            limbs,
        });
    }
    let obj = v.as_obj()?;
    if heap.layout_of(obj) != layout::BIGINT {
        return None;
    }
    let limbs = heap
        .bytes(obj, F::COUNT)
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
        .collect();
    Some(Int {
        negative: heap.raw(obj, F::sign) == u64::MAX,
        limbs,
    })
}

/// The `Value` of `n`: a small int when it fits, else a new BIGINT.
fn store(heap: &mut Heap, mut n: Int) -> Result<Value, HeapError> {
    while n.limbs.last() == Some(&0) {
        n.limbs.pop();
    }
    match n.limbs.as_slice() {
        [] => return Ok(Value::small_int_const(0)),
        &[m] if m <= i64::MAX as u64 => {
            let signed = if n.negative { -(m as i64) } else { m as i64 };
            if let Some(v) = Value::small_int(signed) {
                return Ok(v);
            }
        }
        _ => {}
    }
    let obj = heap.alloc(layout::BIGINT, F::COUNT + n.limbs.len())?;
    heap.set_raw(obj, F::sign, if n.negative { u64::MAX } else { 1 });
    for (chunk, limb) in heap
        .bytes_mut(obj, F::COUNT)
        .chunks_exact_mut(8)
        .zip(&n.limbs)
    {
        chunk.copy_from_slice(&limb.to_le_bytes());
    }
    Ok(obj.value())
}

fn add(x: Int, y: Int) -> Int {
    if x.negative == y.negative {
        return Int {
            negative: x.negative,
            limbs: add_mag(&x.limbs, &y.limbs),
        };
    }
    if cmp_mag(&x.limbs, &y.limbs).is_ge() {
        Int {
            negative: x.negative,
            limbs: sub_mag(&x.limbs, &y.limbs),
        }
    } else {
        Int {
            negative: y.negative,
            limbs: sub_mag(&y.limbs, &x.limbs),
        }
    }
}

fn cmp_mag(a: &[u64], b: &[u64]) -> std::cmp::Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = false;
    for (i, &l) in long.iter().enumerate() {
        let (s, c1) = l.overflowing_add(short.get(i).copied().unwrap_or(0));
        let (s, c2) = s.overflowing_add(carry as u64);
        out.push(s);
        carry = c1 || c2;
    }
    if carry {
        out.push(1);
    }
    out
}

/// `a - b` for `|a| >= |b|`.
fn sub_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = false;
    for (i, &l) in a.iter().enumerate() {
        let (d, b1) = l.overflowing_sub(b.get(i).copied().unwrap_or(0));
        let (d, b2) = d.overflowing_sub(borrow as u64);
        out.push(d);
        borrow = b1 || b2;
    }
    debug_assert!(!borrow, "sub_mag needs |a| >= |b|");
    out
}

fn mul_small(a: &[u64], m: u64) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for &l in a {
        let p = l as u128 * m as u128 + carry as u128;
        out.push(p as u64);
        carry = (p >> 64) as u64;
    }
    out.push(carry);
    out
}

/// `a & b`, `a | b` or `a ^ b` of two magnitudes.
fn bitwise(a: &[u64], b: &[u64], op: IntOp) -> Vec<u64> {
    let len = match op {
        IntOp::And => a.len().min(b.len()),
        _ => a.len().max(b.len()),
    };
    (0..len)
        .map(|i| {
            let (l, r) = (
                a.get(i).copied().unwrap_or(0),
                b.get(i).copied().unwrap_or(0),
            );
            match op {
                IntOp::And => l & r,
                IntOp::Or => l | r,
                _ => l ^ r,
            }
        })
        .collect()
}

fn shift_left(a: &[u64], count: usize) -> Vec<u64> {
    let (words, bits) = (count / 64, count % 64);
    let mut out = vec![0; words];
    out.reserve(a.len() + 1);
    let mut carry = 0u64;
    for &l in a {
        out.push(l << bits | carry);
        carry = if bits == 0 { 0 } else { l >> (64 - bits) };
    }
    out.push(carry);
    out
}

fn shift_right(a: &[u64], count: i64) -> Vec<u64> {
    let words = usize::try_from(count / 64).unwrap_or(usize::MAX);
    let bits = (count % 64) as u32;
    let kept = a.get(words..).unwrap_or(&[]);
    (0..kept.len())
        .map(|i| {
            let high = if bits == 0 {
                0
            } else {
                kept.get(i + 1).copied().unwrap_or(0) << (64 - bits)
            };
            kept[i] >> bits | high
        })
        .collect()
}

/// (a / d, a % d) for `d > 0`.
fn divrem_small(a: &[u64], d: u64) -> (Vec<u64>, u64) {
    let mut quotient = vec![0; a.len()];
    let mut remainder = 0u64;
    for (i, &l) in a.iter().enumerate().rev() {
        let n = ((remainder as u128) << 64) | l as u128;
        quotient[i] = (n / d as u128) as u64;
        remainder = (n % d as u128) as u64;
    }
    (quotient, remainder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::{from_bigint, value_to_bigint};
    use minnow_heap::HeapConfig;
    use num_bigint::BigInt;
    use num_integer::Integer;
    use proptest::prelude::*;

    fn heap() -> Heap {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        heap
    }

    fn big(digits: &[u64], negative: bool) -> BigInt {
        let mut n = BigInt::from(0);
        for &d in digits.iter().rev() {
            n = (n << 64) + BigInt::from(d);
        }
        if negative {
            -n
        } else {
            n
        }
    }

    fn expected(x: &BigInt, y: &BigInt, op: IntOp) -> BigInt {
        match op {
            IntOp::Add => x + y,
            IntOp::Subtract => x - y,
            IntOp::Multiply => x * y,
            IntOp::FloorDivide => x.div_floor(y),
            IntOp::Modulo => x.mod_floor(y),
            IntOp::And => x & y,
            IntOp::Or => x | y,
            IntOp::Xor => x ^ y,
            IntOp::LeftShift => x << usize::try_from(y).unwrap(),
            IntOp::RightShift => x >> usize::try_from(y).unwrap(),
        }
    }

    proptest! {
        #[test]
        fn agrees_with_num_bigint(
            xd in proptest::collection::vec(any::<u64>(), 0..5),
            xneg in any::<bool>(),
            yd in proptest::collection::vec(any::<u64>(), 0..5),
            yneg in any::<bool>(),
            small in any::<i64>(),
            op in 0..10usize,
        ) {
            let mut heap = heap();
            let op = [
                IntOp::Add, IntOp::Subtract, IntOp::Multiply, IntOp::FloorDivide, IntOp::Modulo,
                IntOp::And, IntOp::Or, IntOp::Xor, IntOp::LeftShift, IntOp::RightShift,
            ][op];
            let x = big(&xd, xneg);
            let y = match op {
                IntOp::Add | IntOp::Subtract | IntOp::And | IntOp::Or | IntOp::Xor => big(&yd, yneg),
                IntOp::LeftShift | IntOp::RightShift => BigInt::from(small.rem_euclid(400)),
                _ => BigInt::from(small >> (small as u32 % 64)),
            };
            let a = from_bigint(&mut heap, &x).unwrap();
            let b = from_bigint(&mut heap, &y).unwrap();
            match binary(&mut heap, a, b, op) {
                Some(r) => {
                    let r = r.unwrap();
                    prop_assert_eq!(value_to_bigint(&heap, r).unwrap(), expected(&x, &y, op));
                    if let Some(i) = value_to_bigint(&heap, r).unwrap().to_string().parse::<i64>().ok() {
                        // Results that fit a small int are never boxed.
                        if Value::small_int(i).is_some() {
                            prop_assert!(r.is_small_int());
                        }
                    }
                }
                None => {
                    let zero = BigInt::from(0);
                    let both_small = a.is_small_int() && b.is_small_int();
                    let allowed = match op {
                        IntOp::Add | IntOp::Subtract => false,
                        IntOp::Multiply => !a.is_small_int() && !b.is_small_int(),
                        IntOp::FloorDivide | IntOp::Modulo => !b.is_small_int() || y == zero || both_small,
                        IntOp::And | IntOp::Or | IntOp::Xor => x < zero || y < zero || both_small,
                        IntOp::LeftShift => !b.is_small_int() || x < zero,
                        IntOp::RightShift => !b.is_small_int() || x < zero || both_small,
                    };
                    prop_assert!(allowed, "{:?} of {} and {} refused", op, x, y);
                }
            }
        }

        /// Small ints whose `+`, `-`, `*` or `<<` leaves the small range.
        #[test]
        fn small_operands_overflowing(
            x in any::<i64>(),
            y in any::<i64>(),
            op in 0..4usize,
        ) {
            let mut heap = heap();
            let op = [IntOp::Add, IntOp::Subtract, IntOp::Multiply, IntOp::LeftShift][op];
            let (x, y) = (x >> 3, if op == IntOp::LeftShift { y.rem_euclid(130) } else { y >> 3 });
            let (a, b) = (Value::small_int(x).unwrap(), Value::small_int(y).unwrap());
            let (bx, by) = (BigInt::from(x), BigInt::from(y));
            match binary(&mut heap, a, b, op) {
                Some(r) => prop_assert_eq!(value_to_bigint(&heap, r.unwrap()).unwrap(), expected(&bx, &by, op)),
                None => prop_assert!(op == IntOp::LeftShift && x < 0),
            }
        }
    }
}
