//! `HeapConfig`: every tunable of the heap, settable from code, the command
//! line (`-X name=value`, parsed by the VM with `HeapConfig::set`) and the
//! environment (`HeapConfig::from_env`).

use core::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct HeapConfig {
    /// Bytes of the nursery, or its largest size when `adaptive_nursery`
    /// is on. Clamped to a quarter of `heap_limit` when a limit is set, so
    /// that a small budget still leaves room to promote. The default, 1 MiB,
    /// fits in a core's L2 cache on current x86 parts, so allocation writes
    /// into cache rather than streaming from L3.
    pub nursery_bytes: usize,
    /// Size the nursery after the old space: an eighth of the old and large
    /// bytes in use, rounded up to a power of two, between
    /// `MIN_ADAPTIVE_NURSERY_BYTES` and `nursery_bytes`. A program with
    /// little live data then holds little nursery memory, while one with a
    /// large heap gets the full nursery, which keeps the fixed cost of each
    /// minor collection (roots, remembered set) rare. Turned off by giving a
    /// size (`-X nursery`, `Heap::set_nursery_bytes`).
    pub adaptive_nursery: bool,
    /// A major collection starts when old and large bytes exceed the live
    /// bytes after the previous major collection times this factor.
    pub growth_factor: f64,
    /// ... but never below this many bytes.
    pub major_floor_bytes: usize,
    /// Hard cap on the bytes the heap holds from the system (nursery, old
    /// pages, large objects). `None`: no cap.
    pub heap_limit: Option<usize>,
    /// A minor collection at every safepoint where the nursery holds an
    /// object (with an empty nursery there is nothing to move), a major one
    /// every `stress_major_every` collections once the old and large spaces
    /// have doubled since the last major one.
    pub stress: bool,
    pub stress_major_every: u32,
    /// Check the heap's invariants before and after every collection: the
    /// whole heap around major collections and when enough has been promoted
    /// since the last full check, otherwise what the minor collection works
    /// on (see `lib.rs`).
    pub verify: bool,
    /// Fill evacuated nursery memory and swept cells with a pattern.
    pub poison: bool,
}

pub const KIB: usize = 1 << 10;
pub const MIB: usize = 1 << 20;

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig {
            nursery_bytes: MIB,
            adaptive_nursery: true,
            growth_factor: 1.5,
            major_floor_bytes: 512 * KIB,
            heap_limit: None,
            stress: false,
            stress_major_every: 8,
            verify: false,
            poison: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// Smallest nursery the heap accepts: below it every collection is a minor one.
pub const MIN_NURSERY_BYTES: usize = 64 * KIB;
/// Smallest nursery `adaptive_nursery` chooses, and the size it starts at.
pub const MIN_ADAPTIVE_NURSERY_BYTES: usize = 256 * KIB;
/// Smallest heap limit: a nursery and a few old pages.
pub const MIN_HEAP_LIMIT: usize = 1 * MIB;

/// The heap options, as `-X` names them.
const OPTION_NAMES: &[&str] = &[
    "heap",
    "nursery",
    "gc-growth",
    "gc-floor",
    "gc-stress",
    "gc-verify",
    "gc-poison",
];

impl HeapConfig {
    /// Applies one setting by name, as given to `-X name=value` or
    /// `-X name` for the boolean modes. The error names the option and the
    /// value: `-X heap=lots: invalid size (expected e.g. 512K, 16M, 1G)`.
    pub fn set(&mut self, name: &str, value: Option<&str>) -> Result<(), ConfigError> {
        self.apply(name, value).map_err(|reason| {
            let given = match value {
                Some(v) => format!("-X {name}={v}"),
                None => format!("-X {name}"),
            };
            ConfigError(format!("{given}: {reason}"))
        })
    }

    /// `set`, with the bare reason of a failure.
    fn apply(&mut self, name: &str, value: Option<&str>) -> Result<(), String> {
        let need = |what: &str| value.ok_or_else(|| format!("needs a value (-X {name}={what})"));
        match name {
            "heap" => {
                let limit = parse_size(need("SIZE")?)?;
                if limit < MIN_HEAP_LIMIT {
                    return Err(format!(
                        "below the minimum heap limit of {MIN_HEAP_LIMIT} bytes (1M)"
                    ));
                }
                self.heap_limit = Some(limit);
            }
            "nursery" => {
                let bytes = parse_size(need("SIZE")?)?;
                if bytes < MIN_NURSERY_BYTES {
                    return Err(format!(
                        "below the minimum nursery size of {MIN_NURSERY_BYTES} bytes (64K)"
                    ));
                }
                self.nursery_bytes = bytes;
                self.adaptive_nursery = false;
            }
            "gc-growth" => match need("FACTOR")?.trim().parse::<f64>() {
                Ok(g) if g.is_finite() && g >= 1.0 => self.growth_factor = g,
                _ => return Err("expected a number >= 1.0, such as 1.8".to_string()),
            },
            "gc-floor" => self.major_floor_bytes = parse_size(need("SIZE")?)?,
            "gc-stress" => self.stress = parse_flag(value)?,
            "gc-verify" => self.verify = parse_flag(value)?,
            "gc-poison" => self.poison = parse_flag(value)?,
            _ => {
                return Err(format!(
                    "unknown option (heap options: {})",
                    OPTION_NAMES.join(", ")
                ))
            }
        }
        Ok(())
    }

    /// The defaults overridden by `MINNOW_HEAP_LIMIT`, `MINNOW_NURSERY`,
    /// `MINNOW_GC_GROWTH`, `MINNOW_GC_FLOOR`, `MINNOW_GC_STRESS`,
    /// `MINNOW_GC_VERIFY` and `MINNOW_GC_POISON`.
    pub fn from_env() -> Result<HeapConfig, ConfigError> {
        let mut config = HeapConfig::default();
        for (var, name) in [
            ("MINNOW_HEAP_LIMIT", "heap"),
            ("MINNOW_NURSERY", "nursery"),
            ("MINNOW_GC_GROWTH", "gc-growth"),
            ("MINNOW_GC_FLOOR", "gc-floor"),
            ("MINNOW_GC_STRESS", "gc-stress"),
            ("MINNOW_GC_VERIFY", "gc-verify"),
            ("MINNOW_GC_POISON", "gc-poison"),
        ] {
            if let Ok(value) = std::env::var(var) {
                config
                    .apply(name, Some(&value))
                    .map_err(|reason| ConfigError(format!("{var}={value}: {reason}")))?;
            }
        }
        Ok(config)
    }

    /// The nursery size to start with.
    pub(crate) fn initial_nursery_bytes(&self) -> usize {
        self.adaptive_nursery_bytes(0)
    }

    /// The nursery size for `old_bytes` of old and large objects in use.
    pub(crate) fn adaptive_nursery_bytes(&self, old_bytes: usize) -> usize {
        let largest = self.effective_nursery_bytes();
        if !self.adaptive_nursery {
            return largest;
        }
        (old_bytes / 8)
            .next_power_of_two()
            .max(MIN_ADAPTIVE_NURSERY_BYTES)
            .min(largest)
    }

    /// The nursery size in effect once the heap limit is taken into account.
    pub(crate) fn effective_nursery_bytes(&self) -> usize {
        let requested = self.nursery_bytes.max(MIN_NURSERY_BYTES);
        let clamped = match self.heap_limit {
            Some(limit) => requested.min(limit / 4).max(MIN_NURSERY_BYTES),
            None => requested,
        };
        clamped & !7
    }
}

/// Parses `4096`, `64K`, `16M`, `2G` (binary multiples; a trailing `B` or
/// `iB` is accepted). The error is the reason alone.
pub fn parse_size(text: &str) -> Result<usize, String> {
    let bad = || "invalid size (expected e.g. 512K, 16M, 1G)".to_string();
    let t = text.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (digits, shift) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 10),
        Some('M') => (&t[..t.len() - 1], 20),
        Some('G') => (&t[..t.len() - 1], 30),
        _ => (t, 0),
    };
    let n: usize = digits.trim().parse().map_err(|_| bad())?;
    n.checked_mul(1 << shift).ok_or_else(bad)
}

