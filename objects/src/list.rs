//! list: `len` items at the front of a separately allocated ARRAY.
//!
//! ```text
//! LIST:  header | len (raw) | storage (ARRAY or EMPTY)
//! ARRAY: header | items...            (capacity = field count)
//! ```
//!
//! Growth follows CPython's over-allocation (about 1/8 extra plus a little),
//! so `sys.getsizeof` of lists compares like for like. A growing operation
//! allocates the new storage first: if that fails, the list is unchanged.
//! Slots past `len` hold EMPTY so they keep nothing alive.

use minnow_heap::{Heap, HeapError, ObjRef, Value};

use crate::{field::LIST as F, layout};

pub fn new(heap: &mut Heap, capacity: usize) -> Result<ObjRef, HeapError> {
    let storage = if capacity > 0 {
        heap.alloc(layout::ARRAY, capacity)?.value()
    } else {
        Value::EMPTY
    };
    let list = heap.alloc(layout::LIST, F::COUNT)?;
    if storage.is_ptr() {
        heap.set_field(list, F::storage, storage);
    }
    Ok(list)
}

pub fn from_slice(heap: &mut Heap, items: &[Value]) -> Result<ObjRef, HeapError> {
    let list = new(heap, items.len())?;
    if let Some(storage) = heap.field(list, F::storage).as_obj() {
        heap.set_fields(storage, 0, items);
        heap.set_raw(list, F::len, items.len() as u64);
    }
    Ok(list)
}

#[inline]
pub fn len(heap: &Heap, list: ObjRef) -> usize {
    heap.raw(list, F::len) as usize
}

pub fn capacity(heap: &Heap, list: ObjRef) -> usize {
    heap.field(list, F::storage)
        .as_obj()
        .map_or(0, |s| heap.field_count(s))
}

/// The list's items.
pub fn items(heap: &Heap, list: ObjRef) -> &[Value] {
    let n = len(heap, list);
    match heap.field(list, F::storage).as_obj() {
        Some(storage) => &heap.fields(storage)[..n],
        None => &[],
    }
}

#[inline]
pub fn get(heap: &Heap, list: ObjRef, index: usize) -> Value {
    assert!(index < len(heap, list));
    let storage = heap
        .field(list, F::storage)
        .as_obj()
        .expect("a non-empty list has storage");
    heap.field(storage, index)
}

#[inline]
pub fn set(heap: &mut Heap, list: ObjRef, index: usize, value: Value) {
    assert!(index < len(heap, list));
    let storage = heap
        .field(list, F::storage)
        .as_obj()
        .expect("a non-empty list has storage");
    heap.set_field(storage, index, value);
}

/// Makes room for `additional` more items.
pub fn reserve(heap: &mut Heap, list: ObjRef, additional: usize) -> Result<(), HeapError> {
    let n = len(heap, list);
    let needed = n.checked_add(additional).ok_or(HeapError::TooLarge {
        requested_fields: usize::MAX,
    })?;
    if needed <= capacity(heap, list) {
        return Ok(());
    }
    let new_capacity = if additional == 1 {
        (needed + (needed >> 3) + 6) & !3
    } else {
        needed
    };
    let storage = heap.alloc(layout::ARRAY, new_capacity)?;
    let old = heap.field(list, F::storage);
    if let Some(old) = old.as_obj() {
        // Through a buffer on the Rust stack: the heap cannot lend the old
        // items while it stores the new ones.
        let mut chunk = [Value::EMPTY; 64];
        for start in (0..n).step_by(chunk.len()) {
            let end = (start + chunk.len()).min(n);
            chunk[..end - start].copy_from_slice(&heap.fields(old)[start..end]);
            heap.set_fields(storage, start, &chunk[..end - start]);
        }
    }
    heap.set_field(list, F::storage, storage.value());
    Ok(())
}

pub fn push(heap: &mut Heap, list: ObjRef, value: Value) -> Result<(), HeapError> {
    let fields = heap.fields(list);
    let n = fields[F::len].bits() as usize;
    let storage = match fields[F::storage].as_obj() {
        Some(storage) if n < heap.field_count(storage) => storage,
        _ => {
            reserve(heap, list, 1)?;
            heap.field(list, F::storage).as_obj().expect("reserved")
        }
    };
    heap.set_field(storage, n, value);
    heap.set_raw(list, F::len, n as u64 + 1);
    Ok(())
}

/// Inserts `value` before `index` (<= len).
pub fn insert(heap: &mut Heap, list: ObjRef, index: usize, value: Value) -> Result<(), HeapError> {
    let n = len(heap, list);
    assert!(index <= n);
    if n == capacity(heap, list) {
        reserve(heap, list, 1)?;
    }
    let storage = heap.field(list, F::storage).as_obj().expect("reserved");
    heap.move_fields(storage, index..n, index + 1);
    heap.set_field(storage, index, value);
    heap.set_raw(list, F::len, n as u64 + 1);
    Ok(())
}

/// Removes and returns the item at `index` (< len).
pub fn remove(heap: &mut Heap, list: ObjRef, index: usize) -> Value {
    let n = len(heap, list);
    assert!(index < n);
    let storage = heap.field(list, F::storage).as_obj().expect("non-empty");
    let item = heap.field(storage, index);
    heap.move_fields(storage, index + 1..n, index);
    heap.set_field(storage, n - 1, Value::EMPTY);
    heap.set_raw(list, F::len, n as u64 - 1);
    item
}

/// Shortens the list to `new_len` items.
pub fn truncate(heap: &mut Heap, list: ObjRef, new_len: usize) {
    let n = len(heap, list);
    if new_len >= n {
        return;
    }
    let storage = heap.field(list, F::storage).as_obj().expect("non-empty");
    for i in new_len..n {
        heap.set_field(storage, i, Value::EMPTY);
    }
    heap.set_raw(list, F::len, new_len as u64);
}

/// Replaces the whole contents with `items`.
pub fn replace_all(heap: &mut Heap, list: ObjRef, items: &[Value]) -> Result<(), HeapError> {
    truncate(heap, list, 0);
    reserve(heap, list, items.len())?;
    if let Some(storage) = heap.field(list, F::storage).as_obj() {
        heap.set_fields(storage, 0, items);
    }
    heap.set_raw(list, F::len, items.len() as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use minnow_heap::HeapConfig;

    fn int(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    #[test]
    fn push_insert_remove_truncate() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        crate::register_layouts(&mut heap).unwrap();
        let list = new(&mut heap, 0).unwrap();
        for i in 0..100 {
            push(&mut heap, list, int(i)).unwrap();
        }
        assert_eq!(len(&heap, list), 100);
        assert!(capacity(&heap, list) >= 100);
        insert(&mut heap, list, 0, int(-1)).unwrap();
        assert_eq!(get(&heap, list, 0), int(-1));
        assert_eq!(get(&heap, list, 100), int(99));
        assert_eq!(remove(&mut heap, list, 50), int(49));
        assert_eq!(items(&heap, list)[50], int(50));
        truncate(&mut heap, list, 10);
        assert_eq!(
            items(&heap, list),
            &(-1..9).map(int).collect::<Vec<_>>()[..]
        );
        replace_all(&mut heap, list, &[int(7)]).unwrap();
        assert_eq!(items(&heap, list), &[int(7)]);
    }
}
