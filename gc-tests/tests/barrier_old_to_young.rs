//! Old-to-young pointers: stores into old objects go through the write
//! barrier (`set_field`, `set_fields`; `move_fields` moves what the object
//! already holds), so young objects reachable only through old ones survive
//! a minor collection with their contents. Objects born outside the nursery
//! are remembered from birth. The verifier accepts every legal state and
//! rejects a broken one.

use minnow_gc_tests::*;
use minnow_heap::*;

/// A young record identified by `id`, holding `id` as a value too.
fn young_record(heap: &mut Heap, model: &Model, id: u64) -> ObjRef {
    let obj = model
        .record(heap, id, id ^ 0xabcd, &[int(id as i64)])
        .unwrap();
    assert!(heap.is_young(obj), "record {id} was not allocated young");
    obj
}

/// Checks that `value` is the (now promoted) record `id`.
fn assert_promoted_record(heap: &Heap, model: &Model, value: Value, id: u64) {
    let obj = obj_of(value);
    assert!(!heap.is_young(obj), "record {id} is still young");
    assert_eq!(model.record_id(heap, obj), id);
    assert_eq!(model.record_stamp(heap, obj), id ^ 0xabcd);
    assert_eq!(model.record_values(heap, obj), &[int(id as i64)]);
}

/// Holders of every kind, rooted and promoted: small nodes, records, and
/// large nodes (born old).
fn old_holders(heap: &mut Heap, model: &Model, roots: &mut Vec<Value>) {
    for _ in 0..40 {
        let node = heap.alloc(model.node, 8).unwrap();
        roots.push(node.value());
        let record = model.record(heap, 0, 0, &[Value::NONE; 8]).unwrap();
        roots.push(record.value());
    }
    for _ in 0..2 {
        let large = heap.alloc(model.node, MAX_NURSERY_FIELDS + 1).unwrap();
        roots.push(large.value());
    }
    heap.collect(CollectionKind::Minor, roots).unwrap();
    for &holder in roots.iter() {
        assert!(!heap.is_young(obj_of(holder)));
    }
    assert_eq!(heap.info().remembered_set, 0);
}

#[test]
fn young_objects_stored_into_old_holders_survive_a_minor_collection() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut roots = Vec::new();
        old_holders(&mut heap, &model, &mut roots);
        let mut next_id = 0;
        let mut id = || {
            next_id += 1;
            next_id
        };
        // Per holder: which value field holds which record id.
        let mut expected: Vec<Vec<(usize, u64)>> = Vec::new();
        // No safepoint until the collection below: the references stay valid.
        let holders: Vec<ObjRef> = roots.iter().map(|&holder| obj_of(holder)).collect();
        for (index, holder) in holders.into_iter().enumerate() {
            let first = model.first_value_field(heap.layout_of(holder));
            let (a, b) = (id(), id());
            let record_a = young_record(&mut heap, &model, a);
            let record_b = young_record(&mut heap, &model, b);
            // A store through `set_field`, and one through `set_fields` whose
            // young pointer comes after an immediate and a pointer to an old
            // object (the holder itself).
            let store_a = |heap: &mut Heap| heap.set_field(holder, first, record_a.value());
            let store_b = |heap: &mut Heap| {
                let values = [int(5), holder.value(), record_b.value(), Value::TRUE];
                heap.set_fields(holder, first + 1, &values)
            };
            // Half the holders see one store first, half the other: each
            // kind must remember a holder that is not remembered yet.
            let (first_store, second_store) = if index % 2 == 0 {
                (
                    &store_a as &dyn Fn(&mut Heap),
                    &store_b as &dyn Fn(&mut Heap),
                )
            } else {
                (
                    &store_b as &dyn Fn(&mut Heap),
                    &store_a as &dyn Fn(&mut Heap),
                )
            };
            // A large holder remembers the fields stored into, one each,
            // and stays out of the remembered set; any other is remembered
            // whole at its first young store.
            let large = heap.field_count(holder) > MAX_NURSERY_FIELDS;
            let fields_before = heap.info().remembered_fields;
            first_store(&mut heap);
            let whole = index + usize::from(!large);
            assert_eq!(heap.info().remembered_set, whole, "holder {index}");
            second_store(&mut heap);
            assert_eq!(heap.info().remembered_set, whole, "holder {index} twice");
            let fields_added = heap.info().remembered_fields - fields_before;
            assert_eq!(fields_added, if large { 2 } else { 0 }, "holder {index}");
            heap.verify(&mut roots).unwrap();
            // Shift fields first..first+4 up by three: field `first` moves to
            // `first + 3` and `first + 3` to `first + 6`. Then overwrite the
            // fields left behind, so only the moved copies hold the records.
            // Moved young pointers get a large holder remembered whole.
            heap.move_fields(holder, first..first + 4, first + 3);
            heap.set_fields(holder, first, &[Value::NONE, Value::NONE, Value::NONE]);
            assert_eq!(
                heap.info().remembered_set,
                index + 1,
                "holder {index} moved"
            );
            expected.push(vec![(first + 3, a), (first + 6, b)]);
        }
        assert_eq!(heap.info().remembered_set, roots.len());
        heap.verify(&mut roots).unwrap();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert_eq!(heap.info().remembered_set, 0);
        for (&holder, held) in roots.iter().zip(&expected) {
            let holder = obj_of(holder);
            for &(field, id) in held {
                assert_promoted_record(&heap, &model, heap.field(holder, field), id);
            }
            let first = model.first_value_field(heap.layout_of(holder));
            assert_eq!(heap.field(holder, first + 4), int(5));
            assert_eq!(heap.field(holder, first + 5), holder.value());
        }
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn an_old_field_overwritten_many_times_keeps_only_its_last_value() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let promoted = std::rc::Rc::new(std::cell::Cell::new(0));
        let seen = promoted.clone();
        heap.set_event_listener(Some(Box::new(move |event: &GcEvent| {
            seen.set(event.promoted_bytes)
        })));
        let holder = model.node(&mut heap, &[Value::NONE, Value::NONE]).unwrap();
        let mut roots = vec![holder.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let holder = obj_of(roots[0]);

        // Without a safepoint: every overwritten record dies young, and the
        // minor collection promotes exactly the last one.
        let mut last = holder;
        for i in 0..1000 {
            last = young_record(&mut heap, &model, i);
            heap.set_field(holder, 0, last.value());
            let other = if i % 2 == 0 { last.value() } else { marker(i) };
            heap.set_field(holder, 1, other);
        }
        heap.verify(&mut roots).unwrap();
        let last_bytes = heap.object_bytes(last);
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert_eq!(promoted.get(), last_bytes);
        let holder = obj_of(roots[0]);
        assert_promoted_record(&heap, &model, heap.field(holder, 0), 999);
        assert_eq!(heap.field(holder, 1), marker(999));

        // With safepoints (every one collects in stress mode): after each,
        // the holder's field leads to the last record stored.
        for i in 0..mode.size(20_000, 2_000) as u64 {
            let holder = obj_of(roots[0]);
            // Young, or born old once the nursery is full.
            let record = model.record(&mut heap, i, 0, &[]).unwrap();
            heap.set_field(holder, 0, record.value());
            if i % 10 == 9 {
                heap.safepoint(&mut roots).unwrap();
                let holder = obj_of(roots[0]);
                let id = model.record_id(&heap, obj_of(heap.field(holder, 0)));
                assert_eq!(id, i);
            }
        }
        heap.verify(&mut roots).unwrap();
    });
}

