//! The shared harness of Minnow's collector torture tests (one scenario per
//! file under `tests/`): the heap configurations every scenario runs under,
//! a tiny object model to build graphs from, and a seeded PRNG.

use std::panic::{catch_unwind, AssertUnwindSafe};

use minnow_heap::{
    Heap, HeapConfig, HeapError, Layout, LayoutId, ObjRef, Value, KIB, MIB, MIN_NURSERY_BYTES,
};

// ----- modes ---------------------------------------------------------------

/// One heap configuration a scenario runs under.
#[derive(Clone, Debug)]
pub struct Mode {
    pub name: &'static str,
    pub config: HeapConfig,
}

impl Mode {
    /// Stress mode collects at every safepoint and checks the heap before
    /// and after each collection (the whole heap whenever the old space has
    /// grown by as much as it held at the last full check), so a scenario
    /// runs many times slower there and builds smaller structures (see
    /// `size`).
    pub fn is_stress(&self) -> bool {
        self.config.stress
    }

    /// `normal` outside stress mode, `stress` in it.
    pub fn size(&self, normal: usize, stress: usize) -> usize {
        if self.is_stress() {
            stress
        } else {
            normal
        }
    }

    pub fn heap(&self) -> Heap {
        self.heap_with(|_| {})
    }

    /// A heap of this mode's configuration as changed by `adjust`.
    pub fn heap_with(&self, adjust: impl FnOnce(&mut HeapConfig)) -> Heap {
        let mut config = self.config.clone();
        adjust(&mut config);
        Heap::new(config).expect("the nursery fits in memory")
    }
}

/// The nursery of the normal mode: small, so that the scenarios' workloads
/// fill it many times over.
pub const NORMAL_NURSERY_BYTES: usize = 128 * KIB;

/// The configurations every scenario runs under.
pub fn modes() -> Vec<Mode> {
    vec![
        Mode {
            name: "normal",
            config: HeapConfig {
                nursery_bytes: NORMAL_NURSERY_BYTES,
                // Low enough that the policy, not only explicit requests,
                // starts major collections at the sizes these tests build.
                major_floor_bytes: 2 * MIB,
                ..HeapConfig::default()
            },
        },
        Mode {
            name: "stress+verify+poison",
            config: HeapConfig {
                nursery_bytes: MIN_NURSERY_BYTES,
                stress: true,
                verify: true,
                poison: true,
                ..HeapConfig::default()
            },
        },
    ]
}

/// Runs `scenario` under every mode; a failure names the mode it happened in.
pub fn in_every_mode(scenario: impl Fn(&Mode)) {
    for mode in modes() {
        with_context(&format!("mode {}", mode.name), || scenario(&mode));
    }
}

/// Runs `body`; if it panics, panics again with `context` in front of the
/// message, so that a failure says which mode, seed or case it came from.
pub fn with_context<T>(context: &str, body: impl FnOnce() -> T) -> T {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(result) => result,
        Err(payload) => panic!("[{context}] {}", panic_message(payload.as_ref())),
    }
}

/// The text of a panic payload (`panic!` gives a `&str` or a `String`).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "panic with a non-text payload".to_string()
    }
}

/// Runs `body`, which must panic, and returns its panic message.
pub fn expect_panic(body: impl FnOnce()) -> String {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(()) => panic!("expected a panic, but the code returned normally"),
        Err(payload) => panic_message(payload.as_ref()),
    }
}

// ----- object model ----------------------------------------------------------

/// Raw words at the start of a record: its id and a stamp.
pub const RECORD_RAW_FIELDS: usize = 2;

/// The layouts of the test object model, registered in one heap.
///
/// - a *node* is all values;
/// - a *blob* is raw bytes only: field 0 holds the payload length in bytes,
///   the payload starts at field 1;
/// - a *record* has `RECORD_RAW_FIELDS` raw words (an id, so an object can
///   be recognised after it moved, and a stamp) and then values.
#[derive(Copy, Clone, Debug)]
pub struct Model {
    pub node: LayoutId,
    pub blob: LayoutId,
    pub record: LayoutId,
}

