//! Seeded random mutation sequences checked against a shadow model: a
//! Rust-side graph of the same objects, ids and field contents. After every
//! safepoint and collection the heap graph reachable from the roots must be
//! the shadow graph exactly (same shape, same sharing, same immediates and
//! raw contents), and `verify` must pass after every step.
//!
//! A failure names its mode, seed and step. `GC_TEST_SEED=<n>` runs only
//! seed n (under each test's weights).

use std::collections::HashMap;

use minnow_gc_tests::*;
use minnow_heap::*;

/// What a shadow field holds: an immediate (or `EMPTY`), or shadow object `id`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Slot {
    Immediate(Value),
    Object(usize),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Kind {
    Node,
    Blob,
    Record,
}

#[derive(Clone, Debug)]
struct ShadowObject {
    kind: Kind,
    /// A blob's payload, or a record's two raw words as bytes.
    raw: Vec<u8>,
    values: Vec<Slot>,
    /// What `Heap::identity` answered, once asked.
    identity: Option<u64>,
}

/// The expected heap: every object ever allocated, by id, and the roots.
#[derive(Default)]
struct Shadow {
    objects: Vec<ShadowObject>,
    roots: Vec<Slot>,
}

/// The state of one run: the heap and its shadow side by side.
struct Run {
    heap: Heap,
    model: Model,
    rng: Rng,
    roots: Vec<Value>,
    shadow: Shadow,
    /// Objects that may be used until the next safepoint (reachable at the
    /// last check, or allocated since), with their shadow ids.
    usable: Vec<(ObjRef, usize)>,
    checks: usize,
}

const MAX_ROOTS: usize = 24;

impl Run {
    /// A random value to store: an immediate, or a usable object.
    fn random_value(&mut self) -> (Value, Slot) {
        if self.usable.is_empty() || self.rng.one_in(3) {
            let value = self.rng.immediate();
            (value, Slot::Immediate(value))
        } else {
            let (obj, id) = self.usable[self.rng.below(self.usable.len())];
            (obj.value(), Slot::Object(id))
        }
    }

    /// A usable object with at least one value field, and its value fields'
    /// first index in the heap object.
    fn random_holder(&mut self) -> Option<(ObjRef, usize, usize)> {
        for _ in 0..8 {
            if self.usable.is_empty() {
                return None;
            }
            let (obj, id) = self.usable[self.rng.below(self.usable.len())];
            if !self.shadow.objects[id].values.is_empty() {
                let first = self.model.first_value_field(self.heap.layout_of(obj));
                return Some((obj, id, first));
            }
        }
        None
    }

    fn new_object(&mut self, obj: ObjRef, shadow: ShadowObject) -> usize {
        let id = self.shadow.objects.len();
        self.shadow.objects.push(shadow);
        self.usable.push((obj, id));
        id
    }

    fn alloc_node(&mut self) -> (ObjRef, usize) {
        let len = if self.rng.one_in(150) {
            self.rng
                .in_range(MAX_NURSERY_FIELDS + 1..MAX_NURSERY_FIELDS + 40)
        } else {
            self.rng.below(7)
        };
        let (values, slots): (Vec<Value>, Vec<Slot>) =
            (0..len).map(|_| self.random_value()).unzip();
        let obj = self.model.node(&mut self.heap, &values).unwrap();
        let id = self.new_object(
            obj,
            ShadowObject {
                kind: Kind::Node,
                raw: Vec::new(),
                values: slots,
                identity: None,
            },
        );
        (obj, id)
    }

    fn alloc_blob(&mut self) -> (ObjRef, usize) {
        let len = if self.rng.one_in(100) {
            self.rng
                .in_range(8 * MAX_NURSERY_FIELDS..8 * MAX_NURSERY_FIELDS + 500)
        } else {
            self.rng.below(60)
        };
        let payload = self.rng.bytes(len);
        let obj = self.model.blob(&mut self.heap, &payload).unwrap();
        let id = self.new_object(
            obj,
            ShadowObject {
                kind: Kind::Blob,
                raw: payload,
                values: Vec::new(),
                identity: None,
            },
        );
        (obj, id)
    }

