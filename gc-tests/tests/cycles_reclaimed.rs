//! Cyclic garbage of every shape is reclaimed by a major collection (the
//! collector traces; it does not count references), the old pages it held
//! go back to the system, and a cycle that is still rooted stays intact.

use minnow_gc_tests::*;
use minnow_heap::*;

/// A ring of `len` nodes `[index, next]`; returns its first node. Built
/// without a safepoint, so nothing moves while it is linked up.
fn ring(heap: &mut Heap, model: &Model, len: usize) -> ObjRef {
    let first = model.node(heap, &[int(0), Value::EMPTY]).unwrap();
    let mut last = first;
    for i in 1..len {
        let node = model.node(heap, &[int(i as i64), Value::EMPTY]).unwrap();
        heap.set_field(last, 1, node.value());
        last = node;
    }
    heap.set_field(last, 1, first.value());
    first
}

fn assert_ring_intact(heap: &Heap, first: Value, len: usize) {
    let mut at = first;
    for i in 0..len {
        let node = obj_of(at);
        assert_eq!(int_of(heap.field(node, 0)), i as i64, "ring node {i}");
        at = heap.field(node, 1);
    }
    assert_eq!(at, first, "the ring of {len} does not close");
}

/// Builds garbage cycles of every shape, each rooted (in `roots[1..]`) so
/// that collections promote it into the old space; the caller drops them.
fn build_cyclic_garbage(heap: &mut Heap, model: &Model, mode: &Mode, roots: &mut Vec<Value>) {
    let batches = mode.size(20, 4);
    for batch in 0..batches {
        // Self-cycles, one with a blob hanging off it.
        for _ in 0..mode.size(100, 20) {
            let blob = model.blob(heap, &[batch as u8; 100]).unwrap();
            let node = model.node(heap, &[Value::EMPTY, blob.value()]).unwrap();
            heap.set_field(node, 0, node.value());
            roots.push(node.value());
        }
        // Two-cycles, one of them a record.
        for i in 0..mode.size(100, 20) {
            let a = model.node(heap, &[Value::EMPTY]).unwrap();
            let b = model.record(heap, i as u64, 0, &[a.value()]).unwrap();
            heap.set_field(a, 0, b.value());
            roots.push(a.value());
        }
        // Rings of many lengths.
        for len in [3, 10, 50, 300] {
            let first = ring(heap, model, len);
            roots.push(first.value());
        }
        // A large node in a cycle with a young node.
        let large = heap.alloc(model.node, MAX_NURSERY_FIELDS + 10).unwrap();
        let young = model.node(heap, &[large.value()]).unwrap();
        heap.set_field(large, MAX_NURSERY_FIELDS, young.value());
        roots.push(young.value());
        heap.safepoint(roots).unwrap();
    }
}

/// Cycles closed through old objects: old holders point at young chains
/// that point back at them, and only the holders were ever rooted.
fn build_cycles_through_old_objects(heap: &mut Heap, model: &Model, roots: &mut Vec<Value>) {
    let first_holder = roots.len();
    for i in 0..50 {
        let holder = model.node(heap, &[int(i), Value::EMPTY]).unwrap();
        roots.push(holder.value());
    }
    heap.collect(CollectionKind::Minor, roots).unwrap();
    for &holder in &roots[first_holder..] {
        let holder = obj_of(holder);
        assert!(!heap.is_young(holder));
        // holder -> ring -> link -> holder, and link -> ring: cycles that
        // pass through the old holder and through a young ring.
        let ring = ring(heap, model, 5);
        let link = model.node(heap, &[holder.value(), ring.value()]).unwrap();
        heap.set_field(ring, 0, link.value());
        heap.set_field(holder, 1, ring.value());
    }
}

#[test]
fn unrooted_cycles_are_reclaimed_by_a_major_collection() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let kept_len = 1000;
        let kept = ring(&mut heap, &model, kept_len);
        let mut roots = vec![kept.value()];
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let baseline = heap.info();
        let freed_before = heap.stats().bytes_freed;

        build_cyclic_garbage(&mut heap, &model, mode, &mut roots);
        build_cycles_through_old_objects(&mut heap, &model, &mut roots);
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let with_garbage = heap.info();
        assert!(
            with_garbage.old_used_bytes > baseline.old_used_bytes + mode.size(300_000, 40_000),
            "the garbage was not promoted: {with_garbage:?}"
        );
        assert!(with_garbage.large_objects > 0);
        heap.verify(&mut roots).unwrap();

        roots.truncate(1);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let after = heap.info();
        assert_eq!(after.old_used_bytes, baseline.old_used_bytes, "{after:?}");
        assert_eq!(after.old_page_bytes, baseline.old_page_bytes, "{after:?}");
        assert_eq!((after.large_objects, after.large_bytes), (0, 0));
        assert_eq!(heap.old_bytes(), baseline.old_used_bytes);
        assert!(after.heap_bytes < with_garbage.heap_bytes);
        let freed = heap.stats().bytes_freed - freed_before;
        assert!(
            freed >= (with_garbage.old_used_bytes - baseline.old_used_bytes) as u64,
            "freed {freed}"
        );
        assert_ring_intact(&heap, roots[0], kept_len);
        heap.verify(&mut roots).unwrap();

        roots.clear();
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let empty = heap.info();
        assert_eq!((empty.old_used_bytes, empty.old_page_bytes), (0, 0));
        assert_eq!(empty.heap_bytes, empty.nursery_bytes);
    });
}

#[test]
fn a_rooted_cycle_survives_every_collection_intact() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let len = mode.size(20_000, 3_000);
        let first = ring(&mut heap, &model, len);
        // A self-cycle and a two-cycle rooted next to the ring.
        let selfish = model.node(&mut heap, &[Value::EMPTY]).unwrap();
        heap.set_field(selfish, 0, selfish.value());
        let a = model.node(&mut heap, &[Value::EMPTY]).unwrap();
        let b = model.node(&mut heap, &[a.value()]).unwrap();
        heap.set_field(a, 0, b.value());
        let mut roots = vec![first.value(), selfish.value(), a.value()];
        for round in 0..6 {
            for _ in 0..mode.size(5_000, 50) {
                model.node(&mut heap, &[int(round), Value::NONE]).unwrap();
                heap.safepoint(&mut roots).unwrap();
            }
            let kind = if round % 2 == 0 {
                CollectionKind::Minor
            } else {
                CollectionKind::Major
            };
            heap.collect(kind, &mut roots).unwrap();
            assert_ring_intact(&heap, roots[0], len);
            let selfish = obj_of(roots[1]);
            assert_eq!(heap.field(selfish, 0), roots[1]);
            let a = obj_of(roots[2]);
            let b = obj_of(heap.field(a, 0));
            assert_eq!(heap.field(b, 0), roots[2]);
            assert_ne!(a, b);
        }
        heap.verify(&mut roots).unwrap();
    });
}
