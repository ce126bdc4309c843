//! What the VM's `gc` module builds on: counts of the objects a collection
//! frees, the kind of each collection known before it starts, and the
//! knobs that change while the heap runs (automatic major collections, the
//! nursery size, the growth factor).

use std::cell::RefCell;
use std::rc::Rc;

use minnow_gc_tests::*;
use minnow_heap::*;

fn record_events(heap: &mut Heap) -> Rc<RefCell<Vec<GcEvent>>> {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    heap.set_event_listener(Some(Box::new(move |event: &GcEvent| {
        sink.borrow_mut().push(event.clone())
    })));
    events
}

fn last(events: &Rc<RefCell<Vec<GcEvent>>>) -> GcEvent {
    events.borrow().last().cloned().expect("a collection ran")
}

#[test]
fn collections_count_the_objects_they_free() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let events = record_events(&mut heap);
        let mut roots = Vec::new();
        let mut node_bytes = 0;
        for i in 0..300 {
            let node = model.node(&mut heap, &[int(i)]).unwrap();
            node_bytes = heap.object_bytes(node);
            if i % 3 == 0 {
                roots.push(node.value());
            }
        }
        // An explicit minor collection walks the nursery: 200 died there.
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let minor = last(&events);
        assert_eq!(minor.kind, CollectionKind::Minor);
        assert_eq!(minor.freed_objects, 200);
        assert_eq!(minor.young_freed_bytes, 200 * node_bytes);
        assert_eq!(minor.promoted_bytes, 100 * node_bytes);
        assert_eq!(minor.nursery_capacity, heap.info().nursery_bytes);

        // A major one counts what it sweeps and what died young.
        roots.truncate(50);
        for i in 0..10 {
            model.node(&mut heap, &[int(i)]).unwrap();
        }
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let major = last(&events);
        assert_eq!(major.kind, CollectionKind::Major);
        assert_eq!(major.freed_objects, 50 + 10);
        assert_eq!(major.freed_bytes, heap.stats().bytes_freed as usize);

        // A requested minor collection touches only survivors: it counts no
        // objects, but the bytes it frees exactly.
        while !heap.collection_requested() {
            model.node(&mut heap, &[int(0)]).unwrap();
        }
        heap.safepoint(&mut roots).unwrap();
        let automatic = last(&events);
        assert_eq!(automatic.kind, CollectionKind::Minor);
        assert_eq!(automatic.freed_objects, 0);
        assert_eq!(automatic.young_freed_bytes, automatic.nursery_bytes);

        let stats = heap.stats();
        assert_eq!(stats.minor_objects_freed, 200);
        assert_eq!(stats.major_objects_freed, 60);
        let young: usize = events.borrow().iter().map(|e| e.young_freed_bytes).sum();
        assert_eq!(stats.young_bytes_freed, young as u64);
    });
}

#[test]
fn each_collection_is_of_the_kind_requested_before_it() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let events = record_events(&mut heap);
        let mut roots = vec![Value::NONE];
        let mut majors_after_a_minor = 0;
        for i in 0..mode.size(200_000, 6_000) {
            let node = model.node(&mut heap, &[int(i as i64), roots[0]]).unwrap();
            roots[0] = node.value();
            if i % 40_000 == 39_999 {
                roots[0] = Value::NONE;
            }
            let Some(kind) = heap.requested_collection() else {
                continue;
            };
            let count = events.borrow().len();
            heap.safepoint(&mut roots).unwrap();
            let event = last(&events);
            assert_eq!(events.borrow().len(), count + 1);
            assert_eq!(event.kind, kind, "collection {count}");
            if heap.requested_collection() == Some(CollectionKind::Major) {
                // Promotion took the old space past its threshold: the major
                // collection waits for the next safepoint.
                assert_eq!(event.kind, CollectionKind::Minor);
                majors_after_a_minor += 1;
            }
        }
        assert!(heap.stats().major_collections > 0);
        if !mode.is_stress() {
            assert!(majors_after_a_minor > 0);
        }
    });
}

#[test]
fn automatic_major_collections_can_be_switched_off() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        heap.set_automatic_major(false);
        assert!(!heap.automatic_major());
        let mut roots = vec![Value::NONE];
        for i in 0..mode.size(300_000, 20_000) {
            let node = model.node(&mut heap, &[int(i as i64), roots[0]]).unwrap();
            roots[0] = node.value();
            heap.safepoint(&mut roots).unwrap();
        }
        let stats = heap.stats();
        assert_eq!(stats.major_collections, 0, "{stats:?}");
        assert!(stats.minor_collections > 0);
        if !mode.is_stress() {
            assert!(heap.old_bytes() > heap.info().major_threshold);
        }
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert_eq!(heap.stats().major_collections, 1);
        assert_eq!(heap.requested_collection(), None);
    });
}

#[test]
fn switched_off_major_collections_still_run_at_the_heap_limit() {
    let mode = &modes()[0];
    let limit = 4 * MIB;
    let mut heap = mode.heap_with(|config| config.heap_limit = Some(limit));
    let model = Model::register(&mut heap);
    heap.set_automatic_major(false);
    let mut roots = vec![Value::NONE];
    // Lists of a few hundred KiB, each kept through collections and then
    // dropped: old garbage that only a major collection frees.
    for i in 0..400_000 {
        let node = model.node(&mut heap, &[int(i), roots[0]]).unwrap();
        roots[0] = node.value();
        if i % 20_000 == 19_999 {
            roots[0] = Value::NONE;
        }
        heap.safepoint(&mut roots).unwrap();
    }
    assert!(heap.stats().major_collections > 0);
    assert!(heap.heap_bytes() <= limit);
}

