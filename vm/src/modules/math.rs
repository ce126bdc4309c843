//! The `math` module, with CPython 3.11's results and errors.
//!
//! Float functions go through the platform's libm where CPython does (so
//! results agree to the bit on the same C library); the ones CPython
//! computes itself (gamma, lgamma, hypot and dist, fsum) follow its
//! algorithms. A result that is NaN from a non-NaN argument is
//! `ValueError: math domain error`; an infinite result from a finite
//! argument is `OverflowError: math range error` for the functions that can
//! overflow, and a domain error for the rest. Integer functions accept ints
//! of any size.

use minnow_heap::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;

use crate::runtime::attr::ValueExt;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOperator;
use crate::runtime::natives::Args;
use crate::runtime::ops::Num;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Raised, Vm};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MathError {
    Domain,
    Range,
}

type MathResult = Result<f64, MathError>;

pub fn raise(vm: &mut Vm, e: MathError) -> Raised {
    match e {
        MathError::Domain => vm.value_error("math domain error"),
        MathError::Range => vm.raise_msg(TypeId::OverflowError, "math range error"),
    }
}

/// A number as a C double, as CPython's `PyFloat_AsDouble`: floats and ints
/// directly, then `__float__`, then `__index__`.
pub fn real(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if !vm.is_user_instance(v) {
        if let Some(n) = vm.num(v) {
            return num_to_f64(vm, n);
        }
    }
    if let Some(m) = vm.lookup_special(v, "__float__")? {
        let r = vm.call_descriptor_method(m, v, &[])?;
        return match vm.num(r) {
            Some(Num::Float(f)) if !r.is_small_int() && !vm.is_int(r) => Ok(f),
            _ => {
                let msg = format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name_of(v),
                    vm.type_name_of(r)
                );
                Err(vm.type_error(&msg))
            }
        };
    }
    if let Some(m) = vm.lookup_special(v, "__index__")? {
        let r = vm.call_descriptor_method(m, v, &[])?;
        if let Some(n) = vm.num(r).filter(|_| vm.is_int(r)) {
            return num_to_f64(vm, n);
        }
        let msg = format!("__index__ returned non-int (type {})", vm.type_name_of(r));
        return Err(vm.type_error(&msg));
    }
    let msg = format!("must be real number, not {}", vm.type_name_of(v));
    Err(vm.type_error(&msg))
}

fn num_to_f64(vm: &mut Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Float(f) => Ok(f),
        Num::Int(i) => Ok(i as f64),
        Num::Big(b) => big_to_f64(vm, &b),
    }
}

fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.raise_msg(TypeId::OverflowError, "int too large to convert to float")),
    }
}

/// An integer argument (int or `__index__`) of any size.
pub fn integer(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Ok(BigInt::from(i));
    }
    if !vm.is_user_instance(v) {
        match vm.num(v) {
            Some(Num::Int(i)) => return Ok(BigInt::from(i)),
            Some(Num::Big(b)) => return Ok(b),
            _ => {}
        }
    } else if let Some(m) = vm.lookup_special(v, "__index__")? {
        let r = vm.call_descriptor_method(m, v, &[])?;
        return match vm.num(r).filter(|_| vm.is_int(r)) {
            Some(Num::Int(i)) => Ok(BigInt::from(i)),
            Some(Num::Big(b)) => Ok(b),
            _ => {
                let msg = format!("__index__ returned non-int (type {})", vm.type_name_of(r));
                Err(vm.type_error(&msg))
            }
        };
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

/// An integral float as an int; inf and nan are errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let big = BigInt::from_f64(f.trunc()).expect("a finite float");
    vm.new_int(&big)
}

/// CPython's check of a libm result: NaN from non-NaN is a domain error;
/// infinity from a finite argument is a range error (`overflows`) or a
/// domain error (a singularity).
fn checked(x: f64, r: f64, overflows: bool) -> MathResult {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflows {
            MathError::Range
        } else {
            MathError::Domain
        });
    }
    Ok(r)
}

/// Functions of one float: (Python name, function, whether an infinite
/// result from a finite argument is an overflow).
macro_rules! unary_functions {
    ($($name:ident $f:expr, $overflows:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let [x] = vm.exact_args::<1>(args, concat!("math.", stringify!($name)))?;
                let x = real(vm, x)?;
                let f: fn(f64) -> f64 = $f;
                match checked(x, f(x), $overflows) {
                    Ok(r) => vm.new_float(r),
                    Err(e) => Err(raise(vm, e)),
                }
            }
        )*
    };
}

