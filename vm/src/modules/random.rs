//! The `random` module: the Mersenne Twister (MT19937) with CPython's
//! seeding and its ways of turning 32-bit outputs into floats, bits and
//! ranges, so a seed gives the same sequence as CPython 3.11.
//!
//! `Random` is a class whose instances each carry a generator: the state
//! is a bytearray (the position, then the 624 words, little-endian u32s)
//! in the instance attribute `STATE`, next to `gauss_next` as in CPython.
//! The module-level functions are methods bound to a hidden shared
//! instance, `random._inst`. Weighted choices, sampling with counts and
//! the distributions are Python (`lib/random_distributions.py`), run in
//! the module's namespace once the native part is in place.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{field, layout};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use crate::bytecode::BinaryOperator;
use crate::runtime::attr::ValueExt;
use crate::runtime::natives::Args;
use crate::runtime::ops::Num;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::math::{integer, real};
use super::sha512::sha512;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
/// Bytes of the state: the position, then the words.
const STATE_BYTES: usize = 4 * (N + 1);
/// The attribute holding the state (not a valid identifier, so it cannot
/// clash with a subclass's attributes).
const STATE: &str = "<mt19937>";

/// A generator's state, in place in its bytearray's storage.
struct Mt<'a>(&'a mut [u8]);

impl Mt<'_> {
    fn word(&self, i: usize) -> u32 {
        let at = 4 * (i + 1);
        u32::from_le_bytes(self.0[at..at + 4].try_into().expect("4 bytes"))
    }

    fn set_word(&mut self, i: usize, w: u32) {
        let at = 4 * (i + 1);
        self.0[at..at + 4].copy_from_slice(&w.to_le_bytes());
    }

    fn position(&self) -> usize {
        u32::from_le_bytes(self.0[..4].try_into().expect("4 bytes")) as usize
    }

    fn set_position(&mut self, i: usize) {
        self.0[..4].copy_from_slice(&(i as u32).to_le_bytes());
    }

    fn words(&self) -> Vec<u32> {
        (0..N).map(|i| self.word(i)).collect()
    }

    fn set_words(&mut self, mt: &[u32]) {
        for (i, &w) in mt.iter().enumerate() {
            self.set_word(i, w);
        }
    }

    /// The next 32 random bits.
    fn next_u32(&mut self) -> u32 {
        let mut i = self.position();
        if i >= N {
            self.twist();
            i = 0;
        }
        let mut y = self.word(i);
        self.set_position(i + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Makes the next 624 words.
    fn twist(&mut self) {
        let mut mt = self.words();
        let mix = |a: u32, b: u32, c: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            c ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N {
            mt[k] = mix(mt[k], mt[(k + 1) % N], mt[(k + M) % N]);
        }
        self.set_words(&mt);
        self.set_position(0);
    }

    /// Seeds from an array of 32-bit words (the reference `init_by_array`).
    fn seed_words(&mut self, key: &[u32]) {
        let mut mt = vec![0u32; N];
        mt[0] = 19_650_218;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.set_words(&mt);
        self.set_position(N);
    }

    /// A float in [0, 1) with 53 random bits, from two outputs.
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (k <= 64), the low word drawn first.
    fn bits_u64(&mut self, k: u64) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u64::from(self.next_u32() >> (32 - k));
        }
        let low = u64::from(self.next_u32());
        let high = u64::from(self.next_u32() >> (64 - k));
        (high << 32) | low
    }

    /// `k` random bits as an int: 32-bit words, least significant first,
    /// the last one cut to the bits still wanted.
    fn bits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits_u64(k));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut w = self.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            words.push(w);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(words))
    }

    /// A uniform int in [0, n), n > 0, by rejection from bit_length(n) bits.
    fn below(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn below_u64(&mut self, n: u64) -> u64 {
        let k = u64::from(64 - n.leading_zeros());
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }
}

// ----- reaching an instance's state ------------------------------------------

