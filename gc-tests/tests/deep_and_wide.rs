//! A very deep linked list and wide trees keep exactly their contents
//! through repeated minor and major collections interleaved with garbage.
//! The depth checks that no part of the collector (or the verifier)
//! recurses on the object graph; the width checks large, high fan-out nodes.

use minnow_gc_tests::*;
use minnow_heap::*;

/// Allocates about `bytes` of unreachable nodes and blobs, with a safepoint
/// every `safepoint_every` objects.
fn churn(
    heap: &mut Heap,
    model: &Model,
    roots: &mut Vec<Value>,
    (bytes, safepoint_every): (usize, usize),
    rng: &mut Rng,
) {
    let mut allocated = 0;
    let mut objects = 0;
    while allocated < bytes {
        let obj = if rng.one_in(4) {
            let len = rng.below(200);
            model.blob(heap, &rng.bytes(len)).unwrap()
        } else {
            let fields = vec![Value::NONE; rng.below(8)];
            model.node(heap, &fields).unwrap()
        };
        allocated += heap.object_bytes(obj);
        objects += 1;
        if objects % safepoint_every == 0 {
            heap.safepoint(roots).unwrap();
        }
    }
}

/// Collects minor then major, `rounds` times, with garbage in between,
/// calling `check` after every collection.
fn collect_repeatedly(
    heap: &mut Heap,
    model: &Model,
    mode: &Mode,
    roots: &mut Vec<Value>,
    rounds: usize,
    check: impl Fn(&Heap, &[Value]),
) {
    let mut rng = Rng::new(0x5eed);
    let garbage = (
        mode.size(3 * NORMAL_NURSERY_BYTES, 16 * KIB),
        mode.size(1, 64),
    );
    for _ in 0..rounds {
        churn(heap, model, roots, garbage, &mut rng);
        heap.collect(CollectionKind::Minor, roots).unwrap();
        check(heap, roots);
        churn(heap, model, roots, garbage, &mut rng);
        heap.collect(CollectionKind::Major, roots).unwrap();
        check(heap, roots);
    }
    heap.verify(roots).unwrap();
}

// ----- the deep list ------------------------------------------------------------

/// The checksum and length of the list of nodes `[payload, next]` from `head`.
fn list_checksum(heap: &Heap, head: Value) -> (Checksum, usize, Value) {
    let mut sum = Checksum::default();
    let mut len = 0;
    let mut at = head;
    let mut last = Value::EMPTY;
    while let Some(node) = at.as_obj() {
        assert_eq!(heap.field_count(node), 2, "list node {len}");
        sum.add_word(heap.field(node, 0).bits());
        len += 1;
        last = at;
        at = heap.field(node, 1);
    }
    assert_eq!(at, Value::NONE, "the list ends in None");
    (sum, len, last)
}

#[test]
fn a_deep_list_keeps_its_contents() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut rng = Rng::new(1);
        let len = mode.size(200_000, 20_000);
        let safepoint_every = mode.size(1, 200);
        // Appending at the tail: every link is a store into an older node,
        // most often an old one, through the barrier.
        let head = model.node(&mut heap, &[int(0), Value::NONE]).unwrap();
        let mut expected = Checksum::default();
        expected.add_word(int(0).bits());
        let mut roots = vec![head.value(), head.value()];
        for i in 1..len {
            let payload = if i % 3 == 0 {
                rng.immediate()
            } else {
                int(i as i64)
            };
            expected.add_word(payload.bits());
            let node = model.node(&mut heap, &[payload, Value::NONE]).unwrap();
            heap.set_field(obj_of(roots[1]), 1, node.value());
            roots[1] = node.value();
            if i % safepoint_every == 0 {
                heap.safepoint(&mut roots).unwrap();
            }
        }
        let check = |heap: &Heap, roots: &[Value]| {
            let (sum, found_len, last) = list_checksum(heap, roots[0]);
            assert_eq!(found_len, len);
            assert_eq!(sum, expected);
            assert_eq!(last, roots[1], "the tail root is the last node");
        };
        check(&heap, &roots);
        collect_repeatedly(&mut heap, &model, mode, &mut roots, 3, check);
        let stats = heap.stats();
        assert!(stats.major_collections >= 3 && stats.minor_collections >= 3);
    });
}

#[test]
fn a_deep_list_built_from_the_head_survives_one_collection_of_it_all() {
    // Prepending until the nursery is full, with no safepoint: the whole
    // list is young when the collection runs, so one minor collection must
    // evacuate a chain as long as the nursery holds.
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut roots = vec![Value::NONE];
        let mut young_len = 0;
        loop {
            let node = model.node(&mut heap, &[int(young_len), roots[0]]).unwrap();
            if !heap.is_young(node) {
                break;
            }
            roots[0] = node.value();
            young_len += 1;
        }
        let node_bytes = 3 * 8;
        assert_eq!(young_len as usize, heap.info().nursery_bytes / node_bytes);
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let mut at = roots[0];
        for expected in (0..young_len).rev() {
            let node = obj_of(at);
            assert!(!heap.is_young(node));
            assert_eq!(int_of(heap.field(node, 0)), expected);
            at = heap.field(node, 1);
        }
        assert_eq!(at, Value::NONE);
        assert_eq!(heap.info().nursery_used, 0);
    });
}

