//! Weak holders and finalizable objects: a weak reference is cleared (and
//! reported once) when its referent dies, and updated when it moves; an
//! unreachable finalizable object is resurrected with everything it reaches
//! and queued once, an object before the objects it refers to; queued
//! objects stay alive until taken.

use minnow_gc_tests::*;
use minnow_heap::*;

/// A weak holder: raw field 0 is the weak value, then one traced value.
fn weak_layout(heap: &mut Heap) -> LayoutId {
    heap.register_layout(Layout::raw_then_values("weak", 1))
        .unwrap()
}

fn weak_to(heap: &mut Heap, layout: LayoutId, referent: Value) -> ObjRef {
    let holder = heap.alloc(layout, 2).unwrap();
    heap.set_weak_value(holder, referent);
    heap.set_field(holder, 1, Value::NONE);
    heap.register_weak_holder(holder);
    holder
}

#[test]
fn weak_references_follow_moves_and_clear_on_death() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let weak = weak_layout(&mut heap);
        let kept = model.record(&mut heap, 1, 11, &[int(1)]).unwrap();
        let dropped = model.record(&mut heap, 2, 22, &[int(2)]).unwrap();
        let to_kept = weak_to(&mut heap, weak, kept.value());
        let to_dropped = weak_to(&mut heap, weak, dropped.value());
        let to_int = weak_to(&mut heap, weak, int(7));
        let mut roots = vec![
            kept.value(),
            to_kept.value(),
            to_dropped.value(),
            to_int.value(),
        ];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();

        let (kept, to_kept, to_dropped, to_int) = (
            obj_of(roots[0]),
            obj_of(roots[1]),
            obj_of(roots[2]),
            obj_of(roots[3]),
        );
        assert_eq!(
            heap.weak_value(to_kept),
            kept.value(),
            "follows its referent's move"
        );
        assert_eq!(model.record_id(&heap, obj_of(heap.weak_value(to_kept))), 1);
        assert_eq!(heap.weak_value(to_dropped), Value::NONE);
        assert_eq!(
            heap.weak_value(to_int),
            int(7),
            "immediates are never cleared"
        );
        assert_eq!(drain_cleared(&mut heap), vec![to_dropped.value()]);

        // Now the old referent dies: a major collection clears it.
        roots[0] = Value::NONE;
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert_eq!(heap.weak_value(to_kept), Value::NONE);
        assert_eq!(drain_cleared(&mut heap), vec![to_kept.value()]);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert!(drain_cleared(&mut heap).is_empty(), "reported once");

        // A dead holder is forgotten: nothing dangles when its memory is reused.
        roots.truncate(0);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        for i in 0..200 {
            roots.push(
                model
                    .record(&mut heap, i, i, &[int(i as i64)])
                    .unwrap()
                    .value(),
            );
        }
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert!(drain_cleared(&mut heap).is_empty());
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn unreachable_finalizable_objects_are_resurrected_and_queued_once() {
    in_every_mode(|mode| {
        for kind in [CollectionKind::Minor, CollectionKind::Major] {
            let mut heap = mode.heap();
            let model = Model::register(&mut heap);
            let payload = model.record(&mut heap, 9, 99, &[int(9)]).unwrap();
            let subject = model.record(&mut heap, 5, 55, &[payload.value()]).unwrap();
            heap.register_finalizer(subject);
            let mut roots = vec![subject.value()];
            if kind == CollectionKind::Major {
                heap.collect(CollectionKind::Minor, &mut roots).unwrap();
                assert!(drain_finalizable(&mut heap).is_empty(), "still reachable");
            }
            roots.clear();
            heap.collect(kind, &mut roots).unwrap();
            // Queued objects are roots: more collections keep them whole.
            heap.collect(CollectionKind::Minor, &mut roots).unwrap();
            heap.collect(CollectionKind::Major, &mut roots).unwrap();
            let queued = drain_finalizable(&mut heap);
            assert_eq!(queued.len(), 1, "{kind:?}");
            let subject = obj_of(queued[0]);
            assert_eq!(model.record_id(&heap, subject), 5);
            let payload = obj_of(model.record_values(&heap, subject)[0]);
            assert_eq!(model.record_id(&heap, payload), 9);
            assert_eq!(model.record_values(&heap, payload), &[int(9)]);

            // Resurrected by its finalizer, then dropped again: not queued twice.
            roots.push(queued[0]);
            heap.collect(CollectionKind::Major, &mut roots).unwrap();
            roots.clear();
            heap.collect(CollectionKind::Major, &mut roots).unwrap();
            assert!(drain_finalizable(&mut heap).is_empty());
            heap.verify(&mut roots).unwrap();
        }
    });
}