unary_functions! {
    sqrt f64::sqrt, false;
    exp f64::exp, true;
    exp2 f64::exp2, true;
    expm1 f64::exp_m1, true;
    log1p f64::ln_1p, false;
    cbrt f64::cbrt, false;
    fabs f64::abs, false;
    sin f64::sin, false;
    cos f64::cos, false;
    tan f64::tan, false;
    asin f64::asin, false;
    acos f64::acos, false;
    atan f64::atan, false;
    sinh f64::sinh, true;
    cosh f64::cosh, true;
    tanh f64::tanh, false;
    asinh asinh_f, false;
    acosh acosh_f, false;
    atanh atanh_f, false;
    erf libm::erf, false;
    erfc libm::erfc, false;
}

/// Functions of one float that report their own errors.
macro_rules! unary_checked_functions {
    ($($name:ident $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let [x] = vm.exact_args::<1>(args, concat!("math.", stringify!($name)))?;
                let x = real(vm, x)?;
                let f: fn(f64) -> MathResult = $f;
                match f(x) {
                    Ok(r) => vm.new_float(r),
                    Err(e) => Err(raise(vm, e)),
                }
            }
        )*
    };
}

unary_checked_functions! {
    gamma gamma_f;
    lgamma lgamma_f;
    degrees |x| Ok(x * (180.0 / std::f64::consts::PI));
    radians |x| Ok(x * (std::f64::consts::PI / 180.0));
    ulp |x| Ok(ulp_f(x));
}

/// Predicates of one float.
macro_rules! float_predicates {
    ($($name:ident $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let [x] = vm.exact_args::<1>(args, concat!("math.", stringify!($name)))?;
                let x = real(vm, x)?;
                let f: fn(f64) -> bool = $f;
                Ok(Value::from_bool(f(x)))
            }
        )*
    };
}

float_predicates! {
    isfinite f64::is_finite;
    isinf f64::is_infinite;
    isnan f64::is_nan;
}

/// Two float arguments, positional only.
fn two_reals(vm: &mut Vm, args: Args, name: &str) -> PyResult<(f64, f64)> {
    let [x, y] = vm.exact_args::<2>(args, name)?;
    let x = real(vm, x)?;
    let y = real(vm, y)?;
    Ok((x, y))
}

fn finish(vm: &mut Vm, r: MathResult) -> PyResult<Value> {
    match r {
        Ok(f) => vm.new_float(f),
        Err(e) => Err(raise(vm, e)),
    }
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_reals(vm, args, "atan2")?;
    vm.new_float(y.atan2(x))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "copysign")?;
    vm.new_float(x.copysign(y))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(vm, MathError::Domain));
    }
    vm.new_float(r)
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "remainder")?;
    finish(vm, remainder_f(x, y))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties
/// to even; computed exactly.
fn remainder_f(x: f64, y: f64) -> MathResult {
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(MathError::Domain);
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: m is an odd or even multiple of absy/2; pick the even
        // quotient. Both expressions here are exact.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(1f64.copysign(x) * r)
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "pow")?;
    finish(vm, pow_f(x, y))
}

fn pow_f(x: f64, y: f64) -> MathResult {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "nextafter")?;
    vm.new_float(nextafter_f(x, y))
}