fn parse_flag(value: Option<&str>) -> Result<bool, String> {
    match value {
        None | Some("1") | Some("on") | Some("true") | Some("yes") => Ok(true),
        Some("0") | Some("off") | Some("false") | Some("no") => Ok(false),
        Some(_) => Err("expected no value, or 1/on/true/yes or 0/off/false/no".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64K"), Ok(64 * KIB));
        assert_eq!(parse_size("16m"), Ok(16 * MIB));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1MB"), Ok(MIB));
        assert!(parse_size("").is_err());
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("-5M").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn options_apply_and_reject_bad_values() {
        let mut c = HeapConfig::default();
        c.set("heap", Some("16M")).unwrap();
        c.set("gc-stress", None).unwrap();
        c.set("gc-growth", Some("2.5")).unwrap();
        assert_eq!(c.heap_limit, Some(16 * MIB));
        assert!(c.stress);
        assert_eq!(c.growth_factor, 2.5);
        assert!(c.set("heap", Some("1K")).is_err());
        assert!(c.set("heap", None).is_err());
        assert!(c.set("gc-growth", Some("0.5")).is_err());
        assert!(c.set("gc-growth", Some("nan")).is_err());
        assert!(c.set("gc-verify", Some("maybe")).is_err());
        assert!(c.set("colour", Some("red")).is_err());
    }

    #[test]
    fn errors_name_the_option_and_the_value() {
        let mut c = HeapConfig::default();
        let message = |c: &mut HeapConfig, name, value| c.set(name, value).unwrap_err().0;
        assert_eq!(
            message(&mut c, "heap", Some("lots")),
            "-X heap=lots: invalid size (expected e.g. 512K, 16M, 1G)"
        );
        assert_eq!(
            message(&mut c, "nursery", None),
            "-X nursery: needs a value (-X nursery=SIZE)"
        );
        assert_eq!(
            message(&mut c, "gc-growth", Some("0.5")),
            "-X gc-growth=0.5: expected a number >= 1.0, such as 1.8"
        );
        assert!(message(&mut c, "colour", Some("red")).starts_with("-X colour=red: unknown option"));
        assert_eq!(c, HeapConfig::default(), "failed settings change nothing");
    }

    #[test]
    fn nursery_is_clamped_by_the_limit() {
        let mut c = HeapConfig::default();
        assert_eq!(c.effective_nursery_bytes(), MIB);
        c.heap_limit = Some(2 * MIB);
        assert_eq!(c.effective_nursery_bytes(), MIB / 2);
        c.heap_limit = Some(MIN_HEAP_LIMIT);
        assert_eq!(c.effective_nursery_bytes(), MIN_HEAP_LIMIT / 4);
    }
}
