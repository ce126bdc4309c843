//! set and frozenset: an open-addressing table that follows CPython's
//! probing (linear runs of up to 9 slots, then perturbation), fill limit
//! (3/5) and resize rules exactly, so that a set of ints iterates in the
//! same order as CPython's.
//!
//! ```text
//! SET:    header | fill | used | hash (raw; frozenset's cached hash) | keys (ARRAY) | hashes (WORDS)
//! keys:   one value per slot
//! hashes: one raw i64 per slot: the full 64-bit hash, which CPython's
//!         probing (perturbation) depends on
//! ```
//!
//! An unused slot has key EMPTY; a deleted one has key `DUMMY` and hash -1.
//! `fill` counts active and deleted slots, `used` active ones.

use minnow_heap::{Heap, HeapError, ObjRef, Value};

use crate::{field::SET as F, layout};

/// The key of a deleted slot: an immediate no Python value uses.
pub const DUMMY: Value = Value::from_bits((0xff << 3) | 0b010);
pub const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub fn new(heap: &mut Heap, frozen: bool) -> Result<ObjRef, HeapError> {
    let (keys, hashes) = new_table(heap, MIN_SIZE)?;
    let layout = if frozen {
        layout::FROZENSET
    } else {
        layout::SET
    };
    let set = heap.alloc(layout, F::COUNT)?;
    heap.set_field(set, F::keys, keys.value());
    heap.set_field(set, F::hashes, hashes.value());
    heap.set_raw(set, F::hash, crate::NO_HASH);
    Ok(set)
}

fn new_table(heap: &mut Heap, size: usize) -> Result<(ObjRef, ObjRef), HeapError> {
    Ok((
        heap.alloc(layout::ARRAY, size)?,
        heap.alloc(layout::WORDS, size)?,
    ))
}

pub fn len(heap: &Heap, set: ObjRef) -> usize {
    heap.raw(set, F::used) as usize
}

fn keys(heap: &Heap, set: ObjRef) -> ObjRef {
    heap.field(set, F::keys).as_obj().expect("a set has keys")
}

fn hashes(heap: &Heap, set: ObjRef) -> ObjRef {
    heap.field(set, F::hashes)
        .as_obj()
        .expect("a set has hashes")
}

/// Number of slots in the table.
pub fn slots(heap: &Heap, set: ObjRef) -> usize {
    heap.field_count(keys(heap, set))
}

/// The (hash, key) in slot `i`, if the slot is active.
pub fn slot(heap: &Heap, set: ObjRef, i: usize) -> Option<(i64, Value)> {
    match slot_state(heap, set, i) {
        SlotState::Active { hash, key } => Some((hash, key)),
        _ => None,
    }
}

/// The frozenset's cached hash, if computed.
pub fn cached_hash(heap: &Heap, set: ObjRef) -> Option<i64> {
    let h = heap.raw(set, F::hash);
    (h != crate::NO_HASH).then_some(h as i64)
}

pub fn cache_hash(heap: &mut Heap, set: ObjRef, hash: i64) {
    heap.set_raw(set, F::hash, hash as u64);
}

/// The slots to examine for `hash`, in CPython's order. The caller
/// compares keys and stops at the first unused slot.
pub struct Probe {
    i: usize,
    perturb: u64,
    run_left: usize,
    mask: usize,
}

