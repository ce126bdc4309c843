//! str: UTF-8 bytes in the tail of a STR object.
//!
//! ```text
//! header | bytes (raw) | chars (raw) | hash (raw) | utf-8 bytes, zero-padded to a word
//! ```
//!
//! `chars == bytes` exactly when the text is ASCII, which makes indexing
//! O(1); other text is indexed by walking it. The hash is computed on first
//! use and cached; it is not CPython's (whose str hash is randomised per
//! process anyway), and fits in 61 bits.

use minnow_heap::{Heap, HeapError, ObjRef, Value};

use crate::{field::STR as F, layout, NO_HASH};

pub fn new(heap: &mut Heap, text: &str) -> Result<ObjRef, HeapError> {
    let obj = alloc(heap, text.len(), text.chars().count())?;
    heap.bytes_mut(obj, F::COUNT)[..text.len()].copy_from_slice(text.as_bytes());
    Ok(obj)
}

/// A str born in the old space, which never moves (interned names).
pub fn new_old(heap: &mut Heap, text: &str) -> Result<ObjRef, HeapError> {
    let obj = heap.alloc_old(layout::STR, F::COUNT + text.len().div_ceil(8))?;
    set_header_fields(heap, obj, text.len(), text.chars().count());
    heap.bytes_mut(obj, F::COUNT)[..text.len()].copy_from_slice(text.as_bytes());
    Ok(obj)
}

/// A str of `bytes` bytes and `chars` code points whose bytes the caller
/// fills in (through `bytes_mut`) before any other use.
pub fn alloc(heap: &mut Heap, bytes: usize, chars: usize) -> Result<ObjRef, HeapError> {
    let obj = heap.alloc(layout::STR, F::COUNT + bytes.div_ceil(8))?;
    set_header_fields(heap, obj, bytes, chars);
    Ok(obj)
}

fn set_header_fields(heap: &mut Heap, obj: ObjRef, bytes: usize, chars: usize) {
    const _: () = assert!(F::bytes == 0 && F::chars == 1 && F::hash == 2);
    heap.set_raws(obj, F::bytes, &[bytes as u64, chars as u64, NO_HASH]);
}

/// The bytes of a str (`bytes_mut` on the same range fills a new one).
pub fn bytes(heap: &Heap, obj: ObjRef) -> &[u8] {
    let len = heap.raw(obj, F::bytes) as usize;
    &heap.bytes(obj, F::COUNT)[..len]
}

pub fn bytes_mut(heap: &mut Heap, obj: ObjRef) -> &mut [u8] {
    let len = heap.raw(obj, F::bytes) as usize;
    &mut heap.bytes_mut(obj, F::COUNT)[..len]
}

/// The text of a str. Validates the bytes (fast for ASCII); callers that
/// only compare or copy should use `bytes`.
pub fn as_str(heap: &Heap, obj: ObjRef) -> &str {
    std::str::from_utf8(bytes(heap, obj)).expect("a str object holds UTF-8")
}

pub fn char_len(heap: &Heap, obj: ObjRef) -> usize {
    heap.raw(obj, F::chars) as usize
}

pub fn is_ascii(heap: &Heap, obj: ObjRef) -> bool {
    heap.raw(obj, F::chars) == heap.raw(obj, F::bytes)
}

/// Byte `i` of an ASCII str, `Some(None)` past its end; `None` when the str
/// is not ASCII. Reads the header once, for iteration's sake.
#[inline(always)]
pub fn ascii_byte(heap: &Heap, obj: ObjRef, i: usize) -> Option<Option<u8>> {
    let words = heap.fields(obj);
    let bytes = words[F::bytes].bits();
    if bytes != words[F::chars].bits() {
        return None;
    }
    if i as u64 >= bytes {
        return Some(None);
    }
    Some(Some(
        (words[F::COUNT + i / 8].bits() >> (8 * (i % 8))) as u8,
    ))
}

