//! The large-object space: objects above `MAX_NURSERY_FIELDS` fields are
//! born there, never move, keep the young objects they point to alive, keep
//! their bytes, and are freed by the minor collection after their birth if
//! nothing reaches them by then, else by the major collection after they
//! become unreachable.

use minnow_gc_tests::*;
use minnow_heap::*;

#[test]
fn objects_above_the_nursery_limit_are_born_large() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let largest_small = heap.alloc(model.node, MAX_NURSERY_FIELDS).unwrap();
        assert!(heap.is_young(largest_small));
        let large = heap.alloc(model.node, MAX_NURSERY_FIELDS + 1).unwrap();
        assert!(!heap.is_young(large));
        let info = heap.info();
        assert_eq!(info.large_objects, 1);
        assert_eq!(info.large_bytes, heap.object_bytes(large));
        assert_eq!(info.old_page_bytes, 0, "a large object takes no old page");
        assert_eq!(
            heap.fields(large),
            &vec![Value::EMPTY; MAX_NURSERY_FIELDS + 1][..]
        );
        let blob = model.blob(&mut heap, &[1; 8 * MAX_NURSERY_FIELDS]).unwrap();
        assert!(!heap.is_young(blob));
        assert_eq!(heap.info().large_objects, 2);

        // Large objects never move: the same address after every collection.
        // The largest small object is promoted into the largest cell.
        let mut roots = vec![large.value(), blob.value(), largest_small.value()];
        for kind in [CollectionKind::Minor, CollectionKind::Major] {
            heap.collect(kind, &mut roots).unwrap();
            assert_eq!(roots[..2], [large.value(), blob.value()]);
        }
        let promoted = obj_of(roots[2]);
        assert!(!heap.is_young(promoted));
        assert_eq!(heap.field_count(promoted), MAX_NURSERY_FIELDS);
        assert_eq!(heap.info().large_objects, 2);
        assert_eq!(heap.info().old_used_bytes, MAX_CELL_BYTES);
    });
}

#[test]
fn young_objects_held_only_by_a_large_object_survive() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let slots = 3 * MAX_NURSERY_FIELDS;
        let large = heap.alloc(model.node, slots).unwrap();
        let mut roots = vec![large.value()];
        for round in 0..mode.size(10, 4) as u64 {
            // A first round into the newborn (remembered) object, then rounds
            // into the old one, through the barrier.
            for slot in (round as usize % 7..slots).step_by(7) {
                let id = round * 10_000 + slot as u64;
                let young = model
                    .record(&mut heap, id, !id, &[int(round as i64)])
                    .unwrap();
                heap.set_field(large, slot, young.value());
            }
            heap.collect(CollectionKind::Minor, &mut roots).unwrap();
            assert_eq!(roots[0], large.value());
            for slot in (round as usize % 7..slots).step_by(7) {
                let id = round * 10_000 + slot as u64;
                let record = obj_of(heap.field(large, slot));
                assert!(!heap.is_young(record));
                assert_eq!(model.record_id(&heap, record), id);
                assert_eq!(model.record_stamp(&heap, record), !id);
                assert_eq!(model.record_values(&heap, record), &[int(round as i64)]);
            }
            if round % 3 == 2 {
                heap.collect(CollectionKind::Major, &mut roots).unwrap();
            }
        }
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn unreachable_large_objects_are_freed_by_the_next_collection() {
    in_every_mode(|mode| {
        // A floor above what this test allocates, so that only the explicit
        // request starts a major collection.
        let mut heap = mode.heap_with(|config| config.major_floor_bytes = 64 * MIB);
        let model = Model::register(&mut heap);
        let mut rng = Rng::new(3);
        let mut roots = Vec::new();
        let mut kept_bytes = 0;
        let mut dropped_bytes = 0;
        for i in 0..60 {
            let fields = rng.in_range(MAX_NURSERY_FIELDS + 1..40 * MAX_NURSERY_FIELDS);
            let large = if i % 2 == 0 {
                heap.alloc(model.node, fields).unwrap()
            } else {
                model.blob(&mut heap, &vec![i as u8; 8 * fields]).unwrap()
            };
            if i % 3 == 0 {
                roots.push(large.value());
                kept_bytes += heap.object_bytes(large);
            } else {
                dropped_bytes += heap.object_bytes(large);
            }
        }
        let before = heap.info();
        assert_eq!(before.large_objects, 60);
        assert_eq!(before.large_bytes, kept_bytes + dropped_bytes);
        assert_eq!(before.young_large_bytes, kept_bytes + dropped_bytes);
        // The minor collection after their birth frees the unreachable ones
        // and makes the others old.
        let young_freed_before = heap.stats().young_bytes_freed;
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let after_minor = heap.info();
        assert_eq!(after_minor.large_objects, 20);
        assert_eq!(after_minor.large_bytes, kept_bytes);
        assert_eq!(after_minor.young_large_bytes, 0);
        assert_eq!(after_minor.heap_bytes, before.heap_bytes - dropped_bytes);
        assert!(heap.stats().young_bytes_freed - young_freed_before >= dropped_bytes as u64);
        // Old ones dropped now wait for a major collection.
        let dropped_old: usize = roots
            .iter()
            .skip(1)
            .step_by(2)
            .map(|v| heap.object_bytes(obj_of(*v)))
            .sum();
        roots = roots.into_iter().step_by(2).collect();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert_eq!(heap.info().large_bytes, kept_bytes);
        let freed_before = heap.stats().bytes_freed;
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert_eq!(heap.info().large_objects, 10);
        assert_eq!(heap.info().large_bytes, kept_bytes - dropped_old);
        assert_eq!(heap.stats().bytes_freed - freed_before, dropped_old as u64);
        roots.clear();
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert_eq!((heap.info().large_objects, heap.info().large_bytes), (0, 0));
        assert_eq!(heap.heap_bytes(), heap.info().nursery_bytes);
    });
}

