//! dict: compact and insertion-ordered, as CPython's since 3.6.
//!
//! ```text
//! DICT:    header | len | used | version (raw) | indices (WORDS) | entries (ARRAY)
//! indices: 2^k slots of i32: -1 unused, -2 deleted, else an entry number
//! entries: [hash_0, key_0, value_0, hash_1, ...]   (2/3 * 2^k entries)
//! ```
//!
//! `len` counts live entries, `used` entry slots consumed (deleted entries
//! keep their slot, with key EMPTY, until the next resize). Both tables are
//! allocated on the first insertion.
//!
//! `version` changes on every insertion and deletion, so a caller that ran
//! Python code (a key's `__eq__`) can tell the dict changed under it.
//! Versions come from one counter per thread, so no two dicts share a
//! nonzero version: an equal version means the same dict with the same keys
//! (version 0 is a dict never written, which is empty). Storing a new value
//! for a key changes the version only of a *guarded* dict (`guard`: one
//! whose values a cache keeps, as the global-variable cache does for
//! globals and builtins), so that the common store costs no version bump.
//! The top bit marks a *watched* dict (a class namespace): mutating one,
//! values included, also advances `watched_epoch`, which the VM's
//! type-attribute cache guards on.
//!
//! Lookups are split so that the caller compares keys: `Candidates` yields
//! the entries whose hash matches, in probe order, and holds no borrow, so
//! the VM may call `__eq__` between two steps.

use std::cell::Cell;

use minnow_heap::{Heap, HeapError, ObjRef, Value};

use crate::{field::DICT as F, layout};

/// Entries keep hashes as small ints: the low 61 bits, sign-extended. The
/// index probe and candidate test use the same truncation, so lookups agree
/// with insertions; iteration order does not depend on hashes.
fn stored(hash: i64) -> i64 {
    (hash << 3) >> 3
}

const UNUSED: i32 = -1;
const DELETED: i32 = -2;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

fn usable(size: usize) -> usize {
    size * 2 / 3
}

pub fn new(heap: &mut Heap) -> Result<ObjRef, HeapError> {
    heap.alloc(layout::DICT, F::COUNT)
}

pub fn len(heap: &Heap, dict: ObjRef) -> usize {
    heap.raw(dict, F::len) as usize
}

/// Entry slots consumed, live or deleted: entry numbers are below this.
pub fn used(heap: &Heap, dict: ObjRef) -> usize {
    heap.raw(dict, F::used) as usize
}

