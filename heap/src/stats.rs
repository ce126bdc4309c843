//! `HeapStats`: counters of everything the collector does, and `GcEvent`,
//! the record handed to an event listener after each collection.

/// Pause histogram buckets: bucket `k` counts pauses in `[2^k, 2^(k+1))` ns.
pub const PAUSE_BUCKETS: usize = 40;

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
    /// Bytes in old and large objects after the last collection.
    pub live_bytes: u64,
    /// The most bytes the heap held from the system at once.
    pub peak_heap_bytes: u64,
    pub pause_total_ns: u64,
    pub pause_max_ns: u64,
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
        let bucket = (63 - ns.max(1).leading_zeros() as usize).min(PAUSE_BUCKETS - 1);
        self.pause_histogram[bucket] += 1;
    }

    pub fn collections(&self) -> u64 {
        self.minor_collections + self.major_collections
    }

    /// The pause below which `fraction` of all pauses fall, to the histogram's
    /// resolution (the upper edge of the bucket).
    pub fn pause_quantile_ns(&self, fraction: f64) -> u64 {
        let total: u64 = self.pause_histogram.iter().sum();
        if total == 0 {
            return 0;
        }
        let wanted = ((total as f64) * fraction).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (k, &n) in self.pause_histogram.iter().enumerate() {
            seen += n;
            if seen >= wanted {
                return (1u64 << (k + 1)).min(self.pause_max_ns.max(1));
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
    pub freed_bytes: usize,
    pub remembered_set_size: usize,
    pub nursery_bytes: usize,
}

impl GcEvent {
    /// The event as one line of JSON (the `--gc-log` format).
    pub fn to_json(&self) -> String {
        format!(
            "{{\"kind\":\"{}\",\"start_ns\":{},\"pause_ns\":{},\"heap_before\":{},\"heap_after\":{},\"promoted\":{},\"freed\":{},\"remembered\":{},\"nursery\":{}}}",
            self.kind.name(),
            self.start_ns,
            self.pause_ns,
            self.heap_bytes_before,
            self.heap_bytes_after,
            self.promoted_bytes,
            self.freed_bytes,
            self.remembered_set_size,
            self.nursery_bytes
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_land_in_log_buckets() {
        let mut s = HeapStats::new();
        s.record_pause(CollectionKind::Minor, 1000);
        s.record_pause(CollectionKind::Minor, 1023);
        s.record_pause(CollectionKind::Major, 1 << 20);
        assert_eq!(s.pause_histogram[9], 2);
        assert_eq!(s.pause_histogram[20], 1);
        assert_eq!((s.minor_collections, s.major_collections), (2, 1));
        assert_eq!(s.pause_max_ns, 1 << 20);
        assert_eq!(s.pause_quantile_ns(0.5), 1024);
        assert_eq!(s.pause_quantile_ns(1.0), 1 << 20);
    }
}
