//! Scoped roots (`Heap::root_scope`, `Rooted`): what native code holds
//! across a safepoint survives and is updated when its object moves; scopes
//! nest; what a scope rooted is collectable once the scope ends. Identity
//! (`Heap::identity`) is stable for an object's life and distinct between
//! live objects, young or old.

use std::collections::HashSet;

use minnow_gc_tests::*;
use minnow_heap::*;

#[test]
fn scoped_roots_survive_collections_and_follow_moves() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let scope = heap.root_scope();
        let blob = model.blob(&mut heap, b"scoped").unwrap();
        let node = model.node(&mut heap, &[int(42), blob.value()]).unwrap();
        let rooted_node = scope.root(node.value());
        let rooted_int = scope.root(int(7));
        let large = heap.alloc(model.node, MAX_NURSERY_FIELDS + 1).unwrap();
        heap.set_field(large, 0, node.value());
        let rooted_large = scope.root(large.value());
        assert!(heap.is_young(node));

        heap.collect(CollectionKind::Minor, &mut ()).unwrap();
        let moved = obj_of(rooted_node.get());
        assert_ne!(moved, node, "a young object moves when promoted");
        assert!(!heap.is_young(moved));
        assert_eq!(
            rooted_large.get(),
            large.value(),
            "large objects never move"
        );
        assert_eq!(heap.field(large, 0), moved.value());
        for kind in [
            CollectionKind::Major,
            CollectionKind::Minor,
            CollectionKind::Major,
        ] {
            heap.collect(kind, &mut ()).unwrap();
            let node = obj_of(rooted_node.get());
            assert_eq!(node, moved, "old objects never move");
            assert_eq!(heap.field(node, 0), int(42));
            assert_eq!(
                model.blob_payload(&heap, obj_of(heap.field(node, 1))),
                b"scoped"
            );
            assert_eq!(rooted_int.get(), int(7));
        }
        heap.verify(&mut ()).unwrap();

        // `set` replaces what a root holds: the old node becomes garbage
        // once the large object lets go of it too.
        let replacement = model.node(&mut heap, &[int(43)]).unwrap();
        rooted_node.set(replacement.value());
        heap.set_field(large, 0, Value::NONE);
        let before = heap.old_bytes();
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        assert_eq!(heap.field(obj_of(rooted_node.get()), 0), int(43));
        // The new one-field node came in, the old node and its blob went.
        assert!(
            heap.old_bytes() < before,
            "{before} then {}",
            heap.old_bytes()
        );
        drop(scope);
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        assert_eq!(heap.old_bytes(), 0);
    });
}

#[test]
fn nested_scopes_release_their_roots_when_they_end() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let outer = heap.root_scope();
        let kept = outer.root(model.node(&mut heap, &[int(1)]).unwrap().value());
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        let baseline = heap.old_bytes();
        {
            let inner = heap.root_scope();
            let blobs: Vec<Rooted> = (0..100)
                .map(|i| inner.root(model.blob(&mut heap, &[i; 1000]).unwrap().value()))
                .collect();
            {
                let innermost = heap.root_scope();
                let node = model.node(&mut heap, &[blobs[0].get()]).unwrap();
                let rooted_node = innermost.root(node.value());
                // Only the innermost open scope may add roots.
                let message = expect_panic(|| {
                    outer.root(Value::NONE);
                });
                assert!(message.contains("innermost"), "{message}");
                heap.collect(CollectionKind::Major, &mut ()).unwrap();
                let node = obj_of(rooted_node.get());
                assert_eq!(heap.field(node, 0), blobs[0].get());
            }
            heap.collect(CollectionKind::Major, &mut ()).unwrap();
            assert!(heap.old_bytes() >= baseline + 100 * 1000);
            for (i, blob) in blobs.iter().enumerate() {
                assert_eq!(
                    model.blob_payload(&heap, obj_of(blob.get())),
                    &[i as u8; 1000][..]
                );
            }
        }
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        assert_eq!(
            heap.old_bytes(),
            baseline,
            "the blobs went with their scope"
        );
        assert_eq!(heap.field(obj_of(kept.get()), 0), int(1));
        // The outer scope is the innermost again: it may add roots.
        let again = outer.root(model.node(&mut heap, &[int(2)]).unwrap().value());
        heap.collect(CollectionKind::Minor, &mut ()).unwrap();
        assert_eq!(heap.field(obj_of(again.get()), 0), int(2));
    });
}

#[test]
fn a_scope_cannot_end_while_a_scope_inside_it_is_open() {
    // Before `RootScope::drop` refused, dropping the outer scope first
    // truncated the root stack under the inner scope's `Rooted`s: their
    // objects were collected, and `get` then read another scope's root.
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let outer = heap.root_scope();
        outer.root(model.node(&mut heap, &[int(1)]).unwrap().value());
        let inner = heap.root_scope();
        let rooted = inner.root(model.node(&mut heap, &[int(2)]).unwrap().value());
        let message = expect_panic(|| drop(outer));
        assert!(message.contains("RootScope was dropped"), "{message}");
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        assert_eq!(heap.field(obj_of(rooted.get()), 0), int(2));
        let innermost = heap.root_scope();
        let other = innermost.root(int(99));
        assert_eq!(heap.field(obj_of(rooted.get()), 0), int(2));
        assert_eq!(other.get(), int(99));
        drop(innermost);
        drop(inner);
        heap.verify(&mut ()).unwrap();
    });
}