fn nextafter_f(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

fn ulp_f(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = nextafter_f(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = nextafter_f(x, -f64::INFINITY);
        return x - prev;
    }
    next - x
}

// ----- inverse hyperbolic functions, as the C library computes them -----------

const LN2: f64 = std::f64::consts::LN_2;

fn asinh_f(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < 2f64.powi(-28) {
        return x;
    }
    let w = if a > 2f64.powi(28) {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn acosh_f(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn atanh_f(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return f64::INFINITY.copysign(x);
    }
    if a < 2f64.powi(-28) {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    t.copysign(x)
}

// ----- gamma and lgamma (Lanczos approximation, as CPython) ------------------

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
/// Numerator and denominator of the Lanczos sum as a rational function
/// (N = 13, the parameters Boost uses), lowest degree first.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        // In 1/x, so that large x cannot overflow.
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn gamma_f(x: f64) -> MathResult {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok((1..x as u64).map(|i| i as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, to correct for below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
        r
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn lgamma_f(x: f64) -> MathResult {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        let logpi = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
        r = logpi - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

// ----- logarithms --------------------------------------------------------------

/// `x` as `m * 2**e` with 0.5 <= |m| < 1 (`(x, 0)` for zeros, infinities
/// and NaN).
pub fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        let (m, e) = frexp_f(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

/// `x * 2**n` with a single rounding, also for subnormal results.
fn ldexp_f(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-3000, 3000) as i32;
    let big = f64::from_bits(0x7fe << 52); // 2**1023
    let small = f64::from_bits(0x001 << 52) * 2f64.powi(53); // 2**-969
    if n > 1023 {
        y *= big;
        n -= 1023;
        if n > 1023 {
            y *= big;
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        y *= small;
        n += 1022 - 53;
        if n < -1022 {
            y *= small;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// A positive big int as `m * 2**e`, `m` correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top = (b >> shift).to_u64().expect("64 bits");
    // A sticky bit for the dropped bits keeps the rounding to 53 bits exact.
    let sticky = u64::from(shift > 0 && b.trailing_zeros().unwrap_or(0) < shift);
    let m = (top | sticky) as f64 / 2f64.powi(64.min(bits as i32));
    let (m2, e2) = frexp_f(m);
    (m2, e2 + bits as i64)
}

/// The logarithm `f` of any number; ints too large for a float are taken
/// apart first, as CPython does.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let int = if vm.is_user_instance(v) || !vm.is_int(v) {
        None
    } else {
        vm.int_of(v)
    };
    match int {
        Some(n) => {
            if !n.is_positive() {
                return Err(raise(vm, MathError::Domain));
            }
            match n.to_f64().filter(|f| f.is_finite()) {
                Some(x) => Ok(f(x)),
                None => {
                    let (m, e) = big_frexp(&n);
                    Ok(f(m) + f(2.0) * e as f64)
                }
            }
        }
        None => {
            let x = real(vm, v)?;
            checked(x, f(x), false).map_err(|e| raise(vm, e))
        }
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "math.log")?;
    let given = vm.positional(args).to_vec();
    if given.is_empty() || given.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, given[0], f64::ln)?;
    if given.len() == 1 {
        return vm.new_float(num);
    }
    let den = log_of(vm, given[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.raise_msg(TypeId::ZeroDivisionError, "float division by zero"));
    }
    vm.new_float(num / den)
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "math.log2")?;
    let r = log_of(vm, x, f64::log2)?;
    vm.new_float(r)
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "math.log10")?;
    let r = log_of(vm, x, f64::log10)?;
    vm.new_float(r)
}

// ----- to integers -----------------------------------------------------------

/// floor, ceil and trunc: exact floats directly, then the type's
/// `method`, then ints as themselves, then (floor and ceil) the float value.
fn integral(
    vm: &mut Vm,
    args: Args,
    name: &'static str,
    method: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, name)?;
    if let Some(v) = x.as_float() {
        return float_to_int(vm, f(v));
    }
    if vm.is_user_instance(x) {
        if let Some(m) = vm.lookup_special(x, method)? {
            return vm.call_descriptor_method(m, x, &[]);
        }
    }
    match vm.num(x) {
        Some(Num::Int(i)) => return vm.new_int_i128(i as i128),
        Some(Num::Big(b)) => return vm.new_int(&b),
        Some(Num::Float(v)) => return float_to_int(vm, f(v)),
        None => {}
    }
    if method == "__trunc__" {
        let msg = format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name_of(x)
        );
        return Err(vm.type_error(&msg));
    }
    let v = real(vm, x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    integral(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    integral(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    integral(vm, args, "math.trunc", "__trunc__", f64::trunc)
}

// ----- float decomposition ---------------------------------------------------

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "math.frexp")?;
    let x = real(vm, x)?;
    let (m, e) = frexp_f(x);
    let m = vm.new_float(m)?;
    vm.new_tuple(&[m, Value::small_int_const(e)])
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x, i] = vm.exact_args::<2>(args, "ldexp")?;
    let x = real(vm, x)?;
    let exp = match vm.int_of(i) {
        Some(n) => n
            .to_i64()
            .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }),
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return vm.new_float(x);
    }
    let r = ldexp_f(x, exp);
    if r.is_infinite() {
        return Err(raise(vm, MathError::Range));
    }
    vm.new_float(r)
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "math.modf")?;
    let x = real(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    let frac = vm.new_float(frac)?;
    let int = vm.new_float(int)?;
    vm.new_tuple(&[frac, int])
}

// ----- norms and sums --------------------------------------------------------

/// The Euclidean norm of non-negative finite-or-not values whose largest
/// is `max`: scaled by a power of two, each square split exactly
/// (Veltkamp-Dekker), summed with compensation and the root corrected by
/// one Newton step, as CPython 3.11 does, so the results agree to the bit.
fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    const SPLIT: f64 = 134_217_729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    let mut frac3 = 0.0;
    // Adds `x` to csum, keeping the rounding error in `frac`.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e < -1023 {
        // The scale would overflow; divide by max instead.
        for &x in v {
            let x = x / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp_f(1.0, -max_e);
    let split = |x: f64| {
        let t = x * SPLIT;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &x in v {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn norm_of(values: &[f64]) -> f64 {
    let max = values
        .iter()
        .fold(0.0f64, |m, &x| if x > m { x } else { m });
    let found_nan = values.iter().any(|x| x.is_nan());
    vector_norm(values, max, found_nan)
}

/// Each of `values` as a float; they are rooted while `__float__` runs.
fn reals(vm: &mut Vm, values: &[Value]) -> PyResult<Vec<f64>> {
    vm.rooted(values, |vm, base| {
        (0..values.len())
            .map(|i| {
                let v = vm.stack[base + i];
                real(vm, v)
            })
            .collect()
    })
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "math.hypot")?;
    let given = vm.positional(args).to_vec();
    let coords: Vec<f64> = reals(vm, &given)?.into_iter().map(f64::abs).collect();
    vm.new_float(norm_of(&coords))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, q] = vm.exact_args::<2>(args, "dist")?;
    let ps = crate::builtins::functions::collect(vm, p)?;
    let (ps, qs) = vm.rooted(&ps, |vm, base| {
        let n = vm.stack.len() - base;
        let qs = crate::builtins::functions::collect(vm, q)?;
        let ps = vm.stack[base..base + n].to_vec();
        Ok::<_, Raised>((ps, qs))
    })?;
    if ps.len() != qs.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut both = ps;
    both.extend_from_slice(&qs);
    let xs = reals(vm, &both)?;
    let (pf, qf) = xs.split_at(xs.len() / 2);
    let diffs: Vec<f64> = pf.iter().zip(qf).map(|(a, b)| (a - b).abs()).collect();
    vm.new_float(norm_of(&diffs))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable] = vm.exact_args::<1>(args, "math.fsum")?;
    let it = vm.get_iter(iterable)?;
    let xs = vm.rooted(&[it], |vm, base| {
        let mut partials: Vec<f64> = Vec::new();
        let mut special = 0.0;
        let mut inf_sum = 0.0;
        loop {
            let it = vm.stack[base];
            let Some(item) = vm.next(it)? else { break };
            let x = real(vm, item)?;
            if let Err(msg) = add_partial(&mut partials, &mut special, &mut inf_sum, x) {
                return Err(vm.raise_msg(TypeId::OverflowError, msg));
            }
        }
        Ok((partials, special, inf_sum))
    })?;
    let (partials, special, inf_sum) = xs;
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return vm.new_float(special);
    }
    vm.new_float(sum_partials(&partials))
}

/// Adds `x` to the exact sum held as non-overlapping `partials`
/// (Shewchuk); infinities and NaNs are summed apart in `special`.
fn add_partial(
    partials: &mut Vec<f64>,
    special: &mut f64,
    inf_sum: &mut f64,
    x: f64,
) -> Result<(), &'static str> {
    let original = x;
    let mut x = x;
    let mut kept = 0;
    for i in 0..partials.len() {
        let mut y = partials[i];
        if x.abs() < y.abs() {
            std::mem::swap(&mut x, &mut y);
        }
        let hi = x + y;
        let lo = y - (hi - x);
        if lo != 0.0 {
            partials[kept] = lo;
            kept += 1;
        }
        x = hi;
    }
    partials.truncate(kept);
    if x != 0.0 {
        if !x.is_finite() {
            if original.is_finite() {
                return Err("intermediate overflow in fsum");
            }
            if original.is_infinite() {
                *inf_sum += original;
            }
            *special += original;
            partials.clear();
        } else {
            partials.push(x);
        }
    }
    Ok(())
}

