//! The heap limit: a growing live structure ends in a `HeapError` (the
//! VM's `MemoryError`), never a panic; once the structure is dropped the
//! heap works again and runs out at about the same point; absurd requests
//! fail at once without touching memory.

use minnow_gc_tests::*;
use minnow_heap::*;

/// How a growth run ended.
#[derive(Debug)]
struct RunOut {
    /// Links in the list when the error came.
    links: usize,
    error: HeapError,
}

/// The payload of the blob in link `index`, if it has one: every fourth
/// link holds a small blob, every 64th a large one.
fn payload(index: usize) -> Option<Vec<u8>> {
    match index % 64 {
        0 => Some(vec![index as u8; 6000]),
        i if i % 4 == 0 => Some(vec![index as u8; 100]),
        _ => None,
    }
}

/// Grows a rooted list (at `roots[0]`, newest link first) of nodes
/// `[index, blob or None, next]` until allocation or a safepoint fails. In
/// stress mode every safepoint is a verified collection, so they are spaced
/// out there.
fn grow_until_out_of_memory(
    heap: &mut Heap,
    model: &Model,
    mode: &Mode,
    roots: &mut Vec<Value>,
) -> RunOut {
    let safepoint_every = mode.size(1, 64);
    let mut links = 0;
    let error = loop {
        let blob = match payload(links) {
            Some(bytes) => match model.blob(heap, &bytes) {
                Ok(blob) => blob.value(),
                Err(error) => break error,
            },
            None => Value::NONE,
        };
        match model.node(heap, &[int(links as i64), blob, roots[0]]) {
            Ok(node) => roots[0] = node.value(),
            Err(error) => break error,
        }
        links += 1;
        if links % safepoint_every == 0 {
            if let Err(error) = heap.safepoint(roots) {
                break error;
            }
        }
    };
    RunOut { links, error }
}

/// The list at `head` holds exactly `links` links with their contents.
fn assert_list(heap: &Heap, model: &Model, head: Value, links: usize) {
    let mut at = head;
    for index in (0..links).rev() {
        let node = obj_of(at);
        assert_eq!(int_of(heap.field(node, 0)), index as i64);
        match payload(index) {
            Some(bytes) => {
                let blob = obj_of(heap.field(node, 1));
                assert!(model.blob_payload(heap, blob) == &bytes[..], "blob {index}");
            }
            None => assert_eq!(heap.field(node, 1), Value::NONE),
        }
        at = heap.field(node, 2);
    }
    assert_eq!(at, Value::NONE);
}

fn assert_out_of_memory_error(error: HeapError, limit: usize) {
    match error {
        HeapError::LimitReached { requested_bytes } => {
            assert!(requested_bytes > 0 && requested_bytes <= limit, "{error}")
        }
        HeapError::StillOverLimit {
            heap_bytes,
            limit: reported,
        } => assert!(reported == limit && heap_bytes > limit, "{error}"),
        other => panic!("not an out-of-memory error: {other:?}"),
    }
}

#[test]
fn a_growing_structure_runs_out_and_the_heap_recovers() {
    in_every_mode(|mode| {
        let limit = mode.size(4 * MIB, 2 * MIB);
        let mut heap = mode.heap_with(|config| config.heap_limit = Some(limit));
        let model = Model::register(&mut heap);
        let mut roots = vec![Value::NONE];
        let first = grow_until_out_of_memory(&mut heap, &model, mode, &mut roots);
        assert_out_of_memory_error(first.error, limit);
        // Past the limit by at most the reserve (a sixteenth of the limit,
        // at least four pages) and one nursery's worth of promotions.
        let nursery = heap.info().nursery_bytes;
        let peak = heap.stats().peak_heap_bytes as usize;
        assert!(
            peak <= limit + (limit / 16).max(4 * PAGE_BYTES) + nursery,
            "the heap grew to {peak} bytes"
        );
        assert!(heap.stats().out_of_memory_errors >= 1);
        assert!(first.links > 1000, "ran out after only {first:?}");
        assert_list(&heap, &model, roots[0], first.links);
        heap.verify(&mut roots).unwrap();

        roots[0] = Value::NONE;
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        heap.verify(&mut roots).unwrap();
        assert_eq!(heap.old_bytes(), 0);
        assert_eq!(heap.heap_bytes(), heap.info().nursery_bytes);

        // Garbage many times the limit goes through without an error.
        let garbage_node_bytes = 7 * 8;
        for i in 0..3 * limit / garbage_node_bytes {
            model.node(&mut heap, &[Value::NONE; 6]).unwrap();
            if i % mode.size(1, 64) == 0 {
                heap.safepoint(&mut roots).unwrap();
            }
        }
        heap.safepoint(&mut roots).unwrap();

        let second = grow_until_out_of_memory(&mut heap, &model, mode, &mut roots);
        assert_out_of_memory_error(second.error, limit);
        assert_list(&heap, &model, roots[0], second.links);
        let ratio = second.links as f64 / first.links as f64;
        assert!(
            (0.9..=1.1).contains(&ratio),
            "first run out at {first:?}, the second at {second:?}"
        );
        roots[0] = Value::NONE;
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert_eq!(heap.old_bytes(), 0);
    });
}