#[test]
fn many_scoped_roots_of_a_long_list() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let len = mode.size(20_000, 2_000);
        let scope = heap.root_scope();
        // Each node rooted on its own and linked to the previous one.
        let mut rooted = Vec::with_capacity(len);
        for i in 0..len {
            let previous = rooted.last().map_or(Value::NONE, |r: &Rooted| r.get());
            let node = model.node(&mut heap, &[int(i as i64), previous]).unwrap();
            rooted.push(scope.root(node.value()));
            if i % 100 == 99 {
                heap.safepoint(&mut ()).unwrap();
            }
        }
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        for (i, root) in rooted.iter().enumerate() {
            let node = obj_of(root.get());
            assert_eq!(heap.field(node, 0), int(i as i64));
            let previous = if i == 0 {
                Value::NONE
            } else {
                rooted[i - 1].get()
            };
            assert_eq!(heap.field(node, 1), previous);
        }
        drop(rooted);
        drop(scope);
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        assert_eq!(heap.old_bytes(), 0);
    });
}

#[test]
fn identity_is_stable_and_distinct() {
    in_every_mode(|mode| {
        let mut heap = mode.heap();
        let model = Model::register(&mut heap);
        let scope = heap.root_scope();
        let count = 300;
        let mut rooted = Vec::new();
        let mut ids = Vec::new();
        for i in 0..count {
            let obj = if i % 50 == 0 {
                heap.alloc(model.node, MAX_NURSERY_FIELDS + 1).unwrap()
            } else {
                model.node(&mut heap, &[int(i)]).unwrap()
            };
            rooted.push(scope.root(obj.value()));
            // Ask for two out of three identities while young.
            if i % 3 != 0 {
                ids.push(Some(heap.identity(obj)));
            } else {
                ids.push(None);
            }
            // Young garbage asked for an identity too.
            let garbage = model.node(&mut heap, &[]).unwrap();
            heap.identity(garbage);
        }
        // Checks every identity known so far against what `identity` says
        // now, and that no two are equal; with `complete`, first asks for
        // the ones not known yet.
        let assert_stable =
            |heap: &mut Heap, ids: &mut Vec<Option<u64>>, complete: bool, when: &str| {
                let mut seen = HashSet::new();
                for (root, id) in rooted.iter().zip(ids.iter_mut()) {
                    if id.is_none() && !complete {
                        continue;
                    }
                    let now = heap.identity(obj_of(root.get()));
                    assert_eq!(*id.get_or_insert(now), now, "identity changed {when}");
                    assert!(seen.insert(now), "identity {now:#x} given twice {when}");
                }
            };
        assert_stable(&mut heap, &mut ids, false, "while young");
        for (round, kind) in [
            CollectionKind::Minor,
            CollectionKind::Major,
            CollectionKind::Minor,
            CollectionKind::Major,
        ]
        .into_iter()
        .enumerate()
        {
            heap.collect(kind, &mut ()).unwrap();
            // The first time here, the objects not asked while young are
            // asked now that they are old.
            assert_stable(
                &mut heap,
                &mut ids,
                true,
                &format!("after collection {round}"),
            );
            // Fresh young objects with identities next to the old ones.
            let young: Vec<ObjRef> = (0..50)
                .map(|_| model.node(&mut heap, &[]).unwrap())
                .collect();
            let young_ids: HashSet<u64> = young.iter().map(|&obj| heap.identity(obj)).collect();
            assert_eq!(young_ids.len(), young.len());
            for id in ids.iter().flatten() {
                assert!(!young_ids.contains(id), "a young object shares {id:#x}");
            }
        }
        // Drop half of the objects; new objects reuse their memory but never
        // the identity of a live object.
        let survivors: Vec<u64> = ids.iter().step_by(2).map(|id| id.unwrap()).collect();
        let kept: Vec<Value> = rooted.iter().step_by(2).map(|r| r.get()).collect();
        drop(rooted);
        drop(scope);
        let scope = heap.root_scope();
        let kept: Vec<Rooted> = kept.into_iter().map(|v| scope.root(v)).collect();
        heap.collect(CollectionKind::Major, &mut ()).unwrap();
        let newcomers: Vec<Rooted> = (0..count)
            .map(|i| scope.root(model.node(&mut heap, &[int(i)]).unwrap().value()))
            .collect();
        heap.collect(CollectionKind::Minor, &mut ()).unwrap();
        let live: HashSet<u64> = survivors.iter().copied().collect();
        for (root, &id) in kept.iter().zip(&survivors) {
            assert_eq!(heap.identity(obj_of(root.get())), id);
        }
        for newcomer in &newcomers {
            let id = heap.identity(obj_of(newcomer.get()));
            assert!(
                !live.contains(&id),
                "a new object took the live identity {id:#x}"
            );
        }
        heap.verify(&mut ()).unwrap();
    });
}
