//! `--gc-stats` and `--gc-log`: what the collector did in a run, for the
//! person running the program.
//!
//! `--gc-log=FILE` writes one JSON object per collection, on its own line
//! (`GcEvent::to_json`); `--gc-stats` prints a summary to stderr at exit.
//! The summary's median and 99th percentile pauses come from the heap's
//! pause histogram, 8 buckets per power of two: each is within 6.25 % of
//! the exact value; the total and the maximum are exact.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::rc::Rc;

use minnow_heap::{GcEvent, Heap, HeapStats};

/// The `--gc-log` file, written by the heap's event listener.
pub struct GcLog {
    sink: Rc<RefCell<LogSink>>,
}

struct LogSink {
    writer: BufWriter<File>,
    /// The first write error; later events are dropped.
    error: Option<io::Error>,
}

impl GcLog {
    /// Creates (or truncates) `path` and has `heap` append a line to it
    /// after every collection.
    pub fn start(heap: &mut Heap, path: &str) -> io::Result<GcLog> {
        let sink = Rc::new(RefCell::new(LogSink {
            writer: BufWriter::new(File::create(path)?),
            error: None,
        }));
        let listener_sink = Rc::clone(&sink);
        heap.set_event_listener(Some(Box::new(move |event: &GcEvent| {
            let mut sink = listener_sink.borrow_mut();
            if sink.error.is_none() {
                if let Err(error) = writeln!(sink.writer, "{}", event.to_json()) {
                    sink.error = Some(error);
                }
            }
        })));
        Ok(GcLog { sink })
    }

    /// Stops logging and flushes the file; the error is the first write
    /// that failed.
    pub fn finish(self, heap: &mut Heap) -> io::Result<()> {
        heap.set_event_listener(None);
        let mut sink = self.sink.borrow_mut();
        if let Some(error) = sink.error.take() {
            return Err(error);
        }
        sink.writer.flush()
    }
}

/// The `--gc-stats` summary, one `name: value` per line.
pub fn stats_summary(stats: &HeapStats) -> String {
    let freed = stats.young_bytes_freed + stats.bytes_freed;
    let lines = [
        (
            "collections",
            format!(
                "{} (minor {}, major {})",
                stats.collections(),
                stats.minor_collections,
                stats.major_collections
            ),
        ),
        ("pause total", duration(stats.pause_total_ns)),
        ("pause max", duration(stats.pause_max_ns)),
        ("pause median", duration(stats.pause_quantile_ns(0.5))),
        ("pause p99", duration(stats.pause_quantile_ns(0.99))),
        ("allocated", bytes(stats.bytes_allocated)),
        ("promoted", bytes(stats.bytes_promoted)),
        (
            "freed",
            format!(
                "{}: nursery {}, old and large {}",
                bytes(freed),
                human_bytes(stats.young_bytes_freed),
                human_bytes(stats.bytes_freed)
            ),
        ),
        ("live after last", bytes(stats.live_bytes)),
        ("peak heap", bytes(stats.peak_heap_bytes)),
        (
            "refused allocations",
            stats.out_of_memory_errors.to_string(),
        ),
    ];
    let mut out = String::from("minnow gc stats (median and p99 within 6.25 %)\n");
    for (name, value) in lines {
        out.push_str(&format!("  {:<22}{value}\n", format!("{name}:")));
    }
    out
}

fn duration(ns: u64) -> String {
    match ns {
        0..=999 => format!("{ns} ns"),
        1_000..=999_999 => format!("{:.1} us", ns as f64 / 1e3),
        1_000_000..=999_999_999 => format!("{:.3} ms", ns as f64 / 1e6),
        _ => format!("{:.3} s", ns as f64 / 1e9),
    }
}

/// `n` bytes in the largest binary unit that keeps a digit before the point.
fn human_bytes(n: u64) -> String {
    const KIB: f64 = 1024.0;
    let f = n as f64;
    if f < KIB {
        format!("{n} bytes")
    } else if f < KIB * KIB {
        format!("{:.1} KiB", f / KIB)
    } else if f < KIB * KIB * KIB {
        format!("{:.1} MiB", f / (KIB * KIB))
    } else {
        format!("{:.2} GiB", f / (KIB * KIB * KIB))
    }
}

/// `human_bytes`, with the exact count after it.
fn bytes(n: u64) -> String {
    if n < 1024 {
        return human_bytes(n);
    }
    format!("{} ({n} bytes)", human_bytes(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_readable_and_bytes_exact() {
        assert_eq!(duration(999), "999 ns");
        assert_eq!(duration(45_600), "45.6 us");
        assert_eq!(duration(1_234_567), "1.235 ms");
        assert_eq!(duration(2_500_000_000), "2.500 s");
        assert_eq!(bytes(512), "512 bytes");
        assert_eq!(bytes(3 << 20), "3.0 MiB (3145728 bytes)");
    }

    #[test]
    fn the_summary_has_one_line_per_figure() {
        let summary = stats_summary(&HeapStats::default());
        assert_eq!(summary.lines().count(), 12);
        assert!(summary.contains("  collections:          0 (minor 0, major 0)\n"));
        assert!(summary.contains("  pause median:         0 ns\n"));
    }
}