#[test]
fn an_object_is_finalized_before_the_objects_it_refers_to() {
    in_every_mode(|mode| {
        for kind in [CollectionKind::Minor, CollectionKind::Major] {
            let mut heap = mode.heap();
            let model = Model::register(&mut heap);
            // Registered inner first, so order of registration cannot be
            // what puts the outer one first.
            let inner = model.record(&mut heap, 2, 0, &[Value::NONE]).unwrap();
            heap.register_finalizer(inner);
            let outer = model.record(&mut heap, 1, 0, &[inner.value()]).unwrap();
            heap.register_finalizer(outer);
            // And a cycle of two: the first registered goes first.
            let a = model.record(&mut heap, 3, 0, &[Value::NONE]).unwrap();
            let b = model.record(&mut heap, 4, 0, &[a.value()]).unwrap();
            heap.set_field(a, model.first_value_field(model.record), b.value());
            heap.register_finalizer(a);
            heap.register_finalizer(b);
            let mut roots = Vec::new();
            if kind == CollectionKind::Major {
                roots = vec![outer.value(), a.value()];
                heap.collect(CollectionKind::Minor, &mut roots).unwrap();
                roots.clear();
            }
            let ids = |heap: &mut Heap, model: &Model| -> Vec<u64> {
                drain_finalizable(heap)
                    .into_iter()
                    .map(|v| model.record_id(heap, obj_of(v)))
                    .collect()
            };
            heap.collect(kind, &mut roots).unwrap();
            assert_eq!(ids(&mut heap, &model), vec![1, 3], "{kind:?}");
            // The survivors are old now: a major collection finds them.
            heap.collect(CollectionKind::Minor, &mut roots).unwrap();
            assert!(ids(&mut heap, &model).is_empty(), "{kind:?}");
            heap.collect(CollectionKind::Major, &mut roots).unwrap();
            assert_eq!(ids(&mut heap, &model), vec![2, 4], "{kind:?}");
            heap.collect(CollectionKind::Major, &mut roots).unwrap();
            assert!(ids(&mut heap, &model).is_empty());
            heap.verify(&mut roots).unwrap();
        }
    });
}

#[test]
fn weak_references_to_finalized_objects_are_cleared_first() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let weak = weak_layout(&mut heap);
        let subject = model.record(&mut heap, 1, 0, &[Value::NONE]).unwrap();
        let other = model.record(&mut heap, 2, 0, &[int(2)]).unwrap();
        // A holder reachable only from the finalizable object, weakly
        // referring to another dying object.
        let inner_holder = weak_to(&mut heap, weak, other.value());
        heap.set_field(
            subject,
            model.first_value_field(model.record),
            inner_holder.value(),
        );
        heap.register_finalizer(subject);
        let outer_holder = weak_to(&mut heap, weak, subject.value());
        let mut roots = vec![outer_holder.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();

        let outer_holder = obj_of(roots[0]);
        assert_eq!(
            heap.weak_value(outer_holder),
            Value::NONE,
            "cleared before finalization"
        );
        assert_eq!(
            drain_cleared(&mut heap),
            vec![outer_holder.value()],
            "only the live holder reports"
        );
        let queued = drain_finalizable(&mut heap);
        assert_eq!(queued.len(), 1);
        let inner_holder = obj_of(model.record_values(&heap, obj_of(queued[0]))[0]);
        assert_eq!(heap.weak_value(inner_holder), Value::NONE);
        roots.push(queued[0]);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert!(drain_cleared(&mut heap).is_empty());
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn at_shutdown_everything_registered_is_queued_outer_objects_first() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        // A chain outer -> middle -> inner, registered innermost first (as a
        // stream's layers are made), and one object on its own.
        let inner = model.record(&mut heap, 3, 0, &[Value::NONE]).unwrap();
        heap.register_finalizer(inner);
        let middle = model.record(&mut heap, 2, 0, &[inner.value()]).unwrap();
        heap.register_finalizer(middle);
        let alone = model.record(&mut heap, 4, 0, &[Value::NONE]).unwrap();
        heap.register_finalizer(alone);
        let outer = model.record(&mut heap, 1, 0, &[middle.value()]).unwrap();
        heap.register_finalizer(outer);
        let mut roots = vec![outer.value(), alone.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        heap.finalize_all_registered();
        let ids: Vec<u64> = drain_finalizable(&mut heap)
            .into_iter()
            .map(|v| model.record_id(&heap, obj_of(v)))
            .collect();
        assert_eq!(ids, vec![4, 1, 2, 3]);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert!(drain_finalizable(&mut heap).is_empty(), "each queued once");
    });
}