/// The storage (WORDS) of `this`'s state; a generator seeded from the
/// system's randomness is made if it has none yet.
fn state_storage(vm: &mut Vm, this: Value) -> PyResult<ObjRef> {
    let name = vm.intern_static(STATE)?;
    let (found, this) = vm.rooted(&[this], |vm, base| {
        let found = vm.getattr_opt(vm.stack[base], name)?;
        Ok::<_, crate::runtime::Raised>((found, vm.stack[base]))
    })?;
    let state = match found.filter(|s| {
        vm.is_layout(*s, layout::BYTEARRAY)
            && crate::builtins::bytes::bytes_of(vm, *s).len() == STATE_BYTES
    }) {
        Some(s) => s,
        None => {
            let s = crate::builtins::bytes::new_bytearray(vm, &[0; STATE_BYTES])?;
            vm.rooted(&[this, s], |vm, base| {
                let name = vm.intern_static(STATE)?;
                vm.setattr(vm.stack[base], name, vm.stack[base + 1])?;
                Ok::<_, crate::runtime::Raised>(())
            })?;
            let storage = storage_of(vm, s);
            Mt(vm.heap.bytes_mut(storage, 0)).seed_words(&entropy());
            s
        }
    };
    Ok(storage_of(vm, state))
}

fn storage_of(vm: &Vm, bytearray: Value) -> ObjRef {
    vm.heap
        .field(
            bytearray.as_obj().expect("a bytearray"),
            field::BYTEARRAY::storage,
        )
        .as_obj()
        .expect("storage")
}

/// Runs `f` on `this`'s generator.
fn with_mt<T>(vm: &mut Vm, this: Value, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let storage = state_storage(vm, this)?;
    Ok(f(
        &mut Mt(&mut vm.heap.bytes_mut(storage, 0)[..STATE_BYTES]),
    ))
}

/// Seed words from the system's randomness (the time and process id if
/// there is none).
fn entropy() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = vec![0u8; 4 * N];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        return vec![
            now.as_secs() as u32,
            (now.as_secs() >> 32) as u32,
            now.subsec_nanos(),
            std::process::id(),
        ];
    }
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect()
}

/// The 32-bit words of |n|, least significant first (at least one).
fn key_of(n: &BigInt) -> Vec<u32> {
    let mut words = n.magnitude().to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

// ----- seeding and state -----------------------------------------------------

fn set_gauss_next(vm: &mut Vm, this: Value, v: Value) -> PyResult<()> {
    let name = vm.intern_static("gauss_next")?;
    vm.setattr(this, name, v)
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [x]) = vm.method_range_args::<1>(args, 0, "__init__")?;
    let x = if x.is_empty() { Value::NONE } else { x };
    vm.call_method(this, "seed", &[x])?;
    Ok(Value::NONE)
}

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (given, [a_kw, version_kw]) = vm.args_with_keywords(args, "seed", ["a", "version"])?;
    if given.len() > 3 {
        let msg = format!(
            "Random.seed() takes from 1 to 3 positional arguments but {} were given",
            given.len()
        );
        return Err(vm.type_error(&msg));
    }
    let a = given.get(1).copied().or(a_kw).unwrap_or(Value::NONE);
    let version = match given.get(2).copied().or(version_kw) {
        Some(v) => vm.int_of(v).and_then(|v| v.to_i64()),
        None => Some(2),
    };
    let key = seed_key(vm, a, version)?;
    let key = match key {
        Some(n) => key_of(&n),
        None => entropy(),
    };
    let this = vm.stack[args.base];
    with_mt(vm, this, |mt| mt.seed_words(&key))?;
    set_gauss_next(vm, this, Value::NONE)?;
    Ok(Value::NONE)
}

/// The int a seed stands for (`None`: seed from the system).
fn seed_key(vm: &mut Vm, a: Value, version: Option<i64>) -> PyResult<Option<BigInt>> {
    if a == Value::NONE {
        return Ok(None);
    }
    let text = match vm.layout_of(a) {
        Some(layout::STR) => Some(vm.str_text(a).as_bytes().to_vec()),
        Some(layout::BYTES | layout::BYTEARRAY) => {
            Some(crate::builtins::bytes::bytes_of(vm, a).to_vec())
        }
        _ => None,
    };
    if let Some(bytes) = &text {
        let is_bytearray = vm.is_layout(a, layout::BYTEARRAY);
        if version == Some(1) && !is_bytearray {
            let chars: Vec<u32> = if vm.is_layout(a, layout::STR) {
                vm.str_text(a).chars().map(u32::from).collect()
            } else {
                bytes.iter().map(|&b| u32::from(b)).collect()
            };
            return Ok(Some(BigInt::from(version1_seed(&chars))));
        }
        if version == Some(2) {
            let mut all = bytes.clone();
            all.extend_from_slice(&sha512(bytes));
            return Ok(Some(BigInt::from_bytes_be(Sign::Plus, &all)));
        }
    }
    if let Some(n) = vm.int_of(a) {
        return Ok(Some(n.abs()));
    }
    let allowed = text.is_some() || vm.float_value(a).is_some();
    if !allowed && !matches!(vm.num(a), Some(Num::Float(_))) {
        return Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    }
    let h = vm.hash(a)?;
    Ok(Some(BigInt::from(h as u64)))
}

