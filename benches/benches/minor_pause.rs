//! Pause of one minor collection of a full 4 MiB nursery of 32-byte objects,
//! against the share of them that survives. Survivors are rooted directly
//! (a root `Vec`); only the collection is timed, not the filling.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};
use minnow_heap::{CollectionKind, Heap, HeapConfig, Layout, LayoutId, Value, MIB};

const NURSERY_BYTES: usize = 4 * MIB;
const OBJECT_BYTES: usize = 32;
/// A header word and three value fields make the 32 bytes.
const FIELDS: usize = 3;
const OBJECTS: usize = NURSERY_BYTES / OBJECT_BYTES;
const SURVIVOR_PERCENTS: [usize; 4] = [0, 1, 10, 50];

fn minor_pause(c: &mut Criterion) {
    let mut group = c.benchmark_group("minor collection pause, 4 MiB nursery of 32-byte objects");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for percent in SURVIVOR_PERCENTS {
        let id = BenchmarkId::new("survivors", format!("{percent}%"));
        group.bench_with_input(id, &percent, |b, &percent| {
            let mut heap = Heap::new(HeapConfig {
                nursery_bytes: NURSERY_BYTES,
                ..HeapConfig::default()
            })
            .expect("heap");
            let node = heap
                .register_layout(Layout::values("node"))
                .expect("layout");
            let mut roots = Vec::with_capacity(OBJECTS);
            b.iter_custom(|iters| {
                let mut paused = Duration::ZERO;
                for _ in 0..iters {
                    refill(&mut heap, node, &mut roots, percent);
                    let start = Instant::now();
                    heap.collect(CollectionKind::Minor, &mut roots)
                        .expect("minor collection");
                    paused += start.elapsed();
                }
                paused
            });
        });
    }
    group.finish();
}

/// Frees the survivors of the previous round with a major collection, so
/// that every round starts from an empty old space, then fills the nursery
/// exactly, rooting `percent` % of the objects, evenly spread.
fn refill(heap: &mut Heap, node: LayoutId, roots: &mut Vec<Value>, percent: usize) {
    roots.clear();
    heap.collect(CollectionKind::Major, roots)
        .expect("major collection");
    for i in 0..OBJECTS {
        let obj = heap.alloc(node, FIELDS).expect("alloc");
        if i * percent % 100 < percent {
            roots.push(obj.value());
        }
    }
    let info = heap.info();
    assert_eq!(info.nursery_used, NURSERY_BYTES);
    assert_eq!(info.old_used_bytes, 0);
}

criterion_group!(benches, minor_pause);
criterion_main!(benches);
