//! Allocation throughput of 32-byte objects in Minnow's nursery, `Box`,
//! `bumpalo` and `gc-arena`, on two workloads: short-lived objects nobody
//! keeps, and a linked list kept whole until the end of each batch. Every
//! allocator writes all four words of each object; each batch includes its
//! own clean-up (minor and major collections, frees, the arena reset).
//!
//! Minnow allocates through a `Mutator` (the bump pointer in locals), and,
//! for the short-lived workload, also through `Heap::alloc` (the bump pointer
//! in the heap, as the VM allocates today); both poll the safepoint after
//! every allocation.

use std::hint::black_box;
use std::mem::size_of;
use std::time::Duration;

use bumpalo::Bump;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use gc_arena::{Arena, Collect, Gc, Rootable};
use minnow_heap::{Heap, HeapConfig, Layout, LayoutId, Value, MIB};

const OBJECT_BYTES: usize = 32;
/// Minnow's object: a header word and three value fields.
const MINNOW_FIELDS: usize = 3;
/// The default nursery (checked in `minnow_heap`).
const NURSERY_BYTES: usize = MIB;
/// One nursery's worth, so the bump arena reset per batch spans as much
/// memory as the nursery it is compared with.
const SHORT_LIVED_BATCH: usize = NURSERY_BYTES / OBJECT_BYTES;
/// gc-arena collects only between `mutate` calls; it pays its debt after
/// each run of this many allocations.
const ARENA_ALLOCATIONS_PER_MUTATE: usize = 1024;
/// About 31 nurseries: most of the list is promoted, and collections do not
/// fall at the same point of every batch.
const LIST_NODES: usize = 1000 * ARENA_ALLOCATIONS_PER_MUTATE;

struct BoxNode {
    prev: Option<Box<BoxNode>>,
    _payload: [u64; 3],
}

struct BumpNode<'b> {
    _prev: Option<&'b BumpNode<'b>>,
    _payload: [u64; 3],
}

#[derive(Collect)]
#[collect(no_drop)]
struct ArenaNode<'gc> {
    _prev: Option<Gc<'gc, ArenaNode<'gc>>>,
    _payload: [u64; 3],
}

const _: () = assert!(size_of::<BoxNode>() == OBJECT_BYTES);
const _: () = assert!(size_of::<BumpNode>() == OBJECT_BYTES);
const _: () = assert!(size_of::<ArenaNode>() == OBJECT_BYTES);
const _: () = assert!(
    SHORT_LIVED_BATCH / ARENA_ALLOCATIONS_PER_MUTATE * ARENA_ALLOCATIONS_PER_MUTATE
        == SHORT_LIVED_BATCH
);

type ListArena = Arena<Rootable![Option<Gc<'_, ArenaNode<'_>>>]>;

fn minnow_heap() -> (Heap, LayoutId) {
    let config = HeapConfig::default();
    assert_eq!(config.nursery_bytes, NURSERY_BYTES);
    let mut heap = Heap::new(config).expect("heap");
    let node = heap
        .register_layout(Layout::values("node"))
        .expect("layout");
    (heap, node)
}

fn short_lived(c: &mut Criterion) {
    let mut group = c.benchmark_group("allocation/short-lived 32-byte objects");
    group
        .throughput(Throughput::Elements(SHORT_LIVED_BATCH as u64))
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));

    group.bench_function("minnow nursery", |b| {
        let (mut heap, node) = minnow_heap();
        b.iter(|| {
            let mut mutator = heap.mutator();
            for _ in 0..SHORT_LIVED_BATCH {
                black_box(mutator.alloc(node, MINNOW_FIELDS).expect("alloc"));
                mutator.safepoint(&mut ()).expect("safepoint");
            }
        });
    });

    group.bench_function("minnow Heap::alloc", |b| {
        let (mut heap, node) = minnow_heap();
        b.iter(|| {
            for _ in 0..SHORT_LIVED_BATCH {
                black_box(heap.alloc(node, MINNOW_FIELDS).expect("alloc"));
                heap.safepoint(&mut ()).expect("safepoint");
            }
        });
    });

    group.bench_function("Box", |b| {
        b.iter(|| {
            for _ in 0..SHORT_LIVED_BATCH {
                black_box(Box::new(BoxNode {
                    prev: None,
                    _payload: [0; 3],
                }));
            }
        });
    });

    group.bench_function("bumpalo", |b| {
        let mut bump = Bump::with_capacity(SHORT_LIVED_BATCH * OBJECT_BYTES);
        b.iter(|| {
            for _ in 0..SHORT_LIVED_BATCH {
                black_box(bump.alloc(BumpNode {
                    _prev: None,
                    _payload: [0; 3],
                }));
            }
            bump.reset();
        });
    });

    group.bench_function("gc-arena", |b| {
        let mut arena = ListArena::new(|_| None);
        b.iter(|| {
            for _ in 0..SHORT_LIVED_BATCH / ARENA_ALLOCATIONS_PER_MUTATE {
                arena.mutate(|mc, _| {
                    for _ in 0..ARENA_ALLOCATIONS_PER_MUTATE {
                        black_box(Gc::new(
                            mc,
                            ArenaNode {
                                _prev: None,
                                _payload: [0; 3],
                            },
                        ));
                    }
                });
                arena.collect_debt();
            }
        });
    });

    group.finish();
}

fn kept_list(c: &mut Criterion) {
    let mut group = c.benchmark_group("allocation/kept linked list");
    group
        .throughput(Throughput::Elements(LIST_NODES as u64))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));

    group.bench_function("minnow nursery", |b| {
        let (mut heap, node) = minnow_heap();
        let mut roots = vec![Value::NONE];
        b.iter(|| {
            let mut mutator = heap.mutator();
            for _ in 0..LIST_NODES {
                let obj = mutator.alloc(node, MINNOW_FIELDS).expect("alloc");
                mutator.set_field(obj, 0, roots[0]);
                roots[0] = obj.value();
                mutator.safepoint(&mut roots).expect("safepoint");
            }
            roots[0] = Value::NONE;
        });
    });

    group.bench_function("Box", |b| {
        b.iter(|| {
            let mut head = None;
            for _ in 0..LIST_NODES {
                head = Some(Box::new(BoxNode {
                    prev: head,
                    _payload: [0; 3],
                }));
            }
            // Unlinked one by one: the recursive drop would overflow the stack.
            while let Some(mut node) = head {
                head = node.prev.take();
            }
        });
    });

    group.bench_function("bumpalo", |b| {
        let mut bump = Bump::with_capacity(LIST_NODES * OBJECT_BYTES);
        b.iter(|| {
            let mut head = None;
            for _ in 0..LIST_NODES {
                head = Some(&*bump.alloc(BumpNode {
                    _prev: head,
                    _payload: [0; 3],
                }));
            }
            black_box(head);
            bump.reset();
        });
    });

    group.bench_function("gc-arena", |b| {
        let mut arena = ListArena::new(|_| None);
        b.iter(|| {
            for _ in 0..LIST_NODES / ARENA_ALLOCATIONS_PER_MUTATE {
                arena.mutate_root(|mc, head| {
                    for _ in 0..ARENA_ALLOCATIONS_PER_MUTATE {
                        *head = Some(Gc::new(
                            mc,
                            ArenaNode {
                                _prev: *head,
                                _payload: [0; 3],
                            },
                        ));
                    }
                });
                arena.collect_debt();
            }
            arena.mutate_root(|_, head| *head = None);
        });
    });

    group.finish();
}

criterion_group!(benches, short_lived, kept_list);
criterion_main!(benches);