impl Probe {
    pub fn new(heap: &Heap, set: ObjRef, hash: i64) -> Probe {
        let mask = slots(heap, set) - 1;
        let i = hash as usize & mask;
        Probe {
            i,
            perturb: hash as u64,
            run_left: if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            mask,
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let current = self.i;
        if self.run_left > 0 {
            self.run_left -= 1;
            self.i += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.run_left = if self.i + LINEAR_PROBES <= self.mask {
                LINEAR_PROBES
            } else {
                0
            };
        }
        Some(current)
    }
}

/// What a slot holds, for a caller walking a `Probe`.
pub enum SlotState {
    Unused,
    Deleted,
    Active { hash: i64, key: Value },
}

pub fn slot_state(heap: &Heap, set: ObjRef, i: usize) -> SlotState {
    let key = heap.field(keys(heap, set), i);
    if key.is_empty() {
        SlotState::Unused
    } else if key == DUMMY {
        SlotState::Deleted
    } else {
        SlotState::Active {
            hash: heap.raw(hashes(heap, set), i) as i64,
            key,
        }
    }
}

fn write_slot(heap: &mut Heap, set: ObjRef, i: usize, hash: i64, key: Value) {
    let (k, h) = (keys(heap, set), hashes(heap, set));
    heap.set_field(k, i, key);
    heap.set_raw(h, i, hash as u64);
}

/// Stores a key found absent by the caller's probe: in the first deleted
/// slot it passed (`reuse`), else in the unused slot where it stopped, then
/// grows the table as CPython does.
pub fn insert_at(
    heap: &mut Heap,
    set: ObjRef,
    reuse: Option<usize>,
    unused: usize,
    hash: i64,
    key: Value,
) -> Result<(), HeapError> {
    let used = len(heap, set) + 1;
    if let Some(slot) = reuse {
        write_slot(heap, set, slot, hash, key);
        heap.set_raw(set, F::used, used as u64);
        return Ok(());
    }
    let fill = heap.raw(set, F::fill) as usize + 1;
    let mask = slots(heap, set) - 1;
    if fill * 5 >= mask * 3 {
        // Grow first so a failed allocation leaves the set as it was; the
        // resulting table is the same as CPython's insert-then-resize.
        let min_used = if used > 50_000 { used * 2 } else { used * 4 };
        resize(heap, set, min_used)?;
        insert_clean(heap, set, hash, key);
        heap.set_raw(set, F::fill, used as u64);
    } else {
        write_slot(heap, set, unused, hash, key);
        heap.set_raw(set, F::fill, fill as u64);
    }
    heap.set_raw(set, F::used, used as u64);
    Ok(())
}

/// Deletes the key in active slot `i`.
pub fn delete_slot(heap: &mut Heap, set: ObjRef, i: usize) {
    write_slot(heap, set, i, -1, DUMMY);
    let used = len(heap, set) - 1;
    heap.set_raw(set, F::used, used as u64);
}

/// Rebuilds the table with the smallest power-of-two size above
/// `min_used` (at least 8), dropping deleted slots.
pub fn resize(heap: &mut Heap, set: ObjRef, min_used: usize) -> Result<(), HeapError> {
    let mut size = MIN_SIZE;
    while size <= min_used {
        size <<= 1;
    }
    let (new_keys, new_hashes) = new_table(heap, size)?;
    let entries: Vec<(i64, Value)> = (0..slots(heap, set))
        .filter_map(|i| slot(heap, set, i))
        .collect();
    heap.set_field(set, F::keys, new_keys.value());
    heap.set_field(set, F::hashes, new_hashes.value());
    for &(hash, key) in &entries {
        insert_clean(heap, set, hash, key);
    }
    heap.set_raw(set, F::fill, entries.len() as u64);
    heap.set_raw(set, F::used, entries.len() as u64);
    Ok(())
}

/// Puts a key known to be absent into the first unused slot of its probe
/// sequence (a fresh table has no deleted slots).
fn insert_clean(heap: &mut Heap, set: ObjRef, hash: i64, key: Value) {
    let slot = Probe::new(heap, set, hash)
        .find(|&i| matches!(slot_state(heap, set, i), SlotState::Unused))
        .expect("a table below its fill limit has unused slots");
    write_slot(heap, set, slot, hash, key);
}

/// Empties the set.
pub fn clear(heap: &mut Heap, set: ObjRef) -> Result<(), HeapError> {
    let (keys, hashes) = new_table(heap, MIN_SIZE)?;
    heap.set_field(set, F::keys, keys.value());
    heap.set_field(set, F::hashes, hashes.value());
    heap.set_raw(set, F::fill, 0);
    heap.set_raw(set, F::used, 0);
    Ok(())
}

/// Makes the empty `set` a slot-for-slot copy of `other`, as CPython does
/// when copying into an empty table of the same size.
pub fn copy_into_empty(heap: &mut Heap, set: ObjRef, other: ObjRef) -> Result<(), HeapError> {
    let size = slots(heap, other);
    let (new_keys, new_hashes) = new_table(heap, size)?;
    let source_keys: Vec<Value> = heap.fields(keys(heap, other)).to_vec();
    heap.set_fields(new_keys, 0, &source_keys);
    let source_hashes = hashes(heap, other);
    for i in 0..size {
        let h = heap.raw(source_hashes, i);
        heap.set_raw(new_hashes, i, h);
    }
    heap.set_field(set, F::keys, new_keys.value());
    heap.set_field(set, F::hashes, new_hashes.value());
    let (fill, used) = (heap.raw(other, F::fill), heap.raw(other, F::used));
    heap.set_raw(set, F::fill, fill);
    heap.set_raw(set, F::used, used);
    Ok(())
}

pub fn is_set_layout(layout: minnow_heap::LayoutId) -> bool {
    layout == layout::SET || layout == layout::FROZENSET
}

/// Whether the table holds deleted slots (`fill != used`).
pub fn has_deleted(heap: &Heap, set: ObjRef) -> bool {
    heap.raw(set, F::fill) != heap.raw(set, F::used)
}

pub fn fill(heap: &Heap, set: ObjRef) -> usize {
    heap.raw(set, F::fill) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use minnow_heap::HeapConfig;

    /// Adds small ints (whose hash is themselves) the way a caller would.
    fn add(heap: &mut Heap, set: ObjRef, i: i64) {
        let key = Value::small_int(i).unwrap();
        let mut reuse = None;
        for slot in Probe::new(heap, set, i) {
            match slot_state(heap, set, slot) {
                SlotState::Unused => {
                    insert_at(heap, set, reuse, slot, i, key).unwrap();
                    return;
                }
                SlotState::Deleted => {
                    reuse.get_or_insert(slot);
                }
                SlotState::Active { key: k, .. } if k == key => return,
                SlotState::Active { .. } => {}
            }
        }
    }

    fn order(heap: &Heap, set: ObjRef) -> Vec<i64> {
        (0..slots(heap, set))
            .filter_map(|i| slot(heap, set, i).map(|(_, k)| k.small_int_unchecked()))
            .collect()
    }

    #[test]
    fn iteration_order_matches_cpython() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        // Orders printed by CPython 3.11 for the same sequences of
        // `s.add(i)` and `s.discard(i)` calls.
        let s = new(&mut heap, false).unwrap();
        for i in [100, 3, 17, 8, -5, 1000, 64] {
            add(&mut heap, s, i);
        }
        assert_eq!(order(&heap, s), vec![64, 3, 100, 8, 1000, 17, -5]);
        let t = new(&mut heap, false).unwrap();
        for i in (1..=20).rev().step_by(3) {
            add(&mut heap, t, i);
        }
        assert_eq!(order(&heap, t), vec![2, 5, 8, 11, 14, 17, 20]);
        assert_eq!(len(&heap, t), 7);
        let u = new(&mut heap, false).unwrap();
        for i in (0..200).step_by(7) {
            add(&mut heap, u, i * 37 % 101);
        }
        for i in (0..50).step_by(3) {
            let found = Probe::new(&heap, u, i).find(|&at| match slot_state(&heap, u, at) {
                SlotState::Unused => true,
                SlotState::Active { key, .. } => key.small_int_unchecked() == i,
                SlotState::Deleted => false,
            });
            if let Some(at) = found.filter(|&at| slot(&heap, u, at).is_some()) {
                delete_slot(&mut heap, u, at);
            }
        }
        add(&mut heap, u, 5);
        add(&mut heap, u, 1000);
        assert_eq!(
            order(&heap, u),
            vec![
                5, 8, 11, 13, 16, 26, 29, 34, 47, 52, 55, 57, 60, 65, 68, 70, 73, 78, 81, 83, 86,
                91, 96, 99, 1000
            ]
        );
    }
}