    fn alloc_record(&mut self) -> (ObjRef, usize) {
        let len = self.rng.below(6);
        let (values, slots): (Vec<Value>, Vec<Slot>) =
            (0..len).map(|_| self.random_value()).unzip();
        let id = self.shadow.objects.len();
        let stamp = self.rng.next_u64();
        let obj = self
            .model
            .record(&mut self.heap, id as u64, stamp, &values)
            .unwrap();
        let raw = [(id as u64).to_le_bytes(), stamp.to_le_bytes()].concat();
        let new_id = self.new_object(
            obj,
            ShadowObject {
                kind: Kind::Record,
                raw,
                values: slots,
                identity: None,
            },
        );
        assert_eq!(new_id, id);
        (obj, id)
    }

    /// Puts a new object somewhere: a root, a field, or nowhere (garbage).
    fn place(&mut self, obj: ObjRef, id: usize) {
        match self.rng.below(3) {
            0 if self.roots.len() < MAX_ROOTS => {
                self.roots.push(obj.value());
                self.shadow.roots.push(Slot::Object(id));
            }
            1 => {
                if let Some((holder, holder_id, first)) = self.random_holder() {
                    let index = self.rng.below(self.shadow.objects[holder_id].values.len());
                    self.heap.set_field(holder, first + index, obj.value());
                    self.shadow.objects[holder_id].values[index] = Slot::Object(id);
                }
            }
            _ => {}
        }
    }

    fn store_one(&mut self) {
        let Some((holder, holder_id, first)) = self.random_holder() else {
            return;
        };
        let index = self.rng.below(self.shadow.objects[holder_id].values.len());
        let (value, slot) = self.random_value();
        self.heap.set_field(holder, first + index, value);
        self.shadow.objects[holder_id].values[index] = slot;
    }

    fn store_many(&mut self) {
        let Some((holder, holder_id, first)) = self.random_holder() else {
            return;
        };
        let len = self.shadow.objects[holder_id].values.len();
        let start = self.rng.below(len);
        let count = self.rng.in_range(1..len - start + 1);
        let (values, slots): (Vec<Value>, Vec<Slot>) =
            (0..count).map(|_| self.random_value()).unzip();
        self.heap.set_fields(holder, first + start, &values);
        self.shadow.objects[holder_id].values[start..start + count].copy_from_slice(&slots);
    }

    fn move_values(&mut self) {
        let Some((holder, holder_id, first)) = self.random_holder() else {
            return;
        };
        let len = self.shadow.objects[holder_id].values.len();
        let count = self.rng.below(len + 1);
        let src = self.rng.below(len - count + 1);
        let dst = self.rng.below(len - count + 1);
        self.heap
            .move_fields(holder, first + src..first + src + count, first + dst);
        self.shadow.objects[holder_id]
            .values
            .copy_within(src..src + count, dst);
    }

    fn rewrite_raw(&mut self) {
        if self.usable.is_empty() {
            return;
        }
        let (obj, id) = self.usable[self.rng.below(self.usable.len())];
        match self.shadow.objects[id].kind {
            Kind::Node => {}
            Kind::Blob => {
                let len = self.shadow.objects[id].raw.len();
                if len > 0 {
                    let at = self.rng.below(len);
                    let byte = self.rng.next_u64() as u8;
                    self.heap.bytes_mut(obj, 1)[at] = byte;
                    self.shadow.objects[id].raw[at] = byte;
                }
            }
            Kind::Record => {
                let stamp = self.rng.next_u64();
                self.heap.set_raw(obj, 1, stamp);
                self.shadow.objects[id].raw[8..].copy_from_slice(&stamp.to_le_bytes());
            }
        }
    }

    fn ask_identity(&mut self) {
        if self.usable.is_empty() {
            return;
        }
        let (obj, id) = self.usable[self.rng.below(self.usable.len())];
        let identity = self.heap.identity(obj);
        let known = self.shadow.objects[id].identity.get_or_insert(identity);
        assert_eq!(*known, identity, "the identity of object {id} changed");
    }

    fn drop_root(&mut self) {
        if !self.roots.is_empty() {
            let index = self.rng.below(self.roots.len());
            self.roots.swap_remove(index);
            self.shadow.roots.swap_remove(index);
        }
    }

    fn add_root(&mut self) {
        if self.roots.len() < MAX_ROOTS {
            let (value, slot) = self.random_value();
            self.roots.push(value);
            self.shadow.roots.push(slot);
        }
    }