/// A young large object is kept by whatever reaches it in the minor
/// collection (a root, an old object through the barrier, another young
/// object, a finalizer) and keeps what it points to; a weak reference to one
/// that dies is cleared.
#[test]
fn young_large_objects_live_exactly_as_long_as_they_are_reached() {
    in_every_mode(|mode| {
        let mut heap = mode.heap_with(|config| config.major_floor_bytes = 64 * MIB);
        let model = Model::register(&mut heap);
        let weak = heap
            .register_layout(Layout::raw_then_values("weak", 1))
            .unwrap();
        let fields = 2 * MAX_NURSERY_FIELDS;
        let holder = model.node(&mut heap, &[Value::NONE, Value::NONE]).unwrap();
        let mut roots = vec![holder.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let holder = obj_of(roots[0]);
        assert!(!heap.is_young(holder));

        // Held by an old object, through the barrier.
        let by_old = heap.alloc(model.node, fields).unwrap();
        let record = model.record(&mut heap, 7, 70, &[int(7)]).unwrap();
        heap.set_field(by_old, 0, record.value());
        heap.set_field(holder, 0, by_old.value());
        assert_eq!(heap.info().remembered_set, 1);
        // Held by a young object held by a root.
        let by_young = heap.alloc(model.node, fields).unwrap();
        let young = model.node(&mut heap, &[by_young.value()]).unwrap();
        roots.push(young.value());
        // Held by nothing but a weak reference, and a finalizable one.
        let dropped = heap.alloc(model.node, fields).unwrap();
        let finalizable = heap.alloc(model.node, fields).unwrap();
        heap.set_field(finalizable, 1, int(99));
        heap.register_finalizer(finalizable);
        let weak_holder = heap.alloc(weak, 2).unwrap();
        heap.set_weak_value(weak_holder, dropped.value());
        heap.set_field(weak_holder, 1, Value::NONE);
        heap.register_weak_holder(weak_holder);
        roots.push(weak_holder.value());
        assert_eq!(heap.info().large_objects, 4);
        heap.verify(&mut roots).unwrap();

        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let info = heap.info();
        assert_eq!((info.large_objects, info.young_large_bytes), (3, 0));
        assert_eq!(
            heap.field(holder, 0),
            by_old.value(),
            "large objects never move"
        );
        let record = obj_of(heap.field(by_old, 0));
        assert!(!heap.is_young(record));
        assert_eq!(model.record_id(&heap, record), 7);
        assert_eq!(heap.field(obj_of(roots[1]), 0), by_young.value());
        assert_eq!(heap.weak_value(obj_of(roots[2])), Value::NONE);
        assert_eq!(drain_cleared(&mut heap), vec![roots[2]]);
        let finalized = drain_finalizable(&mut heap);
        assert_eq!(finalized, vec![finalizable.value()]);
        assert_eq!(heap.field(finalizable, 1), int(99));
        heap.verify(&mut roots).unwrap();

        // Once old, a large object dropped stays until a major collection.
        heap.set_field(holder, 0, Value::NONE);
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert_eq!(heap.info().large_objects, 3);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert_eq!(heap.info().large_objects, 1);
        heap.verify(&mut roots).unwrap();
    });
}

/// Young large objects use up the nursery's budget: a program that only
/// makes big temporaries gets minor collections, which free them, and no
/// major ones.
#[test]
fn big_temporaries_are_freed_by_minor_collections() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut roots = vec![];
        let nursery = heap.info().nursery_bytes;
        let blob_bytes = 16 * 1024;
        for _ in 0..mode.size(40, 8) * nursery / blob_bytes {
            model.blob(&mut heap, &vec![5u8; blob_bytes]).unwrap();
            assert!(heap.info().young_large_bytes <= nursery + blob_bytes);
            heap.safepoint(&mut roots).unwrap();
        }
        let stats = heap.stats();
        if !mode.is_stress() {
            // (Stress mode makes some requested collections major ones.)
            assert_eq!(stats.major_collections, 0);
        }
        assert!(stats.minor_collections >= mode.size(39, 7) as u64);
        assert!(heap.info().large_bytes <= nursery + blob_bytes);
    });
}

