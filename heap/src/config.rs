//! `HeapConfig`: every tunable of the heap, settable from code, the command
//! line (`-X name=value`, parsed by the VM with `HeapConfig::set`) and the
//! environment (`HeapConfig::from_env`).

use core::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct HeapConfig {
    /// Bytes of the nursery. Clamped to a quarter of `heap_limit` when a
    /// limit is set, so that a small budget still leaves room to promote.
    /// The default, 1 MiB, fits in a core's L2 cache on current x86 parts,
    /// so allocation writes into cache rather than streaming from L3.
    pub nursery_bytes: usize,
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
            growth_factor: 1.8,
            major_floor_bytes: 2 * MIB,
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
/// Smallest heap limit: a nursery and a few old pages.
pub const MIN_HEAP_LIMIT: usize = 1 * MIB;

impl HeapConfig {
    /// Applies one setting by name, as given to `-X name=value` or
    /// `-X name` for the boolean modes.
    pub fn set<'a>(&mut self, name: &str, value: Option<&'a str>) -> Result<(), ConfigError> {
        let need = |v: Option<&'a str>| -> Result<&'a str, ConfigError> {
            v.ok_or_else(|| ConfigError(format!("-X {name} needs a value (-X {name}=...)")))
        };
        match name {
            "heap" => {
                let limit = parse_size(need(value)?)?;
                if limit < MIN_HEAP_LIMIT {
                    return Err(ConfigError(format!(
                        "heap limit {limit} is below the minimum of {MIN_HEAP_LIMIT} bytes"
                    )));
                }
                self.heap_limit = Some(limit);
            }
            "nursery" => {
                let bytes = parse_size(need(value)?)?;
                if bytes < MIN_NURSERY_BYTES {
                    return Err(ConfigError(format!(
                        "nursery size {bytes} is below the minimum of {MIN_NURSERY_BYTES} bytes"
                    )));
                }
                self.nursery_bytes = bytes;
            }
            "gc-growth" => {
                let text = need(value)?;
                match text.parse::<f64>() {
                    Ok(g) if g.is_finite() && g >= 1.0 => self.growth_factor = g,
                    _ => {
                        return Err(ConfigError(format!(
                            "gc-growth must be a number >= 1.0, not {text:?}"
                        )))
                    }
                }
            }
            "gc-floor" => self.major_floor_bytes = parse_size(need(value)?)?,
            "gc-stress" => self.stress = parse_flag(name, value)?,
            "gc-verify" => self.verify = parse_flag(name, value)?,
            "gc-poison" => self.poison = parse_flag(name, value)?,
            _ => return Err(ConfigError(format!("unknown heap option {name:?}"))),
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
                    .set(name, Some(&value))
                    .map_err(|e| ConfigError(format!("{var}: {e}")))?;
            }
        }
        Ok(config)
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
/// `iB` is accepted).
pub fn parse_size(text: &str) -> Result<usize, ConfigError> {
    let bad = || {
        ConfigError(format!(
            "invalid size {text:?} (expected e.g. 512K, 16M, 1G)"
        ))
    };
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

fn parse_flag(name: &str, value: Option<&str>) -> Result<bool, ConfigError> {
    match value {
        None | Some("1") | Some("on") | Some("true") | Some("yes") => Ok(true),
        Some("0") | Some("off") | Some("false") | Some("no") => Ok(false),
        Some(other) => Err(ConfigError(format!(
            "-X {name} takes no value or 0/1, not {other:?}"
        ))),
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
    fn nursery_is_clamped_by_the_limit() {
        let mut c = HeapConfig::default();
        assert_eq!(c.effective_nursery_bytes(), MIB);
        c.heap_limit = Some(2 * MIB);
        assert_eq!(c.effective_nursery_bytes(), MIB / 2);
        c.heap_limit = Some(MIN_HEAP_LIMIT);
        assert_eq!(c.effective_nursery_bytes(), MIN_HEAP_LIMIT / 4);
    }
}
