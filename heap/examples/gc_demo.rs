//! Builds and drops binary trees on the heap (the allocation pattern of the
//! classic binary-trees benchmark) and prints what the collector did.
//!
//! `cargo run --release -p minnow-heap --example gc_demo [depth]`

use minnow_heap::{CollectionKind, Heap, HeapConfig, Layout, LayoutId, Value};

/// A complete tree of `depth`. It needs no roots while it is built: only a
/// safepoint can move or free objects, and there is none in here.
fn tree(heap: &mut Heap, node: LayoutId, depth: u32) -> Value {
    let obj = heap.alloc(node, 2).expect("no heap limit is set");
    if depth > 0 {
        let left = tree(heap, node, depth - 1);
        let right = tree(heap, node, depth - 1);
        heap.set_field(obj, 0, left);
        heap.set_field(obj, 1, right);
    }
    obj.value()
}

fn check(heap: &Heap, v: Value) -> u64 {
    match v.as_obj() {
        Some(obj) => 1 + check(heap, heap.field(obj, 0)) + check(heap, heap.field(obj, 1)),
        None => 0,
    }
}

fn main() {
    let depth: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(16);
    let config = HeapConfig::from_env().unwrap_or_else(|e| {
        eprintln!("gc_demo: {e}");
        std::process::exit(2);
    });
    let mut heap = Heap::new(config).expect("the nursery fits in memory");
    let node = heap
        .register_layout(Layout::values("node"))
        .expect("one layout");
    let mut roots = vec![Value::NONE];
    roots[0] = tree(&mut heap, node, depth);
    let mut checked = 0;
    for d in (4..=depth).step_by(2) {
        for _ in 0..1 << (depth - d) {
            let t = tree(&mut heap, node, d);
            checked += check(&heap, t);
            heap.safepoint(&mut roots).expect("no heap limit is set");
        }
    }
    heap.collect(CollectionKind::Major, &mut roots)
        .expect("no heap limit is set");
    let long_lived = check(&heap, roots[0]);
    let s = heap.stats();
    println!("nodes checked: {checked}, long-lived tree: {long_lived} nodes");
    println!(
        "collections: {} minor, {} major; pauses: total {:.2} ms, max {:.3} ms, p50 <= {} us",
        s.minor_collections,
        s.major_collections,
        s.pause_total_ns as f64 / 1e6,
        s.pause_max_ns as f64 / 1e6,
        s.pause_quantile_ns(0.5) / 1000
    );
    println!(
        "allocated {} MiB, promoted {} MiB, freed {} MiB, live {} KiB, peak heap {} MiB",
        s.bytes_allocated >> 20,
        s.bytes_promoted >> 20,
        s.bytes_freed >> 20,
        s.live_bytes >> 10,
        s.peak_heap_bytes >> 20
    );
}
