//! `Value`: one tagged 64-bit word.
//!
//! | low 3 bits | meaning |
//! |---|---|
//! | `000` | pointer to a heap object (8-byte aligned); the all-zero word is `EMPTY` |
//! | `001` | small int: 61-bit two's complement payload in the upper bits |
//! | `010` | immediates: None, False, True, NotImplemented, Ellipsis (payload above the tag) |
//! | `100` | immediate float, Spur "SmallFloat64" encoding |
//! | others | reserved |
//!
//! An int or float has exactly one representation: a value that fits the
//! immediate form is never boxed, so equality of immediates is equality of
//! words. Every arithmetic helper here returns `None` for "not answerable in
//! registers" (overflow, division by zero, negative shift): the caller takes
//! its general path, which boxes the result or raises.

use core::fmt;

const TAG_BITS: u32 = 3;
const TAG_MASK: u64 = (1 << TAG_BITS) - 1;
const TAG_PTR: u64 = 0b000;
const TAG_INT: u64 = 0b001;
const TAG_IMMEDIATE: u64 = 0b010;
const TAG_FLOAT: u64 = 0b100;

/// Smallest int held immediately: -2**60.
pub const SMALL_INT_MIN: i64 = -(1 << 60);
/// Largest int held immediately: 2**60 - 1.
pub const SMALL_INT_MAX: i64 = (1 << 60) - 1;

/// Exponents 897..=1151 (of the IEEE 11-bit biased exponent) fit the 8-bit
/// exponent of an immediate float after re-biasing by 896 = 1023 - 127.
const FLOAT_EXPONENT_REBIAS: u64 = 896 << 53;

#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct Value(u64);

const fn immediate(payload: u64) -> Value {
    Value((payload << TAG_BITS) | TAG_IMMEDIATE)
}