/// The str's hash, computed once.
#[inline]
pub fn hash(heap: &mut Heap, obj: ObjRef) -> i64 {
    let cached = heap.raw(obj, F::hash);
    if cached != NO_HASH {
        return cached as i64;
    }
    hash_and_cache(heap, obj)
}

#[inline(never)]
fn hash_and_cache(heap: &mut Heap, obj: ObjRef) -> i64 {
    let h = hash_bytes(bytes(heap, obj));
    heap.set_raw(obj, F::hash, h as u64);
    h
}

/// The str's hash without caching it (for callers holding `&Heap`).
pub fn hash_of(heap: &Heap, obj: ObjRef) -> i64 {
    match heap.raw(obj, F::hash) {
        NO_HASH => hash_bytes(bytes(heap, obj)),
        cached => cached as i64,
    }
}

/// A 61-bit hash of `data`, never -1 (reserved for errors by CPython's
/// conventions, which `hash()` follows).
pub fn hash_bytes(data: &[u8]) -> i64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = data.len() as u64 ^ 0x2545_f491_4f6c_dd1d;
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^= h >> 32;
    h = h.wrapping_mul(K);
    h ^= h >> 29;
    let h = (h >> 3) as i64 - (1 << 60);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Whether two strs hold the same text, comparing whole words (the text
/// is zero-padded) in a loop with no call, for dict probes on short keys.
#[inline(always)]
pub fn same_text(heap: &Heap, a: ObjRef, b: ObjRef) -> bool {
    let (x, y) = (heap.fields(a), heap.fields(b));
    x[F::bytes] == y[F::bytes]
        && x[F::COUNT..]
            .iter()
            .zip(&y[F::COUNT..])
            .all(|(p, q)| p == q)
}

/// True when both values are strs with the same text.
pub fn equal(heap: &Heap, a: ObjRef, b: ObjRef) -> bool {
    a == b || bytes(heap, a) == bytes(heap, b)
}

pub fn is_str(heap: &Heap, v: Value) -> bool {
    v.as_obj().is_some_and(|o| heap.layout_of(o) == layout::STR)
}

/// A new str of the bytes `range` of `obj`, which hold `chars` code points
/// and start and end on character boundaries.
pub fn substring(
    heap: &mut Heap,
    obj: ObjRef,
    range: core::ops::Range<usize>,
    chars: usize,
) -> Result<ObjRef, HeapError> {
    if range.len() <= 8 * SHORT_WORDS {
        return substring_short(heap, obj, range, chars);
    }
    let new = alloc(heap, range.len(), chars)?;
    // Allocation does not move `obj` (only safepoints do).
    heap.copy_bytes(
        (obj, F::COUNT),
        range.start,
        (new, F::COUNT),
        0,
        range.len(),
    );
    Ok(new)
}

/// `a + b` as a new str.
pub fn concat(heap: &mut Heap, a: ObjRef, b: ObjRef) -> Result<ObjRef, HeapError> {
    let (na, nb) = (bytes(heap, a).len(), bytes(heap, b).len());
    if na + nb <= 8 * SHORT_WORDS {
        return concat_short(heap, a, b);
    }
    let new = alloc(heap, na + nb, char_len(heap, a) + char_len(heap, b))?;
    heap.copy_bytes((a, F::COUNT), 0, (new, F::COUNT), 0, na);
    heap.copy_bytes((b, F::COUNT), 0, (new, F::COUNT), na, nb);
    Ok(new)
}

/// `substring` of at most `SHORT_WORDS` words of text, assembled in words
/// (each from the one or two source words it straddles) and stored with
/// the header fields in one raw store.
fn substring_short(
    heap: &mut Heap,
    obj: ObjRef,
    range: core::ops::Range<usize>,
    chars: usize,
) -> Result<ObjRef, HeapError> {
    let source = &heap.fields(obj)[F::COUNT..];
    let word = |i: usize| source.get(i).map_or(0, |w| u64::from_le(w.bits()));
    let len = range.len();
    let mut words = [0u64; SHORT_FIELDS];
    let used = F::COUNT + len.div_ceil(8);
    let (first, shift) = (range.start / 8, 8 * (range.start % 8) as u32);
    for (k, to) in words[F::COUNT..used].iter_mut().enumerate() {
        let low = word(first + k) >> shift;
        let high = if shift == 0 {
            0
        } else {
            word(first + k + 1) << (64 - shift)
        };
        *to = low | high;
    }
    if len % 8 != 0 {
        words[used - 1] &= (1u64 << (8 * (len % 8))) - 1;
    }
    new_short(heap, &mut words, len, chars as u64)
}

/// A new str of `len` bytes and `chars` code points whose text the caller
/// put in `words[F::COUNT..]`, each word a number whose low byte comes
/// first (zero past the end): the header fields are filled in and all go
/// in with one raw store.
#[inline(always)]
fn new_short(
    heap: &mut Heap,
    words: &mut [u64; SHORT_FIELDS],
    len: usize,
    chars: u64,
) -> Result<ObjRef, HeapError> {
    let used = F::COUNT + len.div_ceil(8);
    words[F::bytes] = len as u64;
    words[F::chars] = chars;
    words[F::hash] = NO_HASH;
    for w in &mut words[F::COUNT..used] {
        *w = w.to_le();
    }
    let new = heap.alloc(layout::STR, used)?;
    heap.set_raws(new, 0, &words[..used]);
    Ok(new)
}

/// The longest text, in words, that `concat_short` and `substring_short`
/// assemble.
const SHORT_WORDS: usize = 8;

/// The fields `new_short` stores: the header fields, the text and two
/// spare words, as the second operand of a concatenation may shift past
/// the result's end.
const SHORT_FIELDS: usize = F::COUNT + SHORT_WORDS + 2;

/// `concat` of two strs whose text fits in `SHORT_WORDS`: the new
/// object's fields are assembled in words (the text is zero-padded, so `b`'s
/// words shift into place) and stored at once, with no byte copies.
fn concat_short(heap: &mut Heap, a: ObjRef, b: ObjRef) -> Result<ObjRef, HeapError> {
    let (x, y) = (heap.fields(a), heap.fields(b));
    let (na, nb) = (x[F::bytes].bits() as usize, y[F::bytes].bits() as usize);
    let mut words = [0u64; SHORT_FIELDS];
    let text = &mut words[F::COUNT..];
    for (to, from) in text.iter_mut().zip(&x[F::COUNT..F::COUNT + na.div_ceil(8)]) {
        *to = u64::from_le(from.bits());
    }
    let (at, shift) = (na / 8, 8 * (na % 8) as u32);
    for (i, from) in y[F::COUNT..F::COUNT + nb.div_ceil(8)].iter().enumerate() {
        let w = u64::from_le(from.bits());
        text[at + i] |= w << shift;
        if shift != 0 {
            text[at + i + 1] |= w >> (64 - shift);
        }
    }
    let chars = x[F::chars].bits() + y[F::chars].bits();
    new_short(heap, &mut words, na + nb, chars)
}

/// The strs `parts` joined with `sep` between each two, as a new str: one
/// allocation of the summed length, and one copy of each part.
pub fn join(heap: &mut Heap, sep: Option<ObjRef>, parts: &[Value]) -> Result<ObjRef, HeapError> {
    let gaps = parts.len().saturating_sub(1);
    let (sep_bytes, sep_chars) = sep.map_or((0, 0), |s| (bytes(heap, s).len(), char_len(heap, s)));
    let mut total = sep_bytes * gaps;
    let mut chars = sep_chars * gaps;
    for p in parts {
        let p = p.as_obj().expect("a str");
        total += bytes(heap, p).len();
        chars += char_len(heap, p);
    }
    let new = alloc(heap, total, chars)?;
    let mut at = 0;
    for (i, p) in parts.iter().enumerate() {
        let p = p.as_obj().expect("a str");
        if let (Some(s), true) = (sep, i > 0) {
            heap.copy_bytes((s, F::COUNT), 0, (new, F::COUNT), at, sep_bytes);
            at += sep_bytes;
        }
        let n = bytes(heap, p).len();
        heap.copy_bytes((p, F::COUNT), 0, (new, F::COUNT), at, n);
        at += n;
    }
    Ok(new)
}

/// The number of code points in UTF-8 `bytes`.
pub fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The bytes of the UTF-8 sequence that starts with `first`.
pub fn utf8_width(first: u8) -> usize {
    match first {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// The byte offset of code point `index` (which must be <= the length).
pub fn byte_offset(heap: &Heap, obj: ObjRef, index: usize) -> usize {
    if is_ascii(heap, obj) {
        return index;
    }
    let text = as_str(heap, obj);
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use minnow_heap::HeapConfig;

    fn heap() -> Heap {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        heap
    }

    #[test]
    fn text_round_trips_with_lengths() {
        let mut heap = heap();
        for text in ["", "a", "exactly8", "héllo wörld", "日本語テキスト"] {
            let s = new(&mut heap, text).unwrap();
            assert_eq!(as_str(&heap, s), text);
            assert_eq!(char_len(&heap, s), text.chars().count());
            assert_eq!(is_ascii(&heap, s), text.is_ascii());
        }
        let s = new(&mut heap, "añb").unwrap();
        assert_eq!(byte_offset(&heap, s, 2), 3);
        assert_eq!(byte_offset(&heap, s, 3), 4);
    }

    #[test]
    fn substrings_and_concatenations_copy_the_bytes() {
        let mut heap = heap();
        let long = "x".repeat(300) + "añb";
        let s = new(&mut heap, &long).unwrap();
        let piece = substring(&mut heap, s, 299..303, 3).unwrap();
        assert_eq!(as_str(&heap, piece), "xañ");
        assert_eq!(char_len(&heap, piece), 3);
        let empty = substring(&mut heap, s, 5..5, 0).unwrap();
        let joined = concat(&mut heap, piece, s).unwrap();
        assert_eq!(as_str(&heap, joined), format!("xañ{long}"));
        assert_eq!(char_len(&heap, joined), 3 + long.chars().count());
        let same = concat(&mut heap, empty, piece).unwrap();
        assert_eq!(as_str(&heap, same), "xañ");
        let comma = new(&mut heap, ", ").unwrap();
        let (piece, empty) = (piece.value(), empty.value());
        let list = join(&mut heap, Some(comma), &[piece, empty, piece]).unwrap();
        assert_eq!(as_str(&heap, list), "xañ, , xañ");
        assert_eq!(char_len(&heap, list), 10);
        let glued = join(&mut heap, None, &[piece, piece]).unwrap();
        assert_eq!(as_str(&heap, glued), "xañxañ");
        let none = join(&mut heap, Some(comma), &[]).unwrap();
        assert_eq!(as_str(&heap, none), "");
        assert_eq!(count_chars("añb日".as_bytes()), 4);
    }

    #[test]
    fn hashes_are_cached_stable_and_in_range() {
        let mut heap = heap();
        let a = new(&mut heap, "spam").unwrap();
        let b = new(&mut heap, "spam").unwrap();
        let c = new(&mut heap, "spam!").unwrap();
        assert_eq!(hash(&mut heap, a), hash(&mut heap, b));
        assert_ne!(hash(&mut heap, a), hash(&mut heap, c));
        assert!(equal(&heap, a, b) && !equal(&heap, a, c));
        for n in 0..2000 {
            let h = hash_bytes(format!("key{n}").as_bytes());
            assert!(h != -1 && h.unsigned_abs() < 1 << 60);
        }
    }
}