#[test]
fn absurd_sizes_fail_at_once_with_too_large() {
    in_every_mode(|mode| {
        for limit in [None, Some(4 * MIB)] {
            with_context(&format!("limit {limit:?}"), || {
                let mut heap = mode.heap_with(|config| config.heap_limit = limit);
                let model = Model::register(&mut heap);
                let kept = model.node(&mut heap, &[int(1)]).unwrap();
                let mut roots = vec![kept.value()];
                heap.collect(CollectionKind::Minor, &mut roots).unwrap();
                let before = heap.info();
                let requested = heap.collection_requested();
                // Fields a header cannot describe, and (with a limit) objects
                // larger than the whole limit.
                let mut absurd = vec![usize::MAX, usize::MAX - 1, 1 << 40, u32::MAX as usize];
                if let Some(limit) = limit {
                    absurd.extend([limit / 8, limit, 1 << 31]);
                }
                for fields in absurd {
                    for layout in [model.node, model.blob, model.record] {
                        assert_eq!(
                            heap.alloc(layout, fields),
                            Err(HeapError::TooLarge {
                                requested_fields: fields
                            })
                        );
                    }
                }
                assert_eq!(heap.info(), before, "a refused request changed the heap");
                assert_eq!(heap.collection_requested(), requested);
                heap.verify(&mut roots).unwrap();

                let large = heap.alloc(model.node, 2 * MAX_NURSERY_FIELDS).unwrap();
                heap.set_field(large, 0, roots[0]);
                roots.push(large.value());
                heap.collect(CollectionKind::Major, &mut roots).unwrap();
                assert_eq!(heap.field(obj_of(roots[1]), 0), roots[0]);
                assert_eq!(heap.field(obj_of(roots[0]), 0), int(1));
            });
        }
    });
}

/// The fields of a blob whose object takes `bytes` (at least 16).
fn blob_fields_for_bytes(bytes: usize) -> usize {
    bytes / 8 - 1
}

#[test]
fn a_request_beyond_the_reserve_fails_at_once_and_one_within_it_is_served() {
    in_every_mode(|mode| {
        let limit = 4 * MIB;
        let mut heap = mode.heap_with(|config| config.heap_limit = Some(limit));
        let model = Model::register(&mut heap);
        let mut roots = Vec::new();
        for _ in 0..6 {
            roots.push(heap.alloc(model.blob, 64 * KIB).unwrap().value());
        }
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        let room = limit - heap.heap_bytes();
        assert!(room > 512 * KIB, "{:?}", heap.info());

        // Far beyond the reserve: refused, and nothing changed but a request
        // for a full collection.
        let before = heap.info();
        let beyond = blob_fields_for_bytes(room + limit / 2);
        assert_eq!(
            heap.alloc(model.blob, beyond),
            Err(HeapError::LimitReached {
                requested_bytes: 8 * (beyond + 1)
            })
        );
        assert_eq!(heap.info(), before);
        assert!(heap.collection_requested());
        heap.safepoint(&mut roots).unwrap();

        // Just past the limit, within the reserve: served, and the next
        // safepoint reports the heap still over its limit while it is live.
        let within = blob_fields_for_bytes(room + 16 * KIB);
        let big = heap.alloc(model.blob, within).unwrap();
        assert!(heap.heap_bytes() > limit);
        assert!(heap.collection_requested());
        roots.push(big.value());
        match heap.safepoint(&mut roots) {
            Err(HeapError::StillOverLimit {
                heap_bytes,
                limit: reported,
            }) => assert!(reported == limit && heap_bytes > limit),
            other => panic!("expected StillOverLimit, got {other:?}"),
        }
        assert_eq!(heap.field_count(obj_of(roots[6])), within);

        // Dropped, it goes, and the heap is under its limit again.
        roots.pop();
        heap.collect(CollectionKind::Major, &mut roots).unwrap();
        assert!(heap.heap_bytes() <= limit);
        assert_eq!(heap.info().large_objects, 6);
        heap.verify(&mut roots).unwrap();
    });
}

#[test]
fn large_objects_run_out_at_the_same_count_every_time() {
    in_every_mode(|mode| {
        let limit = 2 * MIB;
        let mut heap = mode.heap_with(|config| config.heap_limit = Some(limit));
        let model = Model::register(&mut heap);
        let mut counts = Vec::new();
        for _ in 0..3 {
            let mut roots: Vec<Value> = Vec::new();
            let error = loop {
                match model.blob(&mut heap, &[roots.len() as u8; 50_000]) {
                    Ok(blob) => roots.push(blob.value()),
                    Err(error) => break error,
                }
                if let Err(error) = heap.safepoint(&mut roots) {
                    break error;
                }
            };
            assert_out_of_memory_error(error, limit);
            for (i, &blob) in roots.iter().enumerate() {
                assert!(model.blob_payload(&heap, obj_of(blob)) == &[i as u8; 50_000][..]);
            }
            counts.push(roots.len());
            roots.clear();
            heap.collect(CollectionKind::Major, &mut roots).unwrap();
            assert_eq!(heap.heap_bytes(), heap.info().nursery_bytes);
        }
        assert!(counts[0] > 20, "{counts:?}");
        assert!(counts.iter().all(|&count| count == counts[0]), "{counts:?}");
    });
}