/// Python 2's string seed.
fn version1_seed(chars: &[u32]) -> u64 {
    let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
    for &c in chars {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
    }
    x ^ chars.len() as u64
}

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, []) = vm.method_args::<0>(args, "getstate")?;
    let (words, position) = with_mt(vm, this, |mt| (mt.words(), mt.position()))?;
    let mut items: Vec<Value> = Vec::with_capacity(N + 1);
    for w in words {
        items.push(vm.new_int_i128(i128::from(w))?);
    }
    items.push(Value::small_int_const(position as i64));
    let internal = vm.new_tuple(&items)?;
    let name = vm.intern_static("gauss_next")?;
    let this = vm.stack[args.base];
    let gauss_next = vm.getattr_opt(this, name)?.unwrap_or(Value::NONE);
    vm.new_tuple(&[Value::small_int_const(3), internal, gauss_next])
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [state]) = vm.method_args::<1>(args, "setstate")?;
    let parts = match vm.layout_of(state) {
        Some(layout::TUPLE) => vm.tuple_items(state),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    let version = parts.first().and_then(|v| v.as_small_int());
    if parts.len() != 3 || !matches!(version, Some(2 | 3)) {
        let msg = match parts.first() {
            Some(&v) => format!(
                "state with version {} passed to Random.setstate() of version 3",
                vm.repr_string(v)?
            ),
            None => "state vector must be a tuple".to_string(),
        };
        return Err(vm.value_error(&msg));
    }
    if !vm.is_layout(parts[1], layout::TUPLE) {
        return Err(vm.type_error("state vector must be a tuple"));
    }
    let internal = vm.tuple_items(parts[1]);
    if internal.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N);
    for &v in &internal[..N] {
        let word = vm.int_of(v).and_then(|n| match version {
            Some(2) => n.mod_floor(&BigInt::from(1u64 << 32)).to_u32(),
            _ => n.to_u32(),
        });
        match word {
            Some(w) => words.push(w),
            None => {
                return Err(vm.raise_msg(
                    TypeId::OverflowError,
                    "Python int too large to convert to C unsigned long",
                ))
            }
        }
    }
    let position = match vm.int_of(internal[N]).and_then(|n| n.to_usize()) {
        Some(p) if p <= N => p,
        _ => return Err(vm.value_error("invalid state")),
    };
    with_mt(vm, this, |mt| {
        mt.set_words(&words);
        mt.set_position(position);
    })?;
    let this = vm.stack[args.base];
    let gauss_next = vm.tuple_items(vm.stack[args.base + 1])[2];
    set_gauss_next(vm, this, gauss_next)?;
    Ok(Value::NONE)
}

// ----- numbers -----------------------------------------------------------------

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, []) = vm.method_args::<0>(args, "random")?;
    let r = with_mt(vm, this, |mt| mt.random())?;
    vm.new_float(r)
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [k]) = vm.method_args::<1>(args, "getrandbits")?;
    let k = vm.as_index(k)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let this = vm.stack[args.base];
    let r = with_mt(vm, this, |mt| mt.bits(k as u64))?;
    vm.new_int(&r)
}

fn randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [n]) = vm.method_args::<1>(args, "randbytes")?;
    let n = vm.as_index(n)?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let this = vm.stack[args.base];
    let r = with_mt(vm, this, |mt| mt.bits(8 * n as u64))?;
    let mut bytes = r.to_bytes_le().1;
    bytes.resize(n as usize, 0);
    crate::builtins::bytes::new_bytes(vm, &bytes)
}