thread_local! {
    static LAST_VERSION: Cell<u64> = const { Cell::new(0) };
    static WATCHED_EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The top bit of `version`: mutations of this dict advance `watched_epoch`.
const WATCHED: u64 = 1 << 63;
/// The next bit: a new value for a key changes the version (see `guard`).
const GUARDED: u64 = 1 << 62;

pub fn version(heap: &Heap, dict: ObjRef) -> u64 {
    heap.raw(dict, F::version)
}

fn bump_version(heap: &mut Heap, dict: ObjRef) {
    let old = version(heap, dict);
    let next = LAST_VERSION.get() + 1;
    LAST_VERSION.set(next);
    if old & WATCHED != 0 {
        advance_watched_epoch();
    }
    heap.set_raw(dict, F::version, next | (old & (WATCHED | GUARDED)));
}

/// Makes every later mutation of `dict` advance `watched_epoch`.
pub fn watch(heap: &mut Heap, dict: ObjRef) {
    let v = version(heap, dict);
    heap.set_raw(dict, F::version, v | WATCHED | GUARDED);
}

/// Makes every later store of a value into `dict` change its version, for
/// a cache of its values that guards on the version.
pub fn guard(heap: &mut Heap, dict: ObjRef) {
    let v = version(heap, dict);
    if v & GUARDED == 0 {
        heap.set_raw(dict, F::version, v | GUARDED);
    }
}

/// A counter that moves whenever a watched dict changes, or when
/// `advance_watched_epoch` is called (after a collection moved objects).
#[inline]
pub fn watched_epoch() -> u64 {
    WATCHED_EPOCH.get()
}

pub fn advance_watched_epoch() {
    WATCHED_EPOCH.set(WATCHED_EPOCH.get() + 1);
}

fn size(heap: &Heap, dict: ObjRef) -> usize {
    heap.field(dict, F::indices)
        .as_obj()
        .map_or(0, |i| heap.field_count(i) * 2)
}

/// Index `slot` out of the word holding it (two per word), the same four
/// bytes `index` reads.
#[inline(always)]
fn index_in_word(word: u64, slot: usize) -> i32 {
    let in_memory_order = u64::from_le_bytes(word.to_ne_bytes());
    (in_memory_order >> (32 * (slot & 1))) as u32 as i32
}

fn index(heap: &Heap, indices: ObjRef, slot: usize) -> i32 {
    let b = &heap.bytes(indices, 0)[4 * slot..4 * slot + 4];
    i32::from_le_bytes(b.try_into().expect("4 bytes"))
}

fn set_index(heap: &mut Heap, indices: ObjRef, slot: usize, ix: i32) {
    heap.bytes_mut(indices, 0)[4 * slot..4 * slot + 4].copy_from_slice(&ix.to_le_bytes());
}

fn entries(heap: &Heap, dict: ObjRef) -> ObjRef {
    heap.field(dict, F::entries)
        .as_obj()
        .expect("a dict with entries")
}

/// The live entry `i`, as (key, value); `None` for a deleted one.
pub fn entry(heap: &Heap, dict: ObjRef, i: usize) -> Option<(Value, Value)> {
    let e = entries(heap, dict);
    let key = heap.field(e, 3 * i + 1);
    (!key.is_empty()).then(|| (key, heap.field(e, 3 * i + 2)))
}

/// `entry`, or `None` when the dict has no entry `i` any more (it was
/// cleared or rebuilt smaller since `i` was found).
pub fn entry_if_present(heap: &Heap, dict: ObjRef, i: usize) -> Option<(Value, Value)> {
    if i >= used(heap, dict) {
        return None;
    }
    entry(heap, dict, i)
}

pub fn entry_hash(heap: &Heap, dict: ObjRef, i: usize) -> i64 {
    heap.field(entries(heap, dict), 3 * i).small_int_unchecked()
}

pub fn set_entry_value(heap: &mut Heap, dict: ObjRef, i: usize, value: Value) {
    let e = entries(heap, dict);
    heap.set_field(e, 3 * i + 2, value);
    if version(heap, dict) & GUARDED != 0 {
        bump_version(heap, dict);
    }
}

/// The entries whose hash equals the one looked up, in probe order.
pub struct Candidates {
    slot: usize,
    perturb: u64,
    mask: usize,
    hash: i64,
    done: bool,
}

impl Candidates {
    pub fn new(heap: &Heap, dict: ObjRef, hash: i64) -> Candidates {
        let hash = stored(hash);
        let size = size(heap, dict);
        Candidates {
            slot: hash as usize & size.wrapping_sub(1),
            perturb: hash as u64,
            mask: size.wrapping_sub(1),
            hash,
            done: size == 0,
        }
    }

    /// The next entry number with a matching hash, or `None` when the
    /// probe reaches an unused slot.
    pub fn next(&mut self, heap: &Heap, dict: ObjRef) -> Option<usize> {
        if self.done {
            return None;
        }
        let indices = heap.field(dict, F::indices).as_obj()?;
        loop {
            let ix = index(heap, indices, self.slot);
            self.perturb >>= PERTURB_SHIFT;
            self.slot = (self.slot * 5 + self.perturb as usize + 1) & self.mask;
            match ix {
                UNUSED => {
                    self.done = true;
                    return None;
                }
                DELETED => {}
                ix if entry_hash(heap, dict, ix as usize) == self.hash => return Some(ix as usize),
                _ => {}
            }
        }
    }
}

/// Finds `key` when equality can be decided without Python: `Some(entry)`
/// or `Ok(None)` for absent; `Err(())` when some candidate needs `__eq__`.
#[inline]
pub fn find_fast(heap: &Heap, dict: ObjRef, hash: i64, key: Value) -> Result<Option<usize>, ()> {
    Ok(lookup_fast(heap, dict, hash, key)?.map(|(i, _)| i))
}

/// `find_fast` that also returns the entry's value. Keys equal by identity
/// or as strs are decided here, without a call; any other candidate with
/// the same hash sends the lookup to `lookup_comparing`.
#[inline]
pub fn lookup_fast(
    heap: &Heap,
    dict: ObjRef,
    hash: i64,
    key: Value,
) -> Result<Option<(usize, Value)>, ()> {
    // The same probe as `Candidates`, reading each object's header once:
    // the dict's, the index table's and the entries'.
    let dict_fields = heap.fields(dict);
    let Some(indices) = dict_fields[F::indices].as_obj() else {
        return Ok(None);
    };
    let entries = heap.fields(
        dict_fields[F::entries]
            .as_obj()
            .expect("a dict with entries"),
    );
    let index_words = heap.fields(indices);
    let stored_hash = stored(hash);
    let mask = index_words.len() * 2 - 1;
    let mut slot = stored_hash as usize & mask;
    let mut perturb = stored_hash as u64;
    loop {
        let ix = index_in_word(index_words[slot / 2].bits(), slot);
        if ix >= 0 {
            let i = ix as usize;
            let entry = &entries[3 * i..3 * i + 3];
            let k = entry[1];
            if k == key {
                return Ok(Some((i, entry[2])));
            }
            if entry[0].small_int_unchecked() == stored_hash {
                match (key.as_obj(), k.as_obj()) {
                    (Some(a), Some(b))
                        if heap.layout_of(a) == layout::STR && heap.layout_of(b) == layout::STR =>
                    {
                        if crate::str::same_text(heap, a, b) {
                            return Ok(Some((i, entry[2])));
                        }
                    }
                    _ => return lookup_comparing(heap, dict, hash, key),
                }
            }
        } else if ix == UNUSED {
            return Ok(None);
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb as usize + 1) & mask;
    }
}

/// `lookup_fast` for keys that need `fast_eq` (numbers of different types,
/// bytes, tuples, ...).
#[inline(never)]
fn lookup_comparing(
    heap: &Heap,
    dict: ObjRef,
    hash: i64,
    key: Value,
) -> Result<Option<(usize, Value)>, ()> {
    let mut candidates = Candidates::new(heap, dict, hash);
    while let Some(i) = candidates.next(heap, dict) {
        let Some((k, v)) = entry(heap, dict, i) else {
            continue;
        };
        match crate::fast_eq(heap, k, key) {
            Some(true) => return Ok(Some((i, v))),
            Some(false) => {}
            None => return Err(()),
        }
    }
    Ok(None)
}

/// Appends a new entry for a key the caller found absent.
pub fn insert_new(
    heap: &mut Heap,
    dict: ObjRef,
    hash: i64,
    key: Value,
    value: Value,
) -> Result<(), HeapError> {
    let hash = stored(hash);
    let used = used(heap, dict);
    if size(heap, dict) == 0 || used >= usable(size(heap, dict)) {
        let wanted = (len(heap, dict) * 3).max(MIN_SIZE);
        resize(heap, dict, wanted)?;
    }
    let used = self::used(heap, dict);
    let e = entries(heap, dict);
    heap.set_field(e, 3 * used, Value::small_int(hash).expect("61-bit hash"));
    heap.set_field(e, 3 * used + 1, key);
    heap.set_field(e, 3 * used + 2, value);
    let indices = heap.field(dict, F::indices).as_obj().expect("resized");
    let slot = free_slot(heap, indices, hash);
    set_index(heap, indices, slot, used as i32);
    heap.set_raw(dict, F::used, used as u64 + 1);
    heap.set_raw(dict, F::len, len(heap, dict) as u64 + 1);
    bump_version(heap, dict);
    Ok(())
}

fn free_slot(heap: &Heap, indices: ObjRef, hash: i64) -> usize {
    let mask = heap.field_count(indices) * 2 - 1;
    let mut slot = hash as usize & mask;
    let mut perturb = hash as u64;
    while index(heap, indices, slot) >= 0 {
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb as usize + 1) & mask;
    }
    slot
}