/// The correctly rounded value of the sum the partials represent.
fn sum_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half-even correctly when the rest lies on the same side.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [start]) = vm.args_with_keywords(args, "prod", ["start"])?;
    if positional.len() != 1 {
        let msg = format!(
            "prod() takes exactly 1 positional argument ({} given)",
            positional.len()
        );
        return Err(vm.type_error(&msg));
    }
    let start = start.unwrap_or(Value::small_int_const(1));
    let it = vm.get_iter(positional[0])?;
    vm.rooted(&[it, start], |vm, base| loop {
        let it = vm.stack[base];
        let Some(item) = vm.next(it)? else {
            return Ok(vm.stack[base + 1]);
        };
        let acc = vm.stack[base + 1];
        let r = vm.binary_op(acc, item, BinaryOperator::Multiply)?;
        vm.stack[base + 1] = r;
    })
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [a_kw, b_kw, rel_kw, abs_kw]) =
        vm.args_with_keywords(args, "isclose", ["a", "b", "rel_tol", "abs_tol"])?;
    if positional.len() > 2 {
        let msg = format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            positional.len()
        );
        return Err(vm.type_error(&msg));
    }
    let a = positional.first().copied().or(a_kw);
    let b = positional.get(1).copied().or(b_kw);
    let (Some(a), Some(b)) = (a, b) else {
        let (name, pos) = if a.is_none() { ("a", 1) } else { ("b", 2) };
        let msg = format!("isclose() missing required argument '{name}' (pos {pos})");
        return Err(vm.type_error(&msg));
    };
    let a = real(vm, a)?;
    let b = real(vm, b)?;
    let rel_tol = match rel_kw {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_kw {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::from_bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- integer functions -----------------------------------------------------

/// The product `lo * (lo + 1) * ... * (lo + count - 1)`, split in halves so
/// the big multiplications get balanced operands.
fn range_product(lo: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        let mut acc = BigInt::one();
        let mut k = lo.clone();
        for _ in 0..count {
            acc *= &k;
            k += 1u32;
        }
        return acc;
    }
    let half = count / 2;
    range_product(lo, half) * range_product(&(lo + half), count - half)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "math.factorial")?;
    let n = integer(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        let msg = format!("factorial() argument should not exceed {}", i64::MAX);
        return Err(vm.raise_msg(TypeId::OverflowError, &msg));
    };
    vm.new_int(&range_product(&BigInt::one(), n))
}