/// A uniform int in [0, n), n > 0.
fn below(vm: &mut Vm, this: Value, n: &BigInt) -> PyResult<BigInt> {
    with_mt(vm, this, |mt| mt.below(n))
}

fn below_usize(vm: &mut Vm, this: Value, n: usize) -> PyResult<usize> {
    with_mt(vm, this, |mt| mt.below_u64(n as u64) as usize)
}

/// A randrange bound: an int, or (deprecated in CPython) whatever `int()`
/// turns into an equal int.
fn range_bound(vm: &mut Vm, v: Value, what: &str) -> PyResult<BigInt> {
    if vm.is_int(v) || vm.is_user_instance(v) {
        return integer(vm, v);
    }
    let i = vm.rooted(&[v], |vm, base| {
        let i = vm.call(vm.ty(TypeId::Int), &[vm.stack[base]])?;
        let same = vm.rooted(&[i], |vm, b| vm.eq(vm.stack[b], vm.stack[base]))?;
        Ok::<_, crate::runtime::Raised>(same.then_some(i))
    })?;
    match i {
        Some(i) => integer(vm, i),
        None => {
            let msg = format!("non-integer {what} for randrange()");
            Err(vm.value_error(&msg))
        }
    }
}

fn randrange_of(
    vm: &mut Vm,
    this: Value,
    start: Value,
    stop: Value,
    step: Option<Value>,
) -> PyResult<Value> {
    let istart = range_bound(vm, start, "arg 1")?;
    if stop.is_none_or_empty() {
        if step.is_some() {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            let r = below(vm, this, &istart)?;
            return vm.new_int(&r);
        }
        return Err(vm.value_error("empty range for randrange()"));
    }
    let istop = range_bound(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_bound(vm, s, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            let r = below(vm, this, &width)?;
            return vm.new_int(&(istart + r));
        }
        let msg = format!("empty range for randrange() ({istart}, {istop}, {width})");
        return Err(vm.value_error(&msg));
    }
    let n = if istep.is_positive() {
        Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = below(vm, this, &n)?;
    vm.new_int(&(istart + istep * r))
}

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (given, [start_kw, stop_kw, step_kw]) =
        vm.args_with_keywords(args, "randrange", ["start", "stop", "step"])?;
    if given.len() > 4 {
        let msg = format!(
            "Random.randrange() takes from 2 to 4 positional arguments but {} were given",
            given.len()
        );
        return Err(vm.type_error(&msg));
    }
    let Some(start) = given.get(1).copied().or(start_kw) else {
        return Err(
            vm.type_error("Random.randrange() missing 1 required positional argument: 'start'")
        );
    };
    let stop = given.get(2).copied().or(stop_kw).unwrap_or(Value::NONE);
    let step = given.get(3).copied().or(step_kw);
    randrange_of(vm, given[0], start, stop, step)
}

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [_, b]) = vm.method_args::<2>(args, "randint")?;
    let stop = vm.binary_op(b, Value::small_int_const(1), BinaryOperator::Add)?;
    vm.rooted(&[stop], |vm, base| {
        let (this, a) = (vm.stack[args.base], vm.stack[args.base + 1]);
        randrange_of(vm, this, a, vm.stack[base], None)
    })
}

fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = vm.method_args::<2>(args, "uniform")?;
    let r = with_mt(vm, this, |mt| mt.random())?;
    let r = vm.new_float(r)?;
    let (a, b) = (vm.stack[args.base + 1], vm.stack[args.base + 2]);
    let width = vm.binary_op(b, a, BinaryOperator::Subtract)?;
    let scaled = vm.rooted(&[width], |vm, base| {
        vm.binary_op(vm.stack[base], r, BinaryOperator::Multiply)
    })?;
    let a = vm.stack[args.base + 1];
    vm.rooted(&[scaled], |vm, base| {
        vm.binary_op(a, vm.stack[base], BinaryOperator::Add)
    })
}

fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (given, [mu_kw, sigma_kw]) = vm.args_with_keywords(args, "gauss", ["mu", "sigma"])?;
    if given.len() > 3 {
        let msg = format!(
            "Random.gauss() takes from 1 to 3 positional arguments but {} were given",
            given.len()
        );
        return Err(vm.type_error(&msg));
    }
    let mu = match given.get(1).copied().or(mu_kw) {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    let sigma = match given.get(2).copied().or(sigma_kw) {
        Some(v) => real(vm, v)?,
        None => 1.0,
    };
    // Python code may run in these steps: `this` is re-read from the stack.
    let name = vm.intern_static("gauss_next")?;
    let cached = vm
        .getattr_opt(vm.stack[args.base], name)?
        .unwrap_or(Value::NONE);
    if cached != Value::NONE {
        let z = real(vm, cached)?;
        set_gauss_next(vm, vm.stack[args.base], Value::NONE)?;
        return vm.new_float(mu + z * sigma);
    }
    let (x2pi, g2rad) = with_mt(vm, vm.stack[args.base], |mt| {
        let x2pi = mt.random() * std::f64::consts::TAU;
        let g2rad = (-2.0 * (1.0 - mt.random()).ln()).sqrt();
        (x2pi, g2rad)
    })?;
    let next = vm.new_float(x2pi.sin() * g2rad)?;
    set_gauss_next(vm, vm.stack[args.base], next)?;
    vm.new_float(mu + x2pi.cos() * g2rad * sigma)
}

// ----- sequences ---------------------------------------------------------------

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [seq]) = vm.method_args::<1>(args, "choice")?;
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.raise_msg(TypeId::IndexError, "Cannot choose from an empty sequence"));
    }
    let this = vm.stack[args.base];
    let i = below_usize(vm, this, n)?;
    let seq = vm.stack[args.base + 1];
    if let Some(list) = vm.obj_of(seq, layout::LIST) {
        return Ok(minnow_objects::list::items(&vm.heap, list)[i]);
    }
    vm.getitem(seq, Value::small_int_const(i as i64))
}

fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [seq]) = vm.method_args::<1>(args, "shuffle")?;
    let n = vm.len(seq)?;
    let (this, seq) = (vm.stack[args.base], vm.stack[args.base + 1]);
    if let Some(list) = vm.obj_of(seq, layout::LIST) {
        // No Python code runs: swap in place.
        let mut items = minnow_objects::list::items(&vm.heap, list).to_vec();
        for i in (1..items.len()).rev() {
            let j = below_usize(vm, this, i + 1)?;
            items.swap(i, j);
        }
        let list = vm
            .obj_of(vm.stack[args.base + 1], layout::LIST)
            .expect("a list");
        for (i, v) in items.into_iter().enumerate() {
            minnow_objects::list::set(&mut vm.heap, list, i, v);
        }
        return Ok(Value::NONE);
    }
    for i in (1..n).rev() {
        let this = vm.stack[args.base];
        let j = below_usize(vm, this, i + 1)?;
        let seq = vm.stack[args.base + 1];
        let (vi, vj) = (
            Value::small_int_const(i as i64),
            Value::small_int_const(j as i64),
        );
        let a = vm.getitem(seq, vi)?;
        let (a, b) = vm.rooted(&[a], |vm, base| {
            let b = vm.getitem(vm.stack[args.base + 1], vj)?;
            Ok::<_, crate::runtime::Raised>((vm.stack[base], b))
        })?;
        vm.rooted(&[a, b], |vm, base| {
            let seq = vm.stack[args.base + 1];
            vm.setitem(seq, vi, vm.stack[base + 1])?;
            let seq = vm.stack[args.base + 1];
            vm.setitem(seq, vj, vm.stack[base])
        })?;
    }
    Ok(Value::NONE)
}

fn is_sequence(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let inner = vm.builtin_base(v).unwrap_or(v);
    Ok(match vm.layout_of(inner) {
        Some(
            layout::LIST
            | layout::TUPLE
            | layout::STR
            | layout::RANGE
            | layout::BYTES
            | layout::BYTEARRAY,
        ) => true,
        Some(layout::INSTANCE) => {
            vm.lookup_special(v, "__getitem__")?.is_some()
                && vm.lookup_special(v, "__len__")?.is_some()
                && vm.lookup_special(v, "keys")?.is_none()
        }
        _ => false,
    })
}