impl Model {
    pub fn register(heap: &mut Heap) -> Model {
        Model {
            node: heap.register_layout(Layout::values("node")).unwrap(),
            blob: heap.register_layout(Layout::raw("blob")).unwrap(),
            record: heap
                .register_layout(Layout::raw_then_values("record", RECORD_RAW_FIELDS as u32))
                .unwrap(),
        }
    }

    /// A node holding `values`.
    pub fn node(&self, heap: &mut Heap, values: &[Value]) -> Result<ObjRef, HeapError> {
        let obj = heap.alloc(self.node, values.len())?;
        heap.set_fields(obj, 0, values);
        Ok(obj)
    }

    /// A blob holding `payload`.
    pub fn blob(&self, heap: &mut Heap, payload: &[u8]) -> Result<ObjRef, HeapError> {
        let obj = heap.alloc(self.blob, blob_fields(payload.len()))?;
        heap.set_raw(obj, 0, payload.len() as u64);
        heap.bytes_mut(obj, 1)[..payload.len()].copy_from_slice(payload);
        Ok(obj)
    }

    pub fn blob_payload<'h>(&self, heap: &'h Heap, blob: ObjRef) -> &'h [u8] {
        assert_eq!(heap.layout_of(blob), self.blob, "not a blob");
        let len = heap.raw(blob, 0) as usize;
        &heap.bytes(blob, 1)[..len]
    }

    /// A record with raw words `id` and `stamp`, then `values`.
    pub fn record(
        &self,
        heap: &mut Heap,
        id: u64,
        stamp: u64,
        values: &[Value],
    ) -> Result<ObjRef, HeapError> {
        let obj = heap.alloc(self.record, RECORD_RAW_FIELDS + values.len())?;
        heap.set_raw(obj, 0, id);
        heap.set_raw(obj, 1, stamp);
        heap.set_fields(obj, RECORD_RAW_FIELDS, values);
        Ok(obj)
    }

    pub fn record_id(&self, heap: &Heap, record: ObjRef) -> u64 {
        assert_eq!(heap.layout_of(record), self.record, "not a record");
        heap.raw(record, 0)
    }

    pub fn record_stamp(&self, heap: &Heap, record: ObjRef) -> u64 {
        assert_eq!(heap.layout_of(record), self.record, "not a record");
        heap.raw(record, 1)
    }

    pub fn record_values<'h>(&self, heap: &'h Heap, record: ObjRef) -> &'h [Value] {
        assert_eq!(heap.layout_of(record), self.record, "not a record");
        &heap.fields(record)[RECORD_RAW_FIELDS..]
    }

    /// The fields of `obj` that hold values, whatever its layout.
    pub fn values<'h>(&self, heap: &'h Heap, obj: ObjRef) -> &'h [Value] {
        let layout = heap.layout_of(obj);
        if layout == self.node {
            heap.fields(obj)
        } else if layout == self.record {
            self.record_values(heap, obj)
        } else {
            assert_eq!(layout, self.blob, "an object of no test layout");
            &[]
        }
    }

    /// The index of the first value field of an object of `layout`.
    pub fn first_value_field(&self, layout: LayoutId) -> usize {
        if layout == self.record {
            RECORD_RAW_FIELDS
        } else {
            0
        }
    }
}

/// Fields of a blob with a payload of `len` bytes: the length word and the
/// payload rounded up to whole words.
pub fn blob_fields(len: usize) -> usize {
    1 + len.div_ceil(8)
}

/// The small int `i` (which must fit).
pub fn int(i: i64) -> Value {
    Value::small_int(i).expect("a small int")
}

/// The small int a value holds (which must be one).
pub fn int_of(value: Value) -> i64 {
    value
        .as_small_int()
        .unwrap_or_else(|| panic!("expected a small int, found {value:?}"))
}

