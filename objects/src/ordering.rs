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

/// A key item read out of the heap once, so that comparisons touch no
/// object headers.
#[derive(Clone, Copy)]
enum Item<'h> {
    Int(i64),
    Str(&'h [u8]),
}

impl Item<'_> {
    fn read(heap: &Heap, v: Value) -> Item<'_> {
        match v.as_small_int() {
            Some(i) => Item::Int(i),
            None => Item::Str(crate::str::bytes(heap, v.as_obj().expect("a str"))),
        }
    }

    /// Ints by value, strs by code points (which UTF-8 byte order is).
    /// Items at one position share a `Kind`, so mixed pairs never meet.
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Item::Int(x), Item::Int(y)) => x.cmp(y),
            (Item::Str(x), Item::Str(y)) => x.cmp(y),
            (Item::Int(_), Item::Str(_)) => Ordering::Less,
            (Item::Str(_), Item::Int(_)) => Ordering::Greater,
        }
    }
}

/// Sorts `order` (indices into `keys`) stably by the keys, when they all
/// compare here; false, leaving `order` alone, when some key needs Python.
pub fn sort_by_plain_keys(heap: &Heap, keys: &[Value], order: &mut [usize]) -> bool {
    match plain(heap, keys) {
        Some(Keys::Items) => {
            let items: Vec<Item> = keys.iter().map(|&k| Item::read(heap, k)).collect();
            order.sort_by(|&a, &b| items[a].cmp(&items[b]));
        }
        Some(Keys::Tuples) => {
            // Each tuple's items, flattened; `spans[i]` is where key i's are.
            let mut items = Vec::new();
            let mut spans = Vec::with_capacity(keys.len());
            for &k in keys {
                let fields = heap.fields(k.as_obj().expect("a tuple"));
                spans.push((items.len(), fields.len()));
                items.extend(fields.iter().map(|&v| Item::read(heap, v)));
            }
            let key = |i: usize| &items[spans[i].0..spans[i].0 + spans[i].1];
            order.sort_by(|&a, &b| {
                let (x, y) = (key(a), key(b));
                for (p, q) in x.iter().zip(y) {
                    match p.cmp(q) {
                        Ordering::Equal => {}
                        unequal => return unequal,
                    }
                }
                x.len().cmp(&y.len())
            });
        }
        None => return false,
    }
    true
}