// ----- wide trees ------------------------------------------------------------------

/// Builds the children of the node at the top of `roots` (which is its only
/// root, and is re-read after every safepoint): nodes with `fanouts[1]`
/// fields while levels remain, then leaves (blobs and records) whose
/// contents go into `sum` in depth-first order.
#[allow(clippy::too_many_arguments)]
fn build_tree(
    heap: &mut Heap,
    model: &Model,
    roots: &mut Vec<Value>,
    fanouts: &[usize],
    rng: &mut Rng,
    sum: &mut Checksum,
    leaves: &mut usize,
    safepoint_every: usize,
) {
    for i in 0..fanouts[0] {
        let child = match fanouts.get(1) {
            Some(&fanout) => model.node(heap, &vec![Value::EMPTY; fanout]).unwrap(),
            None => {
                *leaves += 1;
                if *leaves % 2 == 0 {
                    let len = rng.below(64);
                    let payload = rng.bytes(len);
                    sum.add_bytes(&payload);
                    model.blob(heap, &payload).unwrap()
                } else {
                    let stamp = rng.next_u64();
                    sum.add_word(*leaves as u64);
                    sum.add_word(stamp);
                    model
                        .record(heap, *leaves as u64, stamp, &[int(i as i64)])
                        .unwrap()
                }
            }
        };
        let parent = obj_of(*roots.last().unwrap());
        heap.set_field(parent, i, child.value());
        if fanouts.len() > 1 {
            roots.push(child.value());
            build_tree(
                heap,
                model,
                roots,
                &fanouts[1..],
                rng,
                sum,
                leaves,
                safepoint_every,
            );
            roots.pop();
        } else if *leaves % safepoint_every == 0 {
            heap.safepoint(roots).unwrap();
        }
    }
}

/// The checksum and leaf count of the tree at `root`, depth first, checking
/// every interior node's fan-out on the way.
fn tree_checksum(heap: &Heap, model: &Model, root: Value, fanouts: &[usize]) -> (Checksum, usize) {
    let mut sum = Checksum::default();
    let mut leaves = 0;
    let mut pending = vec![(root, 0)];
    while let Some((value, depth)) = pending.pop() {
        let obj = obj_of(value);
        if depth < fanouts.len() {
            assert_eq!(
                heap.layout_of(obj),
                model.node,
                "interior node at depth {depth}"
            );
            assert_eq!(heap.field_count(obj), fanouts[depth]);
            let children = heap.fields(obj);
            pending.extend(children.iter().rev().map(|&child| (child, depth + 1)));
        } else if heap.layout_of(obj) == model.blob {
            leaves += 1;
            sum.add_bytes(model.blob_payload(heap, obj));
        } else {
            leaves += 1;
            let id = model.record_id(heap, obj);
            sum.add_word(id);
            sum.add_word(model.record_stamp(heap, obj));
            assert_eq!(id, leaves as u64, "leaves are in build order");
        }
    }
    (sum, leaves)
}

#[test]
fn wide_trees_keep_their_contents() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let mut rng = Rng::new(2);
        // The root is a large object; the levels below have high fan-out.
        let fanouts = if mode.is_stress() {
            vec![MAX_NURSERY_FIELDS + 9, 4, 3]
        } else {
            vec![MAX_NURSERY_FIELDS + 89, 40, 5]
        };
        let root = model
            .node(&mut heap, &vec![Value::EMPTY; fanouts[0]])
            .unwrap();
        assert!(!heap.is_young(root), "a node this wide is born large");
        let mut roots = vec![root.value()];
        let mut expected = Checksum::default();
        let mut leaves = 0;
        build_tree(
            &mut heap,
            &model,
            &mut roots,
            &fanouts,
            &mut rng,
            &mut expected,
            &mut leaves,
            mode.size(1, 100),
        );
        assert_eq!(roots.len(), 1);
        assert_eq!(leaves, fanouts.iter().product::<usize>());
        let check = |heap: &Heap, roots: &[Value]| {
            let (sum, found) = tree_checksum(heap, &model, roots[0], &fanouts);
            assert_eq!(found, leaves);
            assert_eq!(sum, expected);
        };
        check(&heap, &roots);
        collect_repeatedly(&mut heap, &model, mode, &mut roots, 3, check);
        assert_eq!(heap.info().large_objects, 1);
    });
}

#[test]
fn a_wide_young_node_is_evacuated_whole() {
    // The widest node the nursery takes, full of young children, and only
    // itself rooted: one minor collection moves all of them.
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let wide = heap.alloc(model.node, MAX_NURSERY_FIELDS).unwrap();
        assert!(heap.is_young(wide));
        for i in 0..MAX_NURSERY_FIELDS {
            let child = model.record(&mut heap, i as u64, !(i as u64), &[]).unwrap();
            heap.set_field(wide, i, child.value());
        }
        let mut roots = vec![wide.value()];
        for round in 0..3 {
            heap.collect(CollectionKind::Minor, &mut roots).unwrap();
            let wide = obj_of(roots[0]);
            assert!(!heap.is_young(wide), "round {round}");
            for (i, &child) in heap.fields(wide).iter().enumerate() {
                let child = obj_of(child);
                assert_eq!(model.record_id(&heap, child), i as u64);
                assert_eq!(model.record_stamp(&heap, child), !(i as u64));
            }
        }
    });
}
