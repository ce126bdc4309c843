//! End-to-end check of the heap's public API: allocate a linked structure,
//! collect, and read it back.

use minnow_heap::*;

fn config() -> HeapConfig {
    HeapConfig {
        nursery_bytes: MIN_NURSERY_BYTES,
        verify: true,
        poison: true,
        ..HeapConfig::default()
    }
}

#[test]
fn a_list_survives_minor_and_major_collections() {
    let mut heap = Heap::new(config()).unwrap();
    let pair = heap.register_layout(Layout::values("pair")).unwrap();
    let mut roots = vec![Value::NONE];
    for i in 0..10_000i64 {
        let cell = heap.alloc(pair, 2).unwrap();
        heap.set_field(cell, 0, Value::small_int(i).unwrap());
        heap.set_field(cell, 1, roots[0]);
        roots[0] = cell.value();
        heap.safepoint(&mut roots).unwrap();
    }
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    let mut v = roots[0];
    let mut expected = 9_999;
    while let Some(obj) = v.as_obj() {
        assert_eq!(heap.field(obj, 0).as_small_int(), Some(expected));
        expected -= 1;
        v = heap.field(obj, 1);
    }
    assert_eq!(expected, -1);
    let stats = heap.stats();
    assert!(stats.minor_collections > 0 && stats.major_collections > 0);
    roots.clear();
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    assert_eq!(heap.old_bytes(), 0);
    assert_eq!(heap.info().old_page_bytes, 0);
}

#[test]
fn old_to_young_store_through_the_barrier_survives() {
    let mut heap = Heap::new(config()).unwrap();
    let pair = heap.register_layout(Layout::values("pair")).unwrap();
    let holder = heap.alloc(pair, 2).unwrap();
    let mut roots = vec![holder.value()];
    heap.collect(CollectionKind::Minor, &mut roots).unwrap();
    let holder = roots[0].as_obj().unwrap();
    assert!(!heap.is_young(holder));
    let young = heap.alloc(pair, 2).unwrap();
    heap.set_field(young, 0, Value::small_int(42).unwrap());
    heap.set_field(holder, 1, young.value());
    heap.collect(CollectionKind::Minor, &mut roots).unwrap();
    let holder = roots[0].as_obj().unwrap();
    let moved = heap.field(holder, 1).as_obj().unwrap();
    assert!(!heap.is_young(moved));
    assert_eq!(heap.field(moved, 0).as_small_int(), Some(42));
}

#[test]
fn the_limit_gives_an_error_and_the_heap_recovers() {
    let mut heap = Heap::new(HeapConfig {
        heap_limit: Some(4 * MIB),
        ..config()
    })
    .unwrap();
    let pair = heap.register_layout(Layout::values("pair")).unwrap();
    let mut roots = vec![Value::NONE];
    let mut failed = false;
    for i in 0..1_000_000i64 {
        let cell = match heap.alloc(pair, 2) {
            Ok(c) => c,
            Err(_) => {
                failed = true;
                break;
            }
        };
        heap.set_field(cell, 0, Value::small_int(i).unwrap());
        heap.set_field(cell, 1, roots[0]);
        roots[0] = cell.value();
        if heap.safepoint(&mut roots).is_err() {
            failed = true;
            break;
        }
    }
    assert!(failed, "a 4 MiB heap must run out");
    roots[0] = Value::NONE;
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    assert!(heap.alloc(pair, 2).is_ok());
    assert!(matches!(
        heap.alloc(pair, 1 << 40),
        Err(HeapError::TooLarge { .. })
    ));
    assert!(matches!(
        heap.alloc(pair, usize::MAX),
        Err(HeapError::TooLarge { .. })
    ));
}

/// A list built through a `Mutator` (bump pointer in locals), with the heap
/// lent out in the middle, in normal and stress mode: the mutator's top and
/// the heap's stay one, and stress mode still collects at every safepoint.
#[test]
fn a_mutator_allocates_in_step_with_the_heap() {
    for stress in [false, true] {
        let mut heap = Heap::new(HeapConfig { stress, ..config() }).unwrap();
        let pair = heap.register_layout(Layout::values("pair")).unwrap();
        let mut roots = vec![Value::NONE];
        // Stress mode verifies the whole heap at every collection.
        let n: i64 = if stress { 3_000 } else { 20_000 };
        let mut mutator = heap.mutator();
        for i in 0..n {
            let cell = mutator.alloc(pair, 2).unwrap();
            mutator.set_field(cell, 0, Value::small_int(i).unwrap());
            mutator.set_field(cell, 1, roots[0]);
            roots[0] = cell.value();
            if i % 1000 == 0 {
                let heap = mutator.heap();
                heap.verify(&mut roots).unwrap();
                assert_eq!(heap.collection_requested(), stress);
            }
            mutator.safepoint(&mut roots).unwrap();
        }
        let big = mutator.alloc(pair, MAX_NURSERY_FIELDS + 1).unwrap();
        drop(mutator);
        assert!(!heap.is_young(big));
        let used = heap.info().nursery_used;
        let stats = heap.stats();
        let collections = stats.minor_collections + stats.major_collections;
        assert_eq!(
            stats.bytes_allocated,
            n as u64 * 24 + 8 * (MAX_NURSERY_FIELDS as u64 + 2)
        );
        if stress {
            assert_eq!((used, collections), (0, n as u64));
        } else {
            assert!(collections > 0 && used > 0);
        }
        let mut v = roots[0];
        let mut expected = n - 1;
        while let Some(obj) = v.as_obj() {
            assert_eq!(heap.field(obj, 0).as_small_int(), Some(expected));
            expected -= 1;
            v = heap.field(obj, 1);
        }
        assert_eq!(expected, -1);
    }
}
