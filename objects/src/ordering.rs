//! Sorting keys that compare without Python code: small ints, strs, and
//! tuples whose items, position by position, are all small ints or all
//! strs. `sort` and `sorted` check the keys once and then compare them
//! here, instead of going through the general comparison for each pair.

use std::cmp::Ordering;

use minnow_heap::{Heap, Value};

use crate::layout;

/// What every key holds at one position.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Str,
}

fn kind(heap: &Heap, v: Value) -> Option<Kind> {
    if v.is_small_int() {
        return Some(Kind::Int);
    }
    let o = v.as_obj()?;
    (heap.layout_of(o) == layout::STR).then_some(Kind::Str)
}

/// The order of two items of the same `Kind`: ints by value, strs by code
/// points (which UTF-8 byte order is).
fn compare_items(heap: &Heap, a: Value, b: Value) -> Ordering {
    match (a.as_small_int(), b.as_small_int()) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => {
            let bytes = |v: Value| crate::str::bytes(heap, v.as_obj().expect("a str"));
            bytes(a).cmp(bytes(b))
        }
    }
}

/// Whether `keys` all compare here: all of one `Kind`, or all tuples whose
/// items at each position share a `Kind`.
fn plain(heap: &Heap, keys: &[Value]) -> bool {
    let Some(&first) = keys.first() else {
        return true;
    };
    if let Some(k) = kind(heap, first) {
        return keys.iter().all(|&v| kind(heap, v) == Some(k));
    }
    let mut kinds: Vec<Kind> = Vec::new();
    for &key in keys {
        let Some(t) = key.as_obj().filter(|&o| heap.layout_of(o) == layout::TUPLE) else {
            return false;
        };
        for (i, &item) in heap.fields(t).iter().enumerate() {
            let Some(k) = kind(heap, item) else {
                return false;
            };
            match kinds.get(i) {
                Some(&seen) if seen != k => return false,
                Some(_) => {}
                None => kinds.push(k),
            }
        }
    }
    true
}

/// The order of two plain keys, as Python's `<` and `==` decide it.
fn compare_keys(heap: &Heap, a: Value, b: Value) -> Ordering {
    if kind(heap, a).is_some() {
        return compare_items(heap, a, b);
    }
    let x = heap.fields(a.as_obj().expect("a tuple"));
    let y = heap.fields(b.as_obj().expect("a tuple"));
    for (&p, &q) in x.iter().zip(y) {
        match compare_items(heap, p, q) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    x.len().cmp(&y.len())
}

/// Sorts `order` (indices into `keys`) stably by the keys, when they all
/// compare here; false, leaving `order` alone, when some key needs Python.
pub fn sort_by_plain_keys(heap: &Heap, keys: &[Value], order: &mut [usize]) -> bool {
    if !plain(heap, keys) {
        return false;
    }
    order.sort_by(|&a, &b| compare_keys(heap, keys[a], keys[b]));
    true
}