/// All positional arguments as integers (no keywords).
fn integers(vm: &mut Vm, args: Args, name: &str) -> PyResult<Vec<BigInt>> {
    vm.no_keywords(args, name)?;
    let given = vm.positional(args).to_vec();
    vm.rooted(&given, |vm, base| {
        (0..given.len())
            .map(|i| {
                let v = vm.stack[base + i];
                integer(vm, v)
            })
            .collect()
    })
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = integers(vm, args, "math.gcd")?;
    let g = ns.iter().fold(BigInt::zero(), |g, n| g.gcd(n));
    vm.new_int(&g)
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = integers(vm, args, "math.lcm")?;
    let mut acc = BigInt::one();
    for n in &ns {
        if n.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        if !acc.is_zero() {
            acc = acc.lcm(n);
        }
    }
    vm.new_int(&acc.abs())
}

/// The `n` and `k` of comb and perm, checked.
fn n_and_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = integer(vm, n)?;
    let k = integer(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, k] = vm.exact_args::<2>(args, "comb")?;
    let (n, k) = n_and_k(vm, n, k)?;
    if k > n {
        return Ok(Value::small_int_const(0));
    }
    let k = (&n - &k).min(k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        let msg = format!("min(n - k, k) must not exceed {}", i64::MAX);
        return Err(vm.raise_msg(TypeId::OverflowError, &msg));
    };
    let top = range_product(&(&n - k + 1u32), k);
    let r = top / range_product(&BigInt::one(), k);
    vm.new_int(&r)
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, k] = vm.range_args::<2>(args, 1, "perm")?;
    if k.is_none_or_empty() {
        let n = integer(vm, n)?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let k = n.to_u64().unwrap_or(u64::MAX);
        return perm_of(vm, n, BigInt::from(k));
    }
    let (n, k) = n_and_k(vm, n, k)?;
    perm_of(vm, n, k)
}

fn perm_of(vm: &mut Vm, n: BigInt, k: BigInt) -> PyResult<Value> {
    if k > n {
        return Ok(Value::small_int_const(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        let msg = format!("k must not exceed {}", i64::MAX);
        return Err(vm.raise_msg(TypeId::OverflowError, &msg));
    };
    vm.new_int(&range_product(&(&n - k + 1u32), k))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "math.isqrt")?;
    let n = integer(vm, x)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    vm.new_int(&n.sqrt())
}

// ----- the module ------------------------------------------------------------

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    use std::f64::consts;
    for (name, value) in [
        ("pi", consts::PI),
        ("e", consts::E),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = vm.new_float(value)?;
        super::set(vm, module, name, v)?;
    }
    super::add_functions(
        vm,
        module,
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atan2", atan2),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("ceil", ceil),
            ("comb", comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("fsum", fsum),
            ("gamma", gamma),
            ("gcd", gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", isqrt),
            ("lcm", lcm),
            ("ldexp", ldexp),
            ("lgamma", lgamma),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("nextafter", nextafter),
            ("perm", perm),
            ("pow", pow),
            ("prod", prod),
            ("radians", radians),
            ("remainder", remainder),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
            ("ulp", ulp),
        ],
    )
}