#[test]
fn switching_major_collections_back_on_requests_a_due_one() {
    let mut heap = modes()[0].heap();
    let model = Model::register(&mut heap);
    heap.set_automatic_major(false);
    let mut roots = vec![Value::NONE];
    while heap.old_bytes() <= heap.info().major_threshold {
        let node = model.node(&mut heap, &[int(1), roots[0]]).unwrap();
        roots[0] = node.value();
        heap.safepoint(&mut roots).unwrap();
    }
    assert_ne!(heap.requested_collection(), Some(CollectionKind::Major));
    heap.set_automatic_major(true);
    assert_eq!(heap.requested_collection(), Some(CollectionKind::Major));
}

#[test]
fn the_nursery_can_be_resized_while_the_heap_runs() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let events = record_events(&mut heap);
        let before = heap.info().nursery_bytes;
        let mut roots = vec![Value::NONE];
        for i in 0..1000 {
            let node = model.node(&mut heap, &[int(i), roots[0]]).unwrap();
            roots[0] = node.value();
        }
        let allocated = heap.stats().bytes_allocated;
        heap.set_nursery_bytes(256 * KIB);
        assert_eq!(heap.requested_collection(), Some(CollectionKind::Minor));
        heap.safepoint(&mut roots).unwrap();
        assert_eq!(last(&events).nursery_capacity, before);
        assert_eq!(heap.info().nursery_bytes, 256 * KIB);
        assert_eq!(heap.config().nursery_bytes, 256 * KIB);
        assert_eq!(heap.stats().bytes_allocated, allocated);
        let node = model.node(&mut heap, &[int(-1), roots[0]]).unwrap();
        roots[0] = node.value();
        assert!(heap.is_young(node));
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let mut count = 0;
        let mut at = roots[0];
        while at != Value::NONE {
            count += 1;
            at = heap.field(obj_of(at), 1);
        }
        assert_eq!(count, 1001, "the list survived the change of nursery");
        // Too small a size is raised to the minimum.
        heap.set_nursery_bytes(KIB);
        heap.safepoint(&mut roots).unwrap();
        assert_eq!(heap.info().nursery_bytes, MIN_NURSERY_BYTES);
    });
}

#[test]
fn the_growth_factor_moves_the_next_major_collection() {
    let mut heap = modes()[0].heap_with(|config| config.major_floor_bytes = 64 * KIB);
    let model = Model::register(&mut heap);
    let mut roots = vec![Value::NONE];
    for i in 0..30_000 {
        let node = model.node(&mut heap, &[int(i), roots[0]]).unwrap();
        roots[0] = node.value();
    }
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    let live = heap.old_bytes();
    assert!(live > 64 * KIB);
    let default_growth = HeapConfig::default().growth_factor;
    assert_eq!(
        heap.info().major_threshold,
        (live as f64 * default_growth) as usize
    );
    heap.set_growth_factor(3.0);
    assert_eq!(heap.info().major_threshold, live * 3);
    heap.set_growth_factor(0.5);
    assert_eq!(heap.config().growth_factor, 1.0);
    assert_eq!(heap.info().major_threshold, live);
    assert_eq!(
        heap.requested_collection(),
        None,
        "live bytes are not growth"
    );
}

#[test]
fn the_nursery_follows_the_old_space_unless_a_size_is_given() {
    let mut heap = Heap::new(HeapConfig::default()).unwrap();
    let model = Model::register(&mut heap);
    assert_eq!(heap.info().nursery_bytes, MIN_ADAPTIVE_NURSERY_BYTES);
    // About 3 MiB of live nodes: the nursery grows to an eighth of that,
    // rounded up to a power of two.
    let mut roots = vec![Value::NONE];
    for i in 0..100_000 {
        let node = model.node(&mut heap, &[int(i), roots[0]]).unwrap();
        roots[0] = node.value();
        heap.safepoint(&mut roots).unwrap();
    }
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    let live = heap.old_bytes();
    assert!(live > 2 * MIB && live < 4 * MIB, "{live}");
    assert_eq!(heap.info().nursery_bytes, (live / 8).next_power_of_two());
    // Once the list dies, the nursery shrinks back.
    roots[0] = Value::NONE;
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    assert_eq!(heap.info().nursery_bytes, MIN_ADAPTIVE_NURSERY_BYTES);
    // A size given by hand stays, whatever the heap holds.
    heap.set_nursery_bytes(128 * KIB);
    heap.safepoint(&mut roots).unwrap();
    for i in 0..100_000 {
        let node = model.node(&mut heap, &[int(i), roots[0]]).unwrap();
        roots[0] = node.value();
        heap.safepoint(&mut roots).unwrap();
    }
    heap.collect(CollectionKind::Major, &mut roots).unwrap();
    assert_eq!(heap.info().nursery_bytes, 128 * KIB);
    let mut config = HeapConfig::default();
    config.set("nursery", Some("512K")).unwrap();
    assert!(!config.adaptive_nursery);
}