impl Value {
    /// "No value": an unbound local, a deleted slot, a missing entry. It never
    /// reaches Python code.
    pub const EMPTY: Value = Value(0);
    pub const NONE: Value = immediate(0);
    pub const FALSE: Value = immediate(1);
    pub const TRUE: Value = immediate(2);
    pub const NOT_IMPLEMENTED: Value = immediate(3);
    pub const ELLIPSIS: Value = immediate(4);

    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    #[inline(always)]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True for a pointer to a heap object (not for `EMPTY`).
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.0 & TAG_MASK == TAG_PTR && self.0 != 0
    }

    /// A pointer or `EMPTY`: `is_ptr` without the test for zero.
    #[inline(always)]
    pub(crate) const fn has_pointer_tag(self) -> bool {
        self.0 & TAG_MASK == TAG_PTR
    }

    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }

    #[inline(always)]
    pub const fn is_float(self) -> bool {
        self.0 & TAG_MASK == TAG_FLOAT
    }

    /// True for None, True, False, NotImplemented and Ellipsis.
    #[inline(always)]
    pub const fn is_singleton(self) -> bool {
        self.0 & TAG_MASK == TAG_IMMEDIATE
    }

    #[inline(always)]
    pub const fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub const fn is_bool(self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }

    /// The address of the heap object this value points to.
    #[inline(always)]
    pub(crate) const fn address(self) -> usize {
        self.0 as usize
    }

    #[inline(always)]
    pub(crate) const fn from_address(addr: usize) -> Value {
        Value(addr as u64)
    }

    // ----- small ints -------------------------------------------------------

    /// The immediate form of `i`, or `None` when it needs a big int.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Value(((i as u64) << TAG_BITS) | TAG_INT))
        } else {
            None
        }
    }

    /// The immediate form of an `i64` known to be in range (constants, lengths).
    #[inline(always)]
    pub const fn small_int_const(i: i64) -> Value {
        assert!(i >= SMALL_INT_MIN && i <= SMALL_INT_MAX);
        Value(((i as u64) << TAG_BITS) | TAG_INT)
    }

    #[inline(always)]
    pub const fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }

    /// The payload of a value the caller has checked is a small int.
    #[inline(always)]
    pub const fn small_int_unchecked(self) -> i64 {
        (self.0 as i64) >> TAG_BITS
    }

    /// `self + other` for two small ints; `None` when the sum needs a big int.
    #[inline(always)]
    pub fn int_add(self, other: Value) -> Option<Value> {
        debug_assert!(self.is_small_int() && other.is_small_int());
        // (a<<3 | 1) + (b<<3) == (a+b)<<3 | 1; i64 overflow is 61-bit overflow.
        (self.0 as i64)
            .checked_add((other.0 - TAG_INT) as i64)
            .map(|w| Value(w as u64))
    }

    #[inline(always)]
    pub fn int_sub(self, other: Value) -> Option<Value> {
        debug_assert!(self.is_small_int() && other.is_small_int());
        (self.0 as i64)
            .checked_sub((other.0 - TAG_INT) as i64)
            .map(|w| Value(w as u64))
    }

    #[inline(always)]
    pub fn int_mul(self, other: Value) -> Option<Value> {
        debug_assert!(self.is_small_int() && other.is_small_int());
        // a * (b<<3) == (a*b)<<3, so one checked multiply tests the 61-bit range.
        self.small_int_unchecked()
            .checked_mul((other.0 - TAG_INT) as i64)
            .map(|w| Value(w as u64 | TAG_INT))
    }

    /// Python's `//` (rounds toward negative infinity); `None` for a zero
    /// divisor and for -2**60 // -1.
    #[inline(always)]
    pub fn int_floordiv(self, other: Value) -> Option<Value> {
        let (a, b) = (self.small_int_unchecked(), other.small_int_unchecked());
        if b == 0 {
            return None;
        }
        Value::small_int(a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0))
    }

    /// Python's `%` (the result has the divisor's sign); `None` for a zero divisor.
    #[inline(always)]
    pub fn int_mod(self, other: Value) -> Option<Value> {
        let (a, b) = (self.small_int_unchecked(), other.small_int_unchecked());
        if b == 0 {
            return None;
        }
        let r = a.rem_euclid(b);
        Value::small_int(if b < 0 && r != 0 { r + b } else { r })
    }

    #[inline(always)]
    pub fn int_neg(self) -> Option<Value> {
        Value::small_int(self.small_int_unchecked().wrapping_neg())
    }

    /// `~self`, which always fits: ~x == -x - 1 maps the range onto itself.
    #[inline(always)]
    pub fn int_invert(self) -> Value {
        Value(self.0 ^ !TAG_MASK)
    }

    #[inline(always)]
    pub fn int_and(self, other: Value) -> Value {
        Value(self.0 & other.0)
    }

    #[inline(always)]
    pub fn int_or(self, other: Value) -> Value {
        Value(self.0 | other.0)
    }

    #[inline(always)]
    pub fn int_xor(self, other: Value) -> Value {
        Value((self.0 ^ other.0) | TAG_INT)
    }

    /// `self << other`; `None` for a negative count or a result past 61 bits.
    #[inline(always)]
    pub fn int_lshift(self, other: Value) -> Option<Value> {
        let (a, n) = (self.small_int_unchecked(), other.small_int_unchecked());
        if !(0..64).contains(&n) {
            return if n > 0 && a == 0 { Some(self) } else { None };
        }
        let shifted = a << n;
        if shifted >> n == a {
            Value::small_int(shifted)
        } else {
            None
        }
    }

    /// `self >> other` (arithmetic); `None` for a negative count.
    #[inline(always)]
    pub fn int_rshift(self, other: Value) -> Option<Value> {
        let (a, n) = (self.small_int_unchecked(), other.small_int_unchecked());
        if n < 0 {
            return None;
        }
        Some(Value::small_int_const(a >> n.min(63)))
    }

    // ----- floats -----------------------------------------------------------

    /// The immediate form of `f`, or `None` when it must be boxed (magnitude
    /// outside 2**-126 (about 1.2e-38) to just under 2**129 (about 6.8e38),
    /// other than +-0.0; inf and nan).
    #[inline(always)]
    pub fn float(f: f64) -> Option<Value> {
        let rotated = f.to_bits().rotate_left(1);
        if rotated <= 1 {
            return Some(Value((rotated << TAG_BITS) | TAG_FLOAT));
        }
        let exponent = rotated >> 53;
        if exponent > 896 && exponent <= 1151 {
            Some(Value(
                ((rotated - FLOAT_EXPONENT_REBIAS) << TAG_BITS) | TAG_FLOAT,
            ))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(self.float_unchecked())
        } else {
            None
        }
    }

    /// The double of a value the caller has checked is an immediate float.
    #[inline(always)]
    pub fn float_unchecked(self) -> f64 {
        let rotated = self.0 >> TAG_BITS;
        let rotated = if rotated <= 1 {
            rotated
        } else {
            rotated + FLOAT_EXPONENT_REBIAS
        };
        f64::from_bits(rotated.rotate_right(1))
    }
}