#[test]
fn large_byte_buffers_keep_their_contents() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut rng = Rng::new(4);
        let mut roots = Vec::new();
        let mut expected = Vec::new();
        for len in [4097, 10_000, 65_536, 300_001, 1 << 20] {
            let payload = rng.bytes(len);
            let blob = model.blob(&mut heap, &payload).unwrap();
            roots.push(blob.value());
            expected.push(payload);
        }
        for round in 0..4 {
            // Young garbage and young blobs in between, then a collection.
            for _ in 0..mode.size(2_000, 200) {
                let len = rng.below(300);
                model.blob(&mut heap, &rng.bytes(len)).unwrap();
                heap.safepoint(&mut roots).unwrap();
            }
            let kind = if round % 2 == 0 {
                CollectionKind::Minor
            } else {
                CollectionKind::Major
            };
            heap.collect(kind, &mut roots).unwrap();
            for (blob, payload) in roots.iter().zip(&expected) {
                assert!(model.blob_payload(&heap, obj_of(*blob)) == &payload[..]);
            }
        }
        // Rewrite one in place; the change sticks.
        let blob = obj_of(roots[3]);
        heap.bytes_mut(blob, 1)[..5].copy_from_slice(b"minno");
        expected[3][..5].copy_from_slice(b"minno");
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        for (blob, payload) in roots.iter().zip(&expected) {
            assert!(model.blob_payload(&heap, obj_of(*blob)) == &payload[..]);
        }
    });
}

/// What the mixed test expects of the object in one slot.
#[derive(Clone, Debug)]
enum Expected {
    Empty,
    /// A record with this id, holding a young-born record of id `id + 1`.
    Record {
        id: u64,
        fields: usize,
    },
    Blob {
        payload: Vec<u8>,
    },
}

fn assert_slot(heap: &Heap, model: &Model, value: Value, expected: &Expected) {
    match expected {
        Expected::Empty => assert_eq!(value, Value::NONE),
        Expected::Record { id, fields } => {
            let record = obj_of(value);
            assert_eq!(model.record_id(heap, record), *id);
            assert_eq!(heap.field_count(record), *fields);
            let inner = obj_of(heap.field(record, RECORD_RAW_FIELDS));
            assert_eq!(model.record_id(heap, inner), id + 1);
            for &value in &model.record_values(heap, record)[1..] {
                assert_eq!(value, int(*id as i64));
            }
        }
        Expected::Blob { payload } => {
            assert!(model.blob_payload(heap, obj_of(value)) == &payload[..]);
        }
    }
}

