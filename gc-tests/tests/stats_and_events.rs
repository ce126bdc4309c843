//! The collector's accounting: one event per collection with sane numbers,
//! and statistics (collections by kind, bytes allocated, promoted and freed,
//! the pause histogram) that add up.

use std::cell::RefCell;
use std::rc::Rc;

use minnow_gc_tests::*;
use minnow_heap::*;

/// Installs a listener that records every event.
fn record_events(heap: &mut Heap) -> Rc<RefCell<Vec<GcEvent>>> {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    heap.set_event_listener(Some(Box::new(move |event: &GcEvent| {
        sink.borrow_mut().push(event.clone())
    })));
    events
}

#[test]
fn one_event_per_collection_with_sane_numbers() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let events = record_events(&mut heap);
        let nursery = heap.info().nursery_bytes;
        let mut rng = Rng::new(8);
        let mut roots = vec![Value::NONE];
        // A growing list with garbage alongside, through safepoints, and
        // explicit collections of both kinds now and then.
        for i in 0..mode.size(60_000, 3_000) {
            let node = model.node(&mut heap, &[int(i as i64), roots[0]]).unwrap();
            roots[0] = node.value();
            let len = rng.below(100);
            model.blob(&mut heap, &rng.bytes(len)).unwrap();
            if i % mode.size(1, 16) == 0 {
                heap.safepoint(&mut roots).unwrap();
            }
            if i % 5_000 == 4_999 {
                heap.collect(CollectionKind::Major, &mut roots).unwrap();
            }
            if i % 1_000 == 777 {
                // Drop the list now and then: garbage to free.
                roots[0] = Value::NONE;
            }
        }
        let head = model.node(&mut heap, &[int(-1), roots[0]]).unwrap();
        roots[0] = head.value();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        // Last, everything dropped: the major collection frees every page.
        roots.clear();
        heap.collect(CollectionKind::Major, &mut roots).unwrap();

        let stats = heap.stats();
        let events = events.borrow();
        assert_eq!(events.len() as u64, stats.collections());
        let count = |kind| events.iter().filter(|e| e.kind == kind).count() as u64;
        assert_eq!(count(CollectionKind::Minor), stats.minor_collections);
        assert_eq!(count(CollectionKind::Major), stats.major_collections);
        assert!(
            stats.minor_collections > 10 && stats.major_collections > 5,
            "{stats:?}"
        );
        let promoted: usize = events.iter().map(|e| e.promoted_bytes).sum();
        let freed: usize = events.iter().map(|e| e.freed_bytes).sum();
        assert_eq!(promoted as u64, stats.bytes_promoted);
        assert_eq!(freed as u64, stats.bytes_freed);
        let pauses: u64 = events.iter().map(|e| e.pause_ns).sum();
        assert_eq!(pauses, stats.pause_total_ns);
        assert_eq!(
            events.iter().map(|e| e.pause_ns).max(),
            Some(stats.pause_max_ns)
        );
        assert!(pauses > 0);
        for pair in events.windows(2) {
            assert!(pair[0].start_ns + pair[0].pause_ns <= pair[1].start_ns);
        }
        let (last, earlier) = events.split_last().unwrap();
        for event in earlier {
            assert!(event.heap_bytes_before >= nursery && event.heap_bytes_after >= nursery);
            assert!(event.nursery_bytes <= nursery, "{event:?}");
            // Before each of these collections a new head was put on the list.
            assert!(event.promoted_bytes > 0, "{event:?}");
            if event.kind == CollectionKind::Minor {
                assert_eq!(event.freed_bytes, 0, "a minor collection sweeps nothing");
            }
            let json = event.to_json();
            assert!(json.starts_with(&format!("{{\"kind\":\"{}\"", event.kind.name())));
            assert!(json.contains(&format!("\"promoted\":{}", event.promoted_bytes)));
            assert!(json.ends_with('}') && !json.contains('\n'));
        }
        assert!(earlier
            .iter()
            .any(|e| e.kind == CollectionKind::Major && e.freed_bytes > 0));
        assert_eq!(last.kind, CollectionKind::Major);
        assert_eq!((last.promoted_bytes, last.nursery_bytes), (0, 0));
        assert!(last.freed_bytes > 0);
        assert!(last.heap_bytes_before > nursery);
        assert_eq!(last.heap_bytes_after, nursery);
    });
}

