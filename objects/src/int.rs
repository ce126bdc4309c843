//! int: small ints are immediate `Value`s; the rest are BIGINT objects.
//!
//! ```text
//! header | sign (raw: -1 or 1) | magnitude limbs, little-endian u64 (raw tail)
//! ```
//!
//! An int that fits a small int is never boxed. Hashes follow CPython's:
//! the value modulo 2**61 - 1 with the sign kept, -1 mapped to -2, so dicts
//! and sets of numbers behave (and iterate) as CPython's do. Floats hash
//! here too, since an integral float must hash like the equal int.

use minnow_heap::{Heap, HeapError, ObjRef, Value};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::{field::BIGINT as F, layout};

/// 2**61 - 1, the modulus of numeric hashes.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
pub const HASH_INF: i64 = 314_159;

/// The int as a `Value`: immediate when it fits, boxed otherwise.
pub fn from_bigint(heap: &mut Heap, n: &BigInt) -> Result<Value, HeapError> {
    if let Some(v) = n.to_i64().and_then(Value::small_int) {
        return Ok(v);
    }
    let limbs = n.magnitude().iter_u64_digits();
    let obj = heap.alloc(layout::BIGINT, F::COUNT + limbs.len())?;
    heap.set_raw(
        obj,
        F::sign,
        if n.sign() == Sign::Minus { u64::MAX } else { 1 },
    );
    let out = heap.bytes_mut(obj, F::COUNT);
    for (chunk, limb) in out.chunks_exact_mut(8).zip(limbs) {
        chunk.copy_from_slice(&limb.to_le_bytes());
    }
    Ok(obj.value())
}

pub fn from_i128(heap: &mut Heap, n: i128) -> Result<Value, HeapError> {
    match i64::try_from(n).ok().and_then(Value::small_int) {
        Some(v) => Ok(v),
        None => from_bigint(heap, &BigInt::from(n)),
    }
}

/// The value of a BIGINT object.
pub fn to_bigint(heap: &Heap, obj: ObjRef) -> BigInt {
    let sign = if heap.raw(obj, F::sign) == u64::MAX {
        Sign::Minus
    } else {
        Sign::Plus
    };
    let digits = heap
        .bytes(obj, F::COUNT)
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    BigInt::from_biguint(sign, BigUint::new(digits))
}

/// The value of any int `Value` (small or boxed), if it is one.
pub fn value_to_bigint(heap: &Heap, v: Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    let obj = v.as_obj()?;
    (heap.layout_of(obj) == layout::BIGINT).then(|| to_bigint(heap, obj))
}

/// True for a negative boxed int.
pub fn is_negative(heap: &Heap, obj: ObjRef) -> bool {
    heap.raw(obj, F::sign) == u64::MAX
}

fn finish_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash() of a small int.
pub fn hash_small(i: i64) -> i64 {
    // |i| <= 2**60 < 2**61 - 1: the reduction is the identity.
    finish_hash(i)
}

/// hash() of any int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = (n.abs() % BigInt::from(HASH_MODULUS))
        .to_i64()
        .expect("reduced below 2**61");
    finish_hash(if n.is_negative() { -m } else { m })
}

/// hash() of a float, as CPython computes it (the hash of the equal
/// rational number, reduced modulo 2**61 - 1). `None` for nan, whose hash
/// is its identity's.
pub fn hash_float(f: f64) -> Option<i64> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if f == 0.0 {
        return Some(0);
    }
    let (mut mantissa, mut exponent) = frexp(f.abs());
    let mut x: u64 = 0;
    while mantissa != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let y = mantissa as u64;
        mantissa -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if exponent >= 0 {
        exponent % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - exponent) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = x as i64;
    Some(finish_hash(if f < 0.0 { -h } else { h }))
}

/// `f = m * 2**e` with 0.5 <= m < 1, for finite non-zero positive `f`.
fn frexp(f: f64) -> (f64, i32) {
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

/// True when the boxed or small int is zero.
pub fn is_zero(heap: &Heap, v: Value) -> bool {
    v.as_small_int() == Some(0) || value_to_bigint(heap, v).is_some_and(|b| b.is_zero())
}

#[cfg(test)]
mod tests {
    use super::*;
    use minnow_heap::HeapConfig;

    #[test]
    fn big_ints_box_and_unbox_exactly() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        for text in [
            "0",
            "1152921504606846975",
            "1152921504606846976",
            "-1152921504606846977",
            "-123456789012345678901234567890123456789",
        ] {
            let n: BigInt = text.parse().unwrap();
            let v = from_bigint(&mut heap, &n).unwrap();
            assert_eq!(
                v.is_small_int(),
                n.to_i64().and_then(Value::small_int).is_some()
            );
            assert_eq!(value_to_bigint(&heap, v).unwrap(), n, "{text}");
        }
    }

    #[test]
    fn hashes_match_cpython() {
        // Values from CPython 3.11: hash(x) for each x.
        assert_eq!(hash_small(-1), -2);
        assert_eq!(hash_small(12345), 12345);
        assert_eq!(hash_bigint(&BigInt::from(1u128 << 61)), 1);
        assert_eq!(hash_bigint(&-BigInt::from(1u128 << 64)), -8);
        assert_eq!(hash_bigint(&BigInt::from(HASH_MODULUS)), 0);
        assert_eq!(hash_float(1.5), Some(1152921504606846977));
        assert_eq!(hash_float(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_float(3.0), Some(3));
        assert_eq!(hash_float(-1.0), Some(-2));
        assert_eq!(hash_float(1e300), Some(1224995262755759164));
        assert_eq!(hash_float(f64::INFINITY), Some(314159));
        assert_eq!(hash_float(5e-324), Some(16777216));
        assert_eq!(hash_float(f64::NAN), None);
    }
}