    /// Unreachable blobs, enough to fill a good part of the nursery, so that
    /// later allocations are born old.
    fn garbage_burst(&mut self) {
        let bytes = self.heap.info().nursery_bytes / 3;
        let mut allocated = 0;
        while allocated < bytes {
            let blob = self.heap.alloc(self.model.blob, 30).unwrap();
            allocated += self.heap.object_bytes(blob);
        }
    }

    fn safepoint(&mut self) {
        self.heap.safepoint(&mut self.roots).unwrap();
        self.check_and_refresh();
    }

    fn collect(&mut self, kind: CollectionKind) {
        self.heap.collect(kind, &mut self.roots).unwrap();
        self.check_and_refresh();
    }

    /// Walks the heap and the shadow from the roots in lockstep and checks
    /// they are the same graph: a heap object stands for one shadow object
    /// and the other way round, with equal kinds, raw contents and values.
    /// The objects reached become the usable set.
    fn check_and_refresh(&mut self) {
        self.checks += 1;
        let heap = &self.heap;
        let mut heap_to_shadow: HashMap<ObjRef, usize> = HashMap::new();
        let mut shadow_to_heap: HashMap<usize, ObjRef> = HashMap::new();
        let mut pending: Vec<(Value, Slot)> = self
            .roots
            .iter()
            .copied()
            .zip(self.shadow.roots.iter().copied())
            .collect();
        assert_eq!(self.roots.len(), self.shadow.roots.len());
        while let Some((value, slot)) = pending.pop() {
            let id = match slot {
                Slot::Immediate(expected) => {
                    assert_eq!(value, expected, "an immediate differs");
                    continue;
                }
                Slot::Object(id) => id,
            };
            let obj = value
                .as_obj()
                .unwrap_or_else(|| panic!("object {id} expected, found {value:?}"));
            match (heap_to_shadow.get(&obj), shadow_to_heap.get(&id)) {
                (Some(&seen), _) => {
                    assert_eq!(
                        seen, id,
                        "one heap object stands for objects {seen} and {id}"
                    );
                    continue;
                }
                (None, Some(&other)) => {
                    panic!("object {id} is two heap objects: {obj:?} and {other:?}")
                }
                (None, None) => {}
            }
            heap_to_shadow.insert(obj, id);
            shadow_to_heap.insert(id, obj);
            let expected = &self.shadow.objects[id];
            let (layout, raw_fields) = match expected.kind {
                Kind::Node => (self.model.node, 0),
                Kind::Blob => (self.model.blob, blob_fields(expected.raw.len())),
                Kind::Record => (self.model.record, RECORD_RAW_FIELDS),
            };
            assert_eq!(heap.layout_of(obj), layout, "the kind of object {id}");
            assert_eq!(
                heap.field_count(obj),
                raw_fields + expected.values.len(),
                "the size of object {id}"
            );
            match expected.kind {
                Kind::Node => {}
                Kind::Blob => assert!(
                    self.model.blob_payload(heap, obj) == &expected.raw[..],
                    "the payload of blob {id}"
                ),
                Kind::Record => {
                    let raw = [
                        heap.raw(obj, 0).to_le_bytes(),
                        heap.raw(obj, 1).to_le_bytes(),
                    ];
                    assert!(raw.concat() == expected.raw, "the raw words of record {id}");
                }
            }
            let values = self.model.values(heap, obj);
            pending.extend(values.iter().copied().zip(expected.values.iter().copied()));
        }
        self.usable = heap_to_shadow.into_iter().collect();
        // HashMap order is not reproducible; sort by id so runs are.
        self.usable.sort_by_key(|&(_, id)| id);
        // Identities survive every move and stay distinct.
        let mut identities = HashMap::new();
        for &(obj, id) in &self.usable {
            if let Some(identity) = self.shadow.objects[id].identity {
                assert_eq!(
                    self.heap.identity(obj),
                    identity,
                    "the identity of object {id}"
                );
                if let Some(other) = identities.insert(identity, id) {
                    panic!("objects {other} and {id} share identity {identity:#x}");
                }
            }
        }
    }

    fn step(&mut self, weights: &Weights) {
        let total: usize = weights.0.iter().map(|&(weight, _)| weight).sum();
        let mut pick = self.rng.below(total);
        for &(weight, action) in weights.0 {
            if pick < weight {
                self.act(action);
                return;
            }
            pick -= weight;
        }
        unreachable!("the weights add up to {total}");
    }