#[test]
fn the_remembered_set_size_is_reported() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let events = record_events(&mut heap);
        let mut roots: Vec<Value> = (0..30)
            .map(|_| model.node(&mut heap, &[Value::NONE]).unwrap().value())
            .collect();
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        for &holder in roots.iter().take(12) {
            let young = model.node(&mut heap, &[int(5)]).unwrap();
            heap.set_field(obj_of(holder), 0, young.value());
            // A second young store into the same holder changes nothing.
            let other = model.node(&mut heap, &[int(6)]).unwrap();
            heap.set_field(obj_of(holder), 0, other.value());
        }
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let last = events.borrow().last().cloned().unwrap();
        assert_eq!(last.remembered_set_size, 12);
        // Only the second young node of each holder survived.
        assert_eq!(last.promoted_bytes, 12 * 16);
        assert_eq!(last.nursery_bytes, 24 * 16);
    });
}

#[test]
fn stats_count_collections_and_bytes() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let fresh = heap.stats();
        assert_eq!(fresh.collections(), 0);
        assert_eq!(fresh.bytes_allocated, 0);
        assert_eq!(fresh.pause_histogram.len(), PAUSE_BUCKETS);

        // Allocated: every byte, young or large.
        let mut roots = Vec::new();
        let mut node_bytes = 0;
        for i in 0..500 {
            let node = model.node(&mut heap, &[int(i), Value::NONE]).unwrap();
            node_bytes += heap.object_bytes(node);
            roots.push(node.value());
        }
        let large = heap.alloc(model.node, MAX_NURSERY_FIELDS + 1).unwrap();
        let large_bytes = heap.object_bytes(large);
        assert_eq!(
            heap.stats().bytes_allocated,
            (node_bytes + large_bytes) as u64
        );

        // Promoted: exactly the young survivors. The unreachable large
        // object, born young, is freed with the nursery's dead.
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let stats = heap.stats();
        assert_eq!(stats.bytes_promoted, node_bytes as u64);
        assert_eq!(stats.young_bytes_freed, large_bytes as u64);
        assert_eq!(heap.info().large_objects, 0);
        assert_eq!(stats.collections(), 1);
        assert_eq!(stats.live_bytes, heap.old_bytes() as u64);

        // Freed: what the major collection took from the old and large spaces.
        let old_before = heap.old_bytes();
        roots.truncate(100);
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let stats = heap.stats();
        assert_eq!(
            stats.bytes_freed,
            (old_before - heap.old_bytes()) as u64,
            "{stats:?}"
        );
        assert!(stats.bytes_freed >= (400 * node_bytes / 500) as u64);
        assert_eq!(
            stats.bytes_promoted, node_bytes as u64,
            "nothing young was left"
        );
        assert_eq!(stats.live_bytes, heap.old_bytes() as u64);

        // Counts by kind (too few collections for stress mode's periodic
        // major one).
        for _ in 0..5 {
            heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        }
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let stats = heap.stats();
        assert_eq!((stats.minor_collections, stats.major_collections), (6, 2));
        assert_eq!(
            stats.pause_histogram.iter().sum::<u64>(),
            stats.collections()
        );
        assert!(stats.pause_total_ns >= stats.pause_max_ns && stats.pause_max_ns > 0);
        assert!(stats.pause_quantile_ns(0.5) <= stats.pause_quantile_ns(1.0));
        assert!(stats.peak_heap_bytes >= (heap.heap_bytes() + large_bytes) as u64);
        assert_eq!(stats.out_of_memory_errors, 0);
    });
}

#[test]
fn refused_allocations_are_counted() {
    in_every_mode(|mode| {
        let limit = 2 * MIB;
        let mut heap = mode.heap_with(|config| config.heap_limit = Some(limit));
        let model = Model::register(&mut heap);
        assert!(heap.alloc(model.blob, limit).is_err());
        assert_eq!(heap.stats().out_of_memory_errors, 1);
        let mut roots = Vec::new();
        let error = loop {
            match heap.alloc(model.blob, 8 * KIB) {
                Ok(blob) => roots.push(blob.value()),
                Err(error) => break error,
            }
        };
        assert!(matches!(error, HeapError::LimitReached { .. }), "{error}");
        assert_eq!(heap.stats().out_of_memory_errors, 2);
        assert!(heap.stats().peak_heap_bytes as usize > limit);
    });
}