/// Rebuilds both tables with room for `min_size * 2/3` entries (rounded up
/// to a power of two), dropping deleted entries.
fn resize(heap: &mut Heap, dict: ObjRef, min_size: usize) -> Result<(), HeapError> {
    let mut size = MIN_SIZE;
    while size < min_size {
        size <<= 1;
    }
    let live: Vec<(i64, Value, Value)> = (0..used(heap, dict))
        .filter_map(|i| entry(heap, dict, i).map(|(k, v)| (entry_hash(heap, dict, i), k, v)))
        .collect();
    let indices = heap.alloc(layout::WORDS, size / 2)?;
    let new_entries = heap.alloc(layout::ARRAY, 3 * usable(size))?;
    heap.bytes_mut(indices, 0).fill(0xff);
    for (i, (hash, key, value)) in live.iter().enumerate() {
        heap.set_fields(
            new_entries,
            3 * i,
            &[Value::small_int(*hash).expect("61-bit hash"), *key, *value],
        );
        let slot = free_slot(heap, indices, *hash);
        set_index(heap, indices, slot, i as i32);
    }
    heap.set_field(dict, F::indices, indices.value());
    heap.set_field(dict, F::entries, new_entries.value());
    heap.set_raw(dict, F::used, live.len() as u64);
    Ok(())
}