    fn act(&mut self, action: Action) {
        match action {
            Action::AllocNode => {
                let (obj, id) = self.alloc_node();
                self.place(obj, id);
            }
            Action::AllocBlob => {
                let (obj, id) = self.alloc_blob();
                self.place(obj, id);
            }
            Action::AllocRecord => {
                let (obj, id) = self.alloc_record();
                self.place(obj, id);
            }
            Action::StoreOne => self.store_one(),
            Action::StoreMany => self.store_many(),
            Action::MoveValues => self.move_values(),
            Action::RewriteRaw => self.rewrite_raw(),
            Action::DropRoot => self.drop_root(),
            Action::AddRoot => self.add_root(),
            Action::GarbageBurst => self.garbage_burst(),
            Action::Safepoint => self.safepoint(),
            Action::Minor => self.collect(CollectionKind::Minor),
            Action::Major => self.collect(CollectionKind::Major),
            Action::AskIdentity => self.ask_identity(),
        }
    }
}

#[derive(Copy, Clone, Debug)]
enum Action {
    AllocNode,
    AllocBlob,
    AllocRecord,
    StoreOne,
    StoreMany,
    MoveValues,
    RewriteRaw,
    DropRoot,
    AddRoot,
    GarbageBurst,
    Safepoint,
    Minor,
    Major,
    AskIdentity,
}

/// How often each action is picked, relative to the others.
struct Weights(&'static [(usize, Action)]);

const BALANCED: Weights = Weights(&[
    (12, Action::AllocNode),
    (4, Action::AllocBlob),
    (6, Action::AllocRecord),
    (14, Action::StoreOne),
    (5, Action::StoreMany),
    (4, Action::MoveValues),
    (3, Action::RewriteRaw),
    (4, Action::DropRoot),
    (3, Action::AddRoot),
    (1, Action::GarbageBurst),
    (6, Action::Safepoint),
    (2, Action::Minor),
    (1, Action::Major),
    (2, Action::AskIdentity),
]);

/// Fewer stores, more garbage and more collections.
const COLLECTION_HEAVY: Weights = Weights(&[
    (10, Action::AllocNode),
    (3, Action::AllocBlob),
    (5, Action::AllocRecord),
    (6, Action::StoreOne),
    (2, Action::StoreMany),
    (2, Action::MoveValues),
    (1, Action::RewriteRaw),
    (4, Action::DropRoot),
    (3, Action::AddRoot),
    (3, Action::GarbageBurst),
    (8, Action::Safepoint),
    (5, Action::Minor),
    (2, Action::Major),
    (2, Action::AskIdentity),
]);

fn run_seed(mode: &Mode, seed: u64, steps: usize, weights: &Weights) {
    let mut heap = mode.heap();
    let model = Model::register(&mut heap);
    let mut run = Run {
        heap,
        model,
        rng: Rng::new(seed),
        roots: Vec::new(),
        shadow: Shadow::default(),
        usable: Vec::new(),
        checks: 0,
    };
    for step in 0..steps {
        with_context(&format!("step {step}"), || {
            run.step(weights);
            if let Err(error) = run.heap.verify(&mut run.roots) {
                panic!("verify: {error}");
            }
        });
    }
    run.collect(CollectionKind::Major);
    let stats = run.heap.stats();
    assert!(run.checks > steps / 20);
    assert!(stats.minor_collections > 0 && stats.major_collections > 0);
}

fn run_seeds(seeds: std::ops::Range<u64>, weights: &Weights) {
    let seeds: Vec<u64> = match std::env::var("GC_TEST_SEED") {
        Ok(seed) => vec![seed.parse().expect("GC_TEST_SEED is a number")],
        Err(_) => seeds.collect(),
    };
    in_every_mode(|mode| {
        let steps = mode.size(3_000, 2_000);
        for &seed in &seeds {
            with_context(&format!("seed {seed}"), || {
                run_seed(mode, seed, steps, weights)
            });
        }
    });
}

#[test]
fn random_mutations_match_the_shadow_model() {
    run_seeds(1..11, &BALANCED);
}

#[test]
fn random_mutations_with_frequent_collections_match_the_shadow_model() {
    run_seeds(11..21, &COLLECTION_HEAVY);
}
