//! The write barrier's fast path: `Heap::set_field` in the cases that never
//! leave it, against a plain store into a `Vec<u64>`; and the same stores
//! through `Heap::set_field_at`, whose proof arguments (`HasFields`,
//! `FieldIndex`) were checked once when the list was built, so that only the
//! barrier is left. Each iteration runs a list of stores read from memory, as
//! the VM's operands are, so that the compiler can neither merge the stores
//! nor hoist the barrier's checks.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use minnow_heap::{CollectionKind, FieldIndex, HasFields, Heap, HeapConfig, Layout, ObjRef, Value};

const STORES: usize = 1024;
const FIELDS: usize = 3;

fn barrier(c: &mut Criterion) {
    let mut group = c.benchmark_group("write barrier");
    group
        .throughput(Throughput::Elements(STORES as u64))
        .sample_size(50)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));

    let mut slots = vec![0u64; FIELDS];
    let plain_stores: Vec<(usize, u64)> = (0..STORES).map(|i| (i % FIELDS, i as u64)).collect();
    group.bench_function("plain store into a Vec<u64>", |b| {
        b.iter(|| {
            for &(index, word) in &plain_stores {
                slots[index] = word;
            }
            black_box(&slots);
        });
    });

    let mut heap = Heap::new(HeapConfig::default()).expect("heap");
    let node = heap
        .register_layout(Layout::values("node"))
        .expect("layout");
    let alloc = |heap: &mut Heap| heap.alloc(node, FIELDS).expect("alloc");
    let mut roots: Vec<Value> = (0..3).map(|_| alloc(&mut heap).value()).collect();
    heap.collect(CollectionKind::Minor, &mut roots)
        .expect("minor collection");
    let [remembered, unremembered, old_value] =
        [0, 1, 2].map(|i| roots[i].as_obj().expect("object"));
    let young_holder = alloc(&mut heap);
    let young_value = alloc(&mut heap).value();
    // The one slow-path store that enters `remembered` in the remembered set.
    heap.set_field(remembered, 0, young_value);
    let small_int = Value::small_int(7).expect("small int");

    // Nothing below reaches a safepoint, so no object moves and every
    // `ObjRef` above stays valid.
    let cases = [
        ("young holder, pointer", young_holder, young_value),
        (
            "remembered old holder, young pointer",
            remembered,
            young_value,
        ),
        ("old holder, small int", unremembered, small_int),
        (
            "old holder, old pointer (out-of-line check)",
            unremembered,
            old_value.value(),
        ),
    ];
    for (name, holder, value) in cases {
        let stores: Vec<(ObjRef, usize, Value)> =
            (0..STORES).map(|i| (holder, i % FIELDS, value)).collect();
        group.bench_function(name, |b| {
            b.iter(|| {
                for &(obj, index, value) in &stores {
                    heap.set_field(obj, index, value);
                }
            });
        });
        let proven: Vec<(HasFields<FIELDS>, FieldIndex<FIELDS>, Value)> = stores
            .iter()
            .map(|&(obj, index, value)| {
                let obj = heap.has_fields(obj).expect("three fields");
                (obj, FieldIndex::new(index).expect("index"), value)
            })
            .collect();
        group.bench_function(format!("{name}, set_field_at"), |b| {
            b.iter(|| {
                for &(obj, index, value) in &proven {
                    heap.set_field_at(obj, index, value);
                }
            });
        });
    }
    assert!(!heap.is_young(remembered) && heap.info().remembered_set == 1);

    group.finish();
}

criterion_group!(benches, barrier);
criterion_main!(benches);
