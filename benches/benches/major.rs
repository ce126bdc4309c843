//! Major collection time against the live size of the old space. The heap
//! holds binary trees of 32-byte objects, all live, so every collection
//! marks and sweeps all of them and leaves the heap as it found it.

use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use minnow_heap::{CollectionKind, Heap, HeapConfig, Layout, LayoutId, Value, MIB};

const OBJECT_BYTES: usize = 32;
/// Left child, right child, a small-int payload: with the header, 32 bytes.
const FIELDS: usize = 3;
const LIVE_MIB: [usize; 4] = [1, 4, 16, 64];

fn major(c: &mut Criterion) {
    let mut group = c.benchmark_group("major collection, everything live");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for mib in LIVE_MIB {
        let live_bytes = mib * MIB;
        group.throughput(Throughput::Bytes(live_bytes as u64));
        let id = BenchmarkId::new("live MiB", mib);
        group.bench_with_input(id, &live_bytes, |b, &live_bytes| {
            let mut heap = Heap::new(HeapConfig::default()).expect("heap");
            let node = heap
                .register_layout(Layout::values("tree node"))
                .expect("layout");
            let mut roots = build_forest(&mut heap, node, live_bytes / OBJECT_BYTES);
            heap.collect(CollectionKind::Major, &mut roots)
                .expect("major collection");
            assert_eq!(heap.old_bytes(), live_bytes);
            b.iter(|| {
                heap.collect(CollectionKind::Major, &mut roots)
                    .expect("major collection")
            });
        });
    }
    group.finish();
}

/// Allocates `nodes` nodes as a forest of perfect binary trees, the way a
/// binary counter counts: a new node adopts the two topmost trees when they
/// have the same height and is a leaf otherwise. Returns the trees' roots.
fn build_forest(heap: &mut Heap, node: LayoutId, nodes: usize) -> Vec<Value> {
    let mut roots = Vec::new();
    let mut heights: Vec<u32> = Vec::new();
    for i in 0..nodes {
        let obj = heap.alloc(node, FIELDS).expect("alloc");
        let payload = Value::small_int(i as i64).expect("small int");
        heap.set_field(obj, 2, payload);
        let height = match heights[..] {
            [.., left, right] if left == right => {
                heap.set_field(obj, 1, roots.pop().expect("right subtree"));
                heap.set_field(obj, 0, roots.pop().expect("left subtree"));
                heights.truncate(heights.len() - 2);
                left + 1
            }
            _ => 0,
        };
        roots.push(obj.value());
        heights.push(height);
        heap.safepoint(&mut roots).expect("safepoint");
    }
    roots
}

criterion_group!(benches, major);
criterion_main!(benches);