/// An immediate that tells which iteration stored it.
fn marker(i: u64) -> Value {
    Value::float(i as f64 + 0.5).unwrap()
}

#[test]
fn objects_born_outside_the_nursery_start_remembered() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        // A large node is born young large: outside the nursery, and not
        // remembered, since the minor collection scans it if it survives.
        let large = heap.alloc(model.node, 4 * MAX_NURSERY_FIELDS).unwrap();
        assert!(!heap.is_young(large));
        assert_eq!(heap.info().remembered_set, 0);
        assert_eq!(heap.info().young_large_bytes, heap.object_bytes(large));
        // Fill the nursery with records; the first one that does not fit is
        // born old and remembered, and asks for a collection.
        let mut young = Vec::new();
        let overflow = loop {
            let id = young.len() as u64;
            let record = model
                .record(&mut heap, id, id ^ 0xabcd, &[int(id as i64)])
                .unwrap();
            if !heap.is_young(record) {
                break record;
            }
            young.push(record);
        };
        assert!(heap.collection_requested());
        assert_eq!(heap.info().remembered_set, 1);
        let born_old = heap.alloc(model.node, 8).unwrap();
        assert!(!heap.is_young(born_old));
        assert_eq!(heap.info().remembered_set, 2);
        assert!(
            young.len() > 100,
            "only {} records fit the nursery",
            young.len()
        );

        // Initializing stores of young pointers into them, and nothing else
        // rooted: the remembered set (and, for the large node, its own
        // survival) alone keeps the young records alive.
        let picks: Vec<usize> = (0..8).map(|k| k * (young.len() - 1) / 7).collect();
        let values: Vec<Value> = picks.iter().map(|&k| young[k].value()).collect();
        heap.set_fields(born_old, 0, &values);
        for (slot, k) in (0..young.len()).step_by(3).enumerate() {
            heap.set_field(large, slot, young[k].value());
        }
        heap.set_field(overflow, RECORD_RAW_FIELDS, young[1].value());
        let mut roots = vec![large.value(), born_old.value(), overflow.value()];
        heap.verify(&mut roots).unwrap();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        assert_eq!(heap.info().remembered_set, 0);
        assert_eq!(heap.info().nursery_used, 0);
        assert_eq!(heap.info().young_large_bytes, 0);

        let born_old = obj_of(roots[1]);
        for (field, &k) in picks.iter().enumerate() {
            assert_promoted_record(&heap, &model, heap.field(born_old, field), k as u64);
        }
        let large = obj_of(roots[0]);
        for (slot, k) in (0..young.len()).step_by(3).enumerate() {
            assert_promoted_record(&heap, &model, heap.field(large, slot), k as u64);
        }
        let overflow = obj_of(roots[2]);
        assert_promoted_record(&heap, &model, heap.field(overflow, RECORD_RAW_FIELDS), 1);
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn the_verifier_rejects_dangling_pointers() {
    // A pointer that outlives its object (a stale `ObjRef`, the one contract
    // the type system cannot check) is the broken invariant the public API
    // can build: storing it is safe, only following it is not. (A missed
    // barrier it cannot build: see `move_fields_never_mixes_raw_and_traced_fields`
    // and the verifier's own unit test in `heap/src/verify.rs`.)
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let holder = model.node(&mut heap, &[Value::NONE]).unwrap();
        let mut roots = vec![holder.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let dead = model.node(&mut heap, &[int(1)]).unwrap();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let holder = obj_of(roots[0]);
        heap.set_field(holder, 0, dead.value());
        let error = heap.verify(&mut roots).unwrap_err();
        assert!(error.0.contains("which is no object"), "{error}");
        heap.set_field(holder, 0, Value::NONE);
        heap.verify(&mut roots).unwrap();
        // A root that dangles is caught too.
        roots.push(dead.value());
        let error = heap.verify(&mut roots).unwrap_err();
        assert!(error.0.contains("does not point at an object"), "{error}");
        roots.pop();
        // A pointer to an old object that a major collection freed.
        let doomed = model.node(&mut heap, &[int(2)]).unwrap();
        roots.push(doomed.value());
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let freed = roots.pop().unwrap();
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let holder = obj_of(roots[0]);
        heap.set_field(holder, 0, freed);
        let error = heap.verify(&mut roots).unwrap_err();
        assert!(error.0.contains("which is no object"), "{error}");
        heap.set_field(holder, 0, Value::NONE);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
    });
}

