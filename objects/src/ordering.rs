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

/// How a list of keys compares here.
#[derive(Clone, Copy)]
enum Keys {
    /// All of one `Kind`.
    Items,
    /// All tuples whose items at each position share a `Kind`.
    Tuples,
}

/// How `keys` compare here, or `None` if some key needs Python.
fn plain(heap: &Heap, keys: &[Value]) -> Option<Keys> {
    let &first = keys.first()?;
    if let Some(k) = kind(heap, first) {
        return keys
            .iter()
            .all(|&v| kind(heap, v) == Some(k))
            .then_some(Keys::Items);
    }
    let mut kinds: Vec<Kind> = Vec::new();
    for &key in keys {
        let t = key
            .as_obj()
            .filter(|&o| heap.layout_of(o) == layout::TUPLE)?;
        for (i, &item) in heap.fields(t).iter().enumerate() {
            let k = kind(heap, item)?;
            match kinds.get(i) {
                Some(&seen) if seen != k => return None,
                Some(_) => {}
                None => kinds.push(k),
            }
        }
    }
    Some(Keys::Tuples)
}

/// The order of two tuple keys, as Python's `<` and `==` decide it.
fn compare_tuples(heap: &Heap, a: Value, b: Value) -> Ordering {
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
    match plain(heap, keys) {
        Some(Keys::Items) => order.sort_by(|&a, &b| compare_items(heap, keys[a], keys[b])),
        Some(Keys::Tuples) => order.sort_by(|&a, &b| compare_tuples(heap, keys[a], keys[b])),
        None => return false,
    }
    true
}