fn sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (given, [pop_kw, k_kw]) = vm.args_with_keywords(args, "sample", ["population", "k"])?;
    if given.len() > 3 {
        let msg = format!(
            "Random.sample() takes 3 positional arguments but {} were given",
            given.len()
        );
        return Err(vm.type_error(&msg));
    }
    let (Some(population), Some(k)) = (
        given.get(1).copied().or(pop_kw),
        given.get(2).copied().or(k_kw),
    ) else {
        return Err(vm.type_error("Random.sample() missing 1 required positional argument: 'k'"));
    };
    let this = given[0];
    vm.rooted(&[this, population, k], |vm, base| sample_of(vm, base))
}

/// `sample` with `[this, population, k]` rooted at `base`.
fn sample_of(vm: &mut Vm, base: usize) -> PyResult<Value> {
    let population = vm.stack[base + 1];
    if !is_sequence(vm, population)? {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(vm.stack[base + 1])?;
    let k = integer(vm, vm.stack[base + 2])?;
    let k = match k.to_usize().filter(|&k| k <= n) {
        Some(k) => k,
        None => return Err(vm.value_error("Sample larger than population or is negative")),
    };
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4usize.saturating_pow(exponent);
    }
    if n <= setsize {
        let mut pool = crate::builtins::functions::collect(vm, vm.stack[base + 1])?;
        let mut result = Vec::with_capacity(k);
        for i in 0..k {
            let j = below_usize(vm, vm.stack[base], n - i)?;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
        return vm.new_list(&result);
    }
    let mut selected = std::collections::HashSet::with_capacity(k);
    let results = vm.stack.len();
    for _ in 0..k {
        let mut j = below_usize(vm, vm.stack[base], n)?;
        while selected.contains(&j) {
            j = below_usize(vm, vm.stack[base], n)?;
        }
        selected.insert(j);
        let population = vm.stack[base + 1];
        let item = match vm.obj_of(population, layout::LIST) {
            Some(list) => minnow_objects::list::items(&vm.heap, list)[j],
            None => vm.getitem(population, Value::small_int_const(j as i64))?,
        };
        vm.stack.push(item);
    }
    let items = vm.stack[results..].to_vec();
    vm.new_list(&items)
}

// ----- the module ----------------------------------------------------------------

/// Choices, sampling with counts and the distributions, in Python.
const DISTRIBUTIONS: &str = include_str!("lib/random_distributions.py");

const METHODS: &[(&str, crate::runtime::natives::NativeFn)] = &[
    ("__init__", init),
    ("seed", seed),
    ("getstate", getstate),
    ("setstate", setstate),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("gauss", gauss),
];

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    let ns = vm.new_dict()?;
    vm.rooted(&[module, ns], |vm, base| {
        for &(name, func) in METHODS {
            let f = vm.native_function(name, func)?;
            let key = vm.intern(name)?;
            vm.dict_set(vm.stack[base + 1], key, f)?;
        }
        let module_name = vm.new_str("random")?;
        let key = vm.intern_static("__module__")?;
        vm.dict_set(vm.stack[base + 1], key, module_name)?;
        let key = vm.intern_static("VERSION")?;
        vm.dict_set(vm.stack[base + 1], key, Value::small_int_const(3))?;
        let name = vm.new_str("Random")?;
        vm.stack.push(name);
        let bases = vm.new_tuple(&[])?;
        let class = crate::builtins::object::new_class(
            vm,
            vm.ty(TypeId::Type),
            vm.stack[base + 2],
            bases,
            vm.stack[base + 1],
        )?;
        vm.stack.push(class);
        super::set(vm, vm.stack[base], "Random", class)?;
        let instance = vm.call(vm.stack[base + 3], &[])?;
        vm.stack.push(instance);
        super::set(vm, vm.stack[base], "_inst", instance)?;
        for &(name, _) in &METHODS[1..] {
            let key = vm.intern(name)?;
            let method = vm.getattr(vm.stack[base + 4], key)?;
            super::set(vm, vm.stack[base], name, method)?;
        }
        let code = crate::import::compile_source(
            vm,
            DISTRIBUTIONS,
            "<frozen random>",
            crate::compiler::Mode::Exec,
        )?;
        let dict = crate::import::module_dict(vm, vm.stack[base]);
        crate::import::run_code(vm, code, dict, dict)?;
        Ok(())
    })
}