#[test]
fn many_large_and_small_objects_mixed() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut rng = Rng::new(5);
        // A large table of slots, each a small or large record or blob.
        let slots = 2 * MAX_NURSERY_FIELDS;
        let table = model.node(&mut heap, &vec![Value::NONE; slots]).unwrap();
        let mut roots = vec![table.value()];
        let mut expected = vec![Expected::Empty; slots];
        let mut next_id = 0;
        let steps = mode.size(6_000, 600);
        for step in 0..steps {
            let slot = rng.below(slots);
            let large = rng.one_in(8);
            let (obj, what) = if rng.one_in(3) {
                let len = if large {
                    rng.in_range(8 * MAX_NURSERY_FIELDS..40_000)
                } else {
                    rng.below(400)
                };
                let payload = rng.bytes(len);
                let blob = model.blob(&mut heap, &payload).unwrap();
                (blob, Expected::Blob { payload })
            } else {
                let values = if large {
                    rng.in_range(MAX_NURSERY_FIELDS..3 * MAX_NURSERY_FIELDS)
                } else {
                    rng.in_range(1..20)
                };
                let id = next_id;
                next_id += 2;
                let mut contents = vec![int(id as i64); values];
                contents[0] = model.record(&mut heap, id + 1, 0, &[]).unwrap().value();
                let record = model.record(&mut heap, id, 0, &contents).unwrap();
                let fields = RECORD_RAW_FIELDS + values;
                (record, Expected::Record { id, fields })
            };
            if large {
                assert!(!heap.is_young(obj));
            }
            heap.set_field(obj_of(roots[0]), slot, obj.value());
            expected[slot] = what;
            if rng.one_in(10) {
                let emptied = rng.below(slots);
                heap.set_field(obj_of(roots[0]), emptied, Value::NONE);
                expected[emptied] = Expected::Empty;
            }
            heap.safepoint(&mut roots).unwrap();
            if step % 500 == 499 || step == steps - 1 {
                heap.collect(CollectionKind::Major, &mut roots).unwrap();
                let table = obj_of(roots[0]);
                for (slot, what) in expected.iter().enumerate() {
                    assert_slot(&heap, &model, heap.field(table, slot), what);
                }
                let live_large = expected
                    .iter()
                    .filter(|what| match what {
                        Expected::Empty => false,
                        Expected::Record { fields, .. } => *fields > MAX_NURSERY_FIELDS,
                        Expected::Blob { payload } => {
                            blob_fields(payload.len()) > MAX_NURSERY_FIELDS
                        }
                    })
                    .count();
                // The table itself is large too; every other large object
                // not in a slot is garbage and gone.
                assert_eq!(heap.info().large_objects, live_large + 1);
            }
        }
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn young_stores_into_an_old_large_object_remember_only_their_fields() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let fields = 4 * MAX_NURSERY_FIELDS;
        let array = heap.alloc(model.node, fields).unwrap();
        let mut roots = vec![array.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert!(!heap.is_young(array));
        let slots = [3, 500, fields - 1];
        for (k, &slot) in slots.iter().enumerate() {
            let young = model
                .record(&mut heap, k as u64, 0, &[int(k as i64)])
                .unwrap();
            heap.set_field(array, slot, young.value());
        }
        // Immediates and old objects are not remembered.
        heap.set_field(array, 7, int(1));
        heap.set_field(array, 8, array.value());
        let pair: Vec<Value> = (0..2)
            .map(|k| model.node(&mut heap, &[int(10 + k)]).unwrap().value())
            .collect();
        heap.set_fields(array, 100, &pair);
        let info = heap.info();
        assert_eq!((info.remembered_set, info.remembered_fields), (0, 5));
        heap.verify(&mut roots).unwrap();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert_eq!(heap.info().remembered_fields, 0);
        for (k, &slot) in slots.iter().enumerate() {
            let record = obj_of(heap.field(array, slot));
            assert!(!heap.is_young(record));
            assert_eq!(model.record_values(&heap, record), &[int(k as i64)]);
        }
        for k in 0..2 {
            let node = obj_of(heap.field(array, 100 + k));
            assert_eq!(heap.fields(node), &[int(10 + k as i64)]);
        }

        // A young pointer moved to a field not remembered: the whole object
        // is remembered instead.
        let young = model.node(&mut heap, &[int(42)]).unwrap();
        heap.set_field(array, 10, young.value());
        heap.move_fields(array, 10..11, 20);
        heap.set_field(array, 10, Value::NONE);
        assert_eq!(heap.info().remembered_set, 1);
        heap.verify(&mut roots).unwrap();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let moved = obj_of(heap.field(array, 20));
        assert!(!heap.is_young(moved));
        assert_eq!(heap.fields(moved), &[int(42)]);
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn remembered_fields_are_bounded() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let array = heap.alloc(model.node, 2 * MAX_NURSERY_FIELDS).unwrap();
        let mut roots = vec![array.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let young = model.node(&mut heap, &[int(7)]).unwrap();
        for _ in 0..70_000 {
            heap.set_field(array, 1, young.value());
        }
        let info = heap.info();
        assert_eq!((info.remembered_fields, info.remembered_set), (65_536, 1));
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let info = heap.info();
        assert_eq!((info.remembered_fields, info.remembered_set), (0, 0));
        assert_eq!(heap.fields(obj_of(heap.field(array, 1))), &[int(7)]);
        heap.verify(&mut roots).unwrap();
    });
}