/// Takes every object queued for finalization.
pub fn drain_finalizable(heap: &mut Heap) -> Vec<Value> {
    std::iter::from_fn(|| heap.next_to_finalize()).collect()
}

/// Takes every weak holder whose referent died.
pub fn drain_cleared(heap: &mut Heap) -> Vec<Value> {
    std::iter::from_fn(|| heap.next_cleared_weak()).collect()
}

/// The object a value points to (which must be a pointer).
pub fn obj_of(value: Value) -> ObjRef {
    value
        .as_obj()
        .unwrap_or_else(|| panic!("expected a pointer, found {value:?}"))
}

// ----- checksums and random numbers ---------------------------------------------

/// A running FNV-1a hash, to checksum what a structure holds.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Checksum(u64);

impl Default for Checksum {
    fn default() -> Checksum {
        Checksum(0xcbf2_9ce4_8422_2325)
    }
}

impl Checksum {
    pub fn add_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn add_word(&mut self, word: u64) {
        self.add_bytes(&word.to_le_bytes());
    }

    pub fn value(self) -> u64 {
        self.0
    }
}

/// A seeded, deterministic generator (SplitMix64): the same seed gives the
/// same sequence on every machine, so a failing seed reproduces.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "below(0)");
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// A number in `range` (non-empty).
    pub fn in_range(&mut self, range: std::ops::Range<usize>) -> usize {
        range.start + self.below(range.len())
    }

    /// True with probability `1 / n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn fill_bytes(&mut self, bytes: &mut [u8]) {
        for chunk in bytes.chunks_mut(8) {
            let word = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&word[..chunk.len()]);
        }
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut bytes = vec![0; len];
        self.fill_bytes(&mut bytes);
        bytes
    }

    /// A random immediate: a small int anywhere in its range, an immediate
    /// float, a singleton, or `EMPTY`.
    pub fn immediate(&mut self) -> Value {
        match self.below(8) {
            0..=2 => Value::small_int((self.next_u64() as i64) >> 3).unwrap(),
            3 => int(self.below(100) as i64),
            4 | 5 => loop {
                if let Some(value) = Value::float(f64::from_bits(self.next_u64())) {
                    break value;
                }
            },
            6 => [
                Value::NONE,
                Value::TRUE,
                Value::FALSE,
                Value::NOT_IMPLEMENTED,
                Value::ELLIPSIS,
            ][self.below(5)],
            _ => Value::EMPTY,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rng_is_deterministic_and_spreads() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let xs: Vec<u64> = (0..100).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..100).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng::new(8).next_u64(), xs[0]);
        let mut counts = [0; 10];
        for _ in 0..10_000 {
            counts[a.below(10)] += 1;
        }
        assert!(
            counts.iter().all(|&c| (800..1200).contains(&c)),
            "{counts:?}"
        );
        for _ in 0..1000 {
            let v = a.immediate();
            assert!(!v.is_ptr(), "{v:?}");
        }
    }

    #[test]
    fn the_object_model_round_trips() {
        let mut heap = modes()[0].heap();
        let model = Model::register(&mut heap);
        let blob = model.blob(&mut heap, b"hello, heap").unwrap();
        assert_eq!(model.blob_payload(&heap, blob), b"hello, heap");
        assert_eq!(heap.field_count(blob), blob_fields(11));
        let node = model.node(&mut heap, &[int(1), blob.value()]).unwrap();
        let record = model.record(&mut heap, 42, 7, &[node.value()]).unwrap();
        assert_eq!(model.record_id(&heap, record), 42);
        assert_eq!(model.record_stamp(&heap, record), 7);
        assert_eq!(model.values(&heap, record), &[node.value()]);
        assert_eq!(model.values(&heap, node), &[int(1), blob.value()]);
        assert!(model.values(&heap, blob).is_empty());
    }

    #[test]
    fn a_failure_names_its_context() {
        let message = expect_panic(|| with_context("mode test", || panic!("boom {}", 1)));
        assert_eq!(message, "[mode test] boom 1");
    }
}
