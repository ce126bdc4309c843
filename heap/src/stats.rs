//! `HeapStats`: counters of everything the collector does, and `GcEvent`,
//! the record handed to an event listener after each collection.

/// Buckets per power of two in the pause histogram.
pub const PAUSE_SUB_BUCKETS: usize = 8;

/// Pause histogram buckets. Pauses below 16 ns get one bucket per
/// nanosecond; above, each power of two `[2^k, 2^(k+1))` is cut into
/// `PAUSE_SUB_BUCKETS` equal buckets, so a bucket is never wider than an
/// eighth of the pauses it holds, and the histogram covers every `u64`.
pub const PAUSE_BUCKETS: usize = (64 - 2) * PAUSE_SUB_BUCKETS;

/// The histogram bucket of a pause of `ns` nanoseconds.
pub fn pause_bucket(ns: u64) -> usize {
    if ns < 2 * PAUSE_SUB_BUCKETS as u64 {
        return ns as usize;
    }
    let octave = 63 - ns.leading_zeros() as usize;
    (octave - 2) * PAUSE_SUB_BUCKETS + ((ns >> (octave - 3)) as usize & (PAUSE_SUB_BUCKETS - 1))
}

/// The pauses bucket `index` holds: its first nanosecond and its width.
pub fn pause_bucket_range(index: usize) -> (u64, u64) {
    if index < 2 * PAUSE_SUB_BUCKETS {
        return (index as u64, 1);
    }
    let octave = index / PAUSE_SUB_BUCKETS + 2;
    let sub = (index % PAUSE_SUB_BUCKETS) as u64;
    let width = 1u64 << (octave - 3);
    ((PAUSE_SUB_BUCKETS as u64 + sub) * width, width)
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CollectionKind {
    Minor,
    /// A minor collection followed by a mark-sweep of old and large spaces.
    Major,
}

impl CollectionKind {
    pub fn name(self) -> &'static str {
        match self {
            CollectionKind::Minor => "minor",
            CollectionKind::Major => "major",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeapStats {
    pub minor_collections: u64,
    pub major_collections: u64,
    /// Every byte ever allocated, header included.
    pub bytes_allocated: u64,
    /// Bytes copied out of the nursery.
    pub bytes_promoted: u64,
    /// Bytes of old and large objects reclaimed by sweeping.
    pub bytes_freed: u64,
    /// Bytes of nursery objects that did not survive their first collection.
    pub young_bytes_freed: u64,
    /// Objects found dead (`GcEvent::freed_objects`) by minor collections ...
    pub minor_objects_freed: u64,
    /// ... and by major ones.
    pub major_objects_freed: u64,
    /// Bytes in old and large objects after the last collection.
    pub live_bytes: u64,
    /// The most bytes the heap held from the system at once.
    pub peak_heap_bytes: u64,
    pub pause_total_ns: u64,
    pub pause_max_ns: u64,
    /// Pauses counted by `pause_bucket`.
    pub pause_histogram: Vec<u64>,
    /// Allocations refused because the heap limit was reached.
    pub out_of_memory_errors: u64,
}

impl HeapStats {
    pub(crate) fn new() -> HeapStats {
        HeapStats {
            pause_histogram: vec![0; PAUSE_BUCKETS],
            ..HeapStats::default()
        }
    }

    pub(crate) fn record_pause(&mut self, kind: CollectionKind, ns: u64) {
        match kind {
            CollectionKind::Minor => self.minor_collections += 1,
            CollectionKind::Major => self.major_collections += 1,
        }
        self.pause_total_ns += ns;
        self.pause_max_ns = self.pause_max_ns.max(ns);
        self.pause_histogram[pause_bucket(ns)] += 1;
    }

    pub fn collections(&self) -> u64 {
        self.minor_collections + self.major_collections
    }

    /// The pause below which `fraction` of all pauses fall, as the middle
    /// of its histogram bucket (never above the longest pause): within
    /// 1/16 (6.25 %) of the exact value.
    pub fn pause_quantile_ns(&self, fraction: f64) -> u64 {
        let total: u64 = self.pause_histogram.iter().sum();
        if total == 0 {
            return 0;
        }
        let wanted = ((total as f64) * fraction).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (index, &n) in self.pause_histogram.iter().enumerate() {
            seen += n;
            if seen >= wanted {
                let (first, width) = pause_bucket_range(index);
                return (first + width / 2).min(self.pause_max_ns);
            }
        }
        self.pause_max_ns
    }
}

/// One collection, as reported to an event listener.
#[derive(Clone, Debug, PartialEq)]
pub struct GcEvent {
    pub kind: CollectionKind,
    /// Nanoseconds from the heap's creation to the start of the collection.
    pub start_ns: u64,
    pub pause_ns: u64,
    pub heap_bytes_before: usize,
    pub heap_bytes_after: usize,
    pub promoted_bytes: usize,
    /// Bytes swept from the old and large spaces (0 for a minor collection).
    pub freed_bytes: usize,
    /// Bytes of the young objects (the nursery's and the young large ones)
    /// that did not survive.
    pub young_freed_bytes: usize,
    /// Objects the collection saw die: every old and large object a major
    /// collection sweeps, and the dead objects of the nursery when the
    /// collection walked it (a major collection, or one asked for through
    /// `Heap::collect`). An automatic minor collection touches only the
    /// survivors, so it counts none; `young_freed_bytes` is exact for all.
    pub freed_objects: usize,
    pub remembered_set_size: usize,
    /// Fields of old large objects remembered one by one, when it started.
    pub remembered_fields: usize,
    /// Bytes in use in the nursery when the collection started ...
    pub nursery_bytes: usize,
    /// ... and its size.
    pub nursery_capacity: usize,
    /// Bytes of the young large objects when the collection started: with
    /// `nursery_bytes`, what `promoted_bytes` and `young_freed_bytes` split.
    pub young_large_bytes: usize,
}

impl GcEvent {
    /// The event as one line of JSON (the `--gc-log` format).
    pub fn to_json(&self) -> String {
        format!(
            "{{\"kind\":\"{}\",\"start_ns\":{},\"pause_ns\":{},\"heap_before\":{},\"heap_after\":{},\"promoted\":{},\"freed\":{},\"young_freed\":{},\"freed_objects\":{},\"remembered\":{},\"remembered_fields\":{},\"nursery\":{},\"nursery_capacity\":{},\"young_large\":{}}}",
            self.kind.name(),
            self.start_ns,
            self.pause_ns,
            self.heap_bytes_before,
            self.heap_bytes_after,
            self.promoted_bytes,
            self.freed_bytes,
            self.young_freed_bytes,
            self.freed_objects,
            self.remembered_set_size,
            self.remembered_fields,
            self.nursery_bytes,
            self.nursery_capacity,
            self.young_large_bytes
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_contiguous_and_at_most_an_eighth_wide() {
        let mut next = 0;
        for index in 0..PAUSE_BUCKETS {
            let (first, width) = pause_bucket_range(index);
            assert_eq!(first, next, "bucket {index}");
            assert!(first < 16 || width * 8 <= first, "bucket {index}");
            assert_eq!(pause_bucket(first), index);
            assert_eq!(pause_bucket(first + (width - 1)), index);
            next = first.wrapping_add(width);
        }
        assert_eq!(next, 0, "the last bucket ends at u64::MAX");
        assert_eq!(pause_bucket(u64::MAX), PAUSE_BUCKETS - 1);
    }

    #[test]
    fn quantiles_are_within_a_sixteenth() {
        let mut s = HeapStats::new();
        s.record_pause(CollectionKind::Minor, 1000);
        s.record_pause(CollectionKind::Minor, 1023);
        s.record_pause(CollectionKind::Minor, 5);
        s.record_pause(CollectionKind::Major, 1 << 20);
        assert_eq!(s.pause_histogram.iter().sum::<u64>(), 4);
        assert_eq!(
            s.pause_histogram[pause_bucket(1000)],
            2,
            "1000 and 1023 share a bucket"
        );
        assert_eq!(s.pause_histogram[5], 1);
        assert_eq!((s.minor_collections, s.major_collections), (3, 1));
        assert_eq!(s.pause_max_ns, 1 << 20);
        assert_eq!(s.pause_quantile_ns(0.25), 5);
        let median = s.pause_quantile_ns(0.5);
        assert!(median.abs_diff(1000) * 16 <= 1000, "{median}");
        let third = s.pause_quantile_ns(0.75);
        assert!(third.abs_diff(1023) * 16 <= 1023, "{third}");
        assert_eq!(s.pause_quantile_ns(1.0), 1 << 20, "clamped to the maximum");
        assert_eq!(HeapStats::new().pause_quantile_ns(0.5), 0);
    }

    #[test]
    fn the_json_line_names_every_field() {
        let event = GcEvent {
            kind: CollectionKind::Major,
            start_ns: 1,
            pause_ns: 2,
            heap_bytes_before: 3,
            heap_bytes_after: 4,
            promoted_bytes: 5,
            freed_bytes: 6,
            young_freed_bytes: 7,
            freed_objects: 8,
            remembered_set_size: 9,
            remembered_fields: 13,
            nursery_bytes: 10,
            nursery_capacity: 11,
            young_large_bytes: 12,
        };
        assert_eq!(
            event.to_json(),
            "{\"kind\":\"major\",\"start_ns\":1,\"pause_ns\":2,\"heap_before\":3,\"heap_after\":4,\"promoted\":5,\"freed\":6,\"young_freed\":7,\"freed_objects\":8,\"remembered\":9,\"remembered_fields\":13,\"nursery\":10,\"nursery_capacity\":11,\"young_large\":12}"
        );
    }
}