/// A reference to a heap object: the address of its header.
///
/// It stays valid only while the object does not move or die, that is until
/// the next safepoint, unless the value it came from is rooted. Holding one
/// across a safepoint without rooting it is the one contract of this crate
/// that the type system does not check (see `heap/README.md`).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct ObjRef(core::num::NonZeroUsize);

impl ObjRef {
    #[inline(always)]
    pub(crate) fn from_address(addr: usize) -> ObjRef {
        debug_assert!(addr != 0 && addr % 8 == 0);
        match core::num::NonZeroUsize::new(addr) {
            Some(nz) => ObjRef(nz),
            None => unreachable!("heap objects never live at address 0"),
        }
    }

    #[inline(always)]
    pub(crate) fn address(self) -> usize {
        self.0.get()
    }

    #[inline(always)]
    pub fn value(self) -> Value {
        Value::from_address(self.address())
    }
}

impl Value {
    /// The object this value points to, if it is a pointer.
    #[inline(always)]
    pub fn as_obj(self) -> Option<ObjRef> {
        if self.is_ptr() {
            Some(ObjRef::from_address(self.address()))
        } else {
            None
        }
    }
}

impl From<ObjRef> for Value {
    #[inline(always)]
    fn from(obj: ObjRef) -> Value {
        obj.value()
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::EMPTY => f.write_str("EMPTY"),
            Value::NONE => f.write_str("None"),
            Value::TRUE => f.write_str("True"),
            Value::FALSE => f.write_str("False"),
            Value::NOT_IMPLEMENTED => f.write_str("NotImplemented"),
            Value::ELLIPSIS => f.write_str("Ellipsis"),
            v if v.is_small_int() => write!(f, "{}", v.small_int_unchecked()),
            v if v.is_float() => write!(f, "{:?}", v.float_unchecked()),
            v if v.is_ptr() => write!(f, "<object at {:#x}>", v.0),
            v => write!(f, "<reserved word {:#x}>", v.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn int(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    #[test]
    fn size_is_one_word() {
        assert_eq!(core::mem::size_of::<Value>(), 8);
        assert_eq!(core::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn singletons_are_distinct_immediates() {
        let all = [
            Value::NONE,
            Value::FALSE,
            Value::TRUE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(a.is_singleton() && !a.is_ptr() && !a.is_small_int() && !a.is_float());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(Value::EMPTY.is_empty() && !Value::EMPTY.is_ptr());
        assert_eq!(Value::from_bool(true), Value::TRUE);
        assert!(Value::FALSE.is_bool() && !Value::NONE.is_bool());
    }

    #[test]
    fn small_int_edges() {
        assert_eq!(int(SMALL_INT_MIN).as_small_int(), Some(SMALL_INT_MIN));
        assert_eq!(int(SMALL_INT_MAX).as_small_int(), Some(SMALL_INT_MAX));
        assert_eq!(Value::small_int(SMALL_INT_MAX + 1), None);
        assert_eq!(Value::small_int(SMALL_INT_MIN - 1), None);
        assert_eq!(int(SMALL_INT_MAX).int_add(int(1)), None);
        assert_eq!(int(SMALL_INT_MIN).int_sub(int(1)), None);
        assert_eq!(int(SMALL_INT_MIN).int_neg(), None);
        assert_eq!(int(SMALL_INT_MIN).int_floordiv(int(-1)), None);
        assert_eq!(int(SMALL_INT_MIN).int_mod(int(-1)), Some(int(0)));
        assert_eq!(int(1 << 30).int_mul(int(1 << 30)), None);
        assert_eq!(int(1 << 29).int_mul(int(1 << 30)), Some(int(1 << 59)));
        assert_eq!(int(7).int_floordiv(int(0)), None);
        assert_eq!(int(7).int_mod(int(0)), None);
        assert_eq!(int(1).int_lshift(int(59)), Some(int(1 << 59)));
        assert_eq!(int(1).int_lshift(int(60)), None);
        assert_eq!(int(-1).int_lshift(int(60)), Some(int(SMALL_INT_MIN)));
        assert_eq!(int(0).int_lshift(int(1000)), Some(int(0)));
        assert_eq!(int(1).int_lshift(int(-1)), None);
        assert_eq!(int(-5).int_rshift(int(1000)), Some(int(-1)));
        assert_eq!(int(5).int_rshift(int(-1)), None);
        assert_eq!(int(SMALL_INT_MIN).int_invert(), int(SMALL_INT_MAX));
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        for (a, b, q, r) in [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (6, -3, -2, 0),
        ] {
            assert_eq!(int(a).int_floordiv(int(b)), Some(int(q)), "{a} // {b}");
            assert_eq!(int(a).int_mod(int(b)), Some(int(r)), "{a} % {b}");
        }
    }

    #[test]
    fn float_edges() {
        for f in [0.0, -0.0, 1.0, -1.5, 1e38, 3.4e38, 1.2e-38, -2.5e-10] {
            let v = Value::float(f).unwrap_or_else(|| panic!("{f} should be immediate"));
            assert_eq!(v.as_float().unwrap().to_bits(), f.to_bits());
        }
        assert_ne!(Value::float(0.0), Value::float(-0.0));
        for f in [
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1e39,
            1e-39,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
        ] {
            assert_eq!(Value::float(f), None, "{f} must be boxed");
        }
        // The exponent boundaries: biased exponents 897..=1151 are immediate,
        // so 2**-126 is the smallest immediate power of two and the largest
        // immediate double lies just under 2**129.
        assert!(Value::float(2f64.powi(-126)).is_some());
        assert!(Value::float(2f64.powi(-127)).is_none());
        assert!(Value::float(2f64.powi(129) * (1.0 - f64::EPSILON / 2.0)).is_some());
        assert!(Value::float(2f64.powi(129)).is_none());
    }

    proptest! {
        #[test]
        fn float_round_trip_is_exact(bits in any::<u64>()) {
            let f = f64::from_bits(bits);
            if let Some(v) = Value::float(f) {
                prop_assert!(v.is_float());
                prop_assert_eq!(v.float_unchecked().to_bits(), bits);
            } else {
                let e = (bits >> 52) & 0x7ff;
                prop_assert!(e <= 896 || e > 1151);
                prop_assert!(f != 0.0);
            }
        }

        #[test]
        fn small_int_round_trip(i in SMALL_INT_MIN..=SMALL_INT_MAX) {
            let v = int(i);
            prop_assert!(v.is_small_int() && !v.is_ptr() && !v.is_float());
            prop_assert_eq!(v.as_small_int(), Some(i));
        }

        #[test]
        fn arithmetic_matches_i128(a in SMALL_INT_MIN..=SMALL_INT_MAX, b in SMALL_INT_MIN..=SMALL_INT_MAX) {
            let fits = |r: i128| Value::small_int(i64::try_from(r).ok()?);
            let (wa, wb) = (int(a), int(b));
            let (a, b) = (a as i128, b as i128);
            prop_assert_eq!(wa.int_add(wb), fits(a + b));
            prop_assert_eq!(wa.int_sub(wb), fits(a - b));
            prop_assert_eq!(wa.int_mul(wb), fits(a * b));
            prop_assert_eq!(wa.int_and(wb), int((a & b) as i64));
            prop_assert_eq!(wa.int_or(wb), int((a | b) as i64));
            prop_assert_eq!(wa.int_xor(wb), int((a ^ b) as i64));
            prop_assert_eq!(wa.int_invert(), int(!(a as i64)));
            if b != 0 {
                let q = a.div_euclid(b) - i128::from(b < 0 && a.rem_euclid(b) != 0);
                prop_assert_eq!(wa.int_floordiv(wb), fits(q));
                prop_assert_eq!(wa.int_mod(wb), fits(a - q * b));
            }
        }

        #[test]
        fn shifts_match_i128(a in SMALL_INT_MIN..=SMALL_INT_MAX, n in 0i64..80) {
            let expected = i64::try_from((a as i128) << n).ok().and_then(Value::small_int);
            prop_assert_eq!(int(a).int_lshift(int(n)), expected);
            prop_assert_eq!(int(a).int_rshift(int(n)), Some(int(a >> n.min(63))));
        }
    }
}