#[test]
fn move_fields_never_mixes_raw_and_traced_fields() {
    // Before `move_fields` checked this, a raw word holding a young object's
    // address moved into a value field of an old record was an old-to-young
    // pointer that never passed the barrier (the verifier caught it as one),
    // and any other raw word moved there was a forged pointer.
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let record = model.record(&mut heap, 0, 0, &[int(1), int(2)]).unwrap();
        let blob = model.blob(&mut heap, b"abcdefgh12345678").unwrap();
        let mut roots = vec![record.value(), blob.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let (record, blob) = (obj_of(roots[0]), obj_of(roots[1]));
        let young = model.node(&mut heap, &[int(7)]).unwrap();
        heap.set_raw(record, 1, young.value().bits());
        let raw_into_traced = expect_panic(|| heap.move_fields(record, 1..2, 2));
        assert!(raw_into_traced.contains("move_fields"), "{raw_into_traced}");
        let traced_into_raw = expect_panic(|| heap.move_fields(record, 2..4, 0));
        assert!(traced_into_raw.contains("move_fields"), "{traced_into_raw}");
        let straddling = expect_panic(|| heap.move_fields(record, 1..3, 2));
        assert!(straddling.contains("move_fields"), "{straddling}");
        heap.verify(&mut roots).unwrap();
        assert_eq!(model.record_values(&heap, record), &[int(1), int(2)]);

        // Moves within one kind are fine, empty ones anywhere.
        heap.move_fields(record, 3..4, 2);
        assert_eq!(model.record_values(&heap, record), &[int(2), int(2)]);
        heap.move_fields(record, 0..1, 1);
        assert_eq!(model.record_stamp(&heap, record), 0);
        heap.move_fields(blob, 2..3, 1);
        assert_eq!(model.blob_payload(&heap, blob), b"1234567812345678");
        heap.move_fields(record, 1..1, 3);
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn raw_stores_stay_out_of_traced_fields() {
    // `set_raws` checks its whole range at once, and `copy_bytes` may read a
    // traced field's word but never write into one: a raw word there could
    // be taken for a pointer.
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let record = model.record(&mut heap, 0, 0, &[int(1), int(2)]).unwrap();
        let blob = model.blob(&mut heap, b"abcdefgh12345678").unwrap();
        heap.set_raws(record, 0, &[7, 9]);
        assert_eq!(model.record_stamp(&heap, record), 9);
        let into_values = expect_panic(|| heap.set_raws(record, 1, &[3, 4]));
        assert!(
            into_values.contains("raw store into traced fields"),
            "{into_values}"
        );
        let past_the_end = expect_panic(|| heap.set_raws(blob, 3, &[0, 0]));
        assert!(past_the_end.contains("raw store"), "{past_the_end}");
        heap.set_raws(record, 2, &[]);

        heap.copy_bytes((record, 2), 0, (blob, 1), 8, 8);
        assert_eq!(
            &model.blob_payload(&heap, blob)[8..],
            &int(1).bits().to_ne_bytes()
        );
        let onto_values = expect_panic(|| heap.copy_bytes((blob, 1), 0, (record, 2), 0, 8));
        assert!(!onto_values.is_empty());
        assert_eq!(model.record_values(&heap, record), &[int(1), int(2)]);
        let mut roots = vec![record.value(), blob.value()];
        heap.verify(&mut roots).unwrap();
    });
}