/// Deletes live entry `i` and returns its (key, value).
pub fn delete_entry(heap: &mut Heap, dict: ObjRef, i: usize) -> (Value, Value) {
    let (key, value) = entry(heap, dict, i).expect("deleting a live entry");
    let hash = entry_hash(heap, dict, i);
    let indices = heap
        .field(dict, F::indices)
        .as_obj()
        .expect("a dict with entries");
    let mask = heap.field_count(indices) * 2 - 1;
    let mut slot = hash as usize & mask;
    let mut perturb = hash as u64;
    while index(heap, indices, slot) != i as i32 {
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb as usize + 1) & mask;
    }
    set_index(heap, indices, slot, DELETED);
    let e = entries(heap, dict);
    heap.set_fields(e, 3 * i + 1, &[Value::EMPTY, Value::EMPTY]);
    heap.set_raw(dict, F::len, len(heap, dict) as u64 - 1);
    bump_version(heap, dict);
    (key, value)
}

pub fn clear(heap: &mut Heap, dict: ObjRef) {
    heap.set_field(dict, F::indices, Value::EMPTY);
    heap.set_field(dict, F::entries, Value::EMPTY);
    heap.set_raw(dict, F::len, 0);
    heap.set_raw(dict, F::used, 0);
    bump_version(heap, dict);
}

/// The live entries, in insertion order.
pub fn items(heap: &Heap, dict: ObjRef) -> Vec<(Value, Value)> {
    (0..used(heap, dict))
        .filter_map(|i| entry(heap, dict, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use minnow_heap::HeapConfig;

    fn int(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    #[test]
    fn new_values_change_the_version_of_guarded_and_watched_dicts_only() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        let d = new(&mut heap).unwrap();
        insert_new(&mut heap, d, 8, int(1), int(10)).unwrap();
        let inserted = version(&heap, d);
        set_entry_value(&mut heap, d, 0, int(11));
        assert_eq!(version(&heap, d), inserted, "an unguarded value store");
        guard(&mut heap, d);
        let guarded = version(&heap, d);
        set_entry_value(&mut heap, d, 0, int(12));
        assert_ne!(version(&heap, d), guarded);
        let w = new(&mut heap).unwrap();
        insert_new(&mut heap, w, 8, int(1), int(10)).unwrap();
        watch(&mut heap, w);
        let (before, epoch) = (version(&heap, w), watched_epoch());
        set_entry_value(&mut heap, w, 0, int(13));
        assert_ne!(version(&heap, w), before);
        assert_ne!(watched_epoch(), epoch);
        assert_eq!(entry(&heap, w, 0), Some((int(1), int(13))));
    }

    #[test]
    fn insert_find_delete_keep_order() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        let d = new(&mut heap).unwrap();
        assert_eq!(find_fast(&heap, d, 5, int(5)), Ok(None));
        for i in (0..1000).rev() {
            insert_new(&mut heap, d, i * 8, int(i), int(i * i)).unwrap();
        }
        assert_eq!(len(&heap, d), 1000);
        for i in 0..1000 {
            let e = find_fast(&heap, d, i * 8, int(i)).unwrap().unwrap();
            assert_eq!(entry(&heap, d, e), Some((int(i), int(i * i))));
        }
        let v0 = version(&heap, d);
        for i in (0..1000).step_by(2) {
            let e = find_fast(&heap, d, i * 8, int(i)).unwrap().unwrap();
            delete_entry(&mut heap, d, e);
        }
        assert_ne!(version(&heap, d), v0);
        assert_eq!(len(&heap, d), 500);
        assert_eq!(find_fast(&heap, d, 16, int(2)), Ok(None));
        insert_new(&mut heap, d, 16, int(2), int(-2)).unwrap();
        let keys: Vec<i64> = items(&heap, d)
            .iter()
            .map(|(k, _)| k.small_int_unchecked())
            .collect();
        let mut expected: Vec<i64> = (0..1000).rev().filter(|i| i % 2 == 1).collect();
        expected.push(2);
        assert_eq!(keys, expected);
        clear(&mut heap, d);
        assert_eq!(len(&heap, d), 0);
        assert_eq!(find_fast(&heap, d, 16, int(2)), Ok(None));
    }
}
