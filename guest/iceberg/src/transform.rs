//! Iceberg partition transforms (`identity`, `bucket[N]`, `truncate[W]`, `year`, `month`,
//! `day`, `hour`, `void`): their names and their arithmetic, shared by the reader (pruning a
//! filter's literal, `prune`) and the writer (a row's partition value, `write::partition`), so
//! both understand the same specs and compute the same values. Each side only maps its own
//! value type (`bounds::Literal`, `write::Datum`) onto the numbers and bytes used here.

use crate::time::civil_from_days;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transform {
    Identity,
    Year,
    Month,
    Day,
    Hour,
    Bucket(u32),
    Truncate(u32),
    /// Always null: a partition field dropped from a format-1 spec.
    Void,
    /// Unknown: a reader learns nothing from it, a writer cannot compute it.
    Other,
}

impl Transform {
    pub fn parse(s: &str) -> Transform {
        let arg = |name: &str| {
            s.strip_prefix(name)?
                .strip_prefix('[')?
                .strip_suffix(']')?
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| *n > 0)
        };
        match s {
            "identity" => Transform::Identity,
            "year" => Transform::Year,
            "month" => Transform::Month,
            "day" => Transform::Day,
            "hour" => Transform::Hour,
            "void" => Transform::Void,
            _ => arg("bucket")
                .map(Transform::Bucket)
                .or_else(|| arg("truncate").map(Transform::Truncate))
                .unwrap_or(Transform::Other),
        }
    }
}

/// A point in time as a temporal transform takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instant {
    /// A date: days since 1970-01-01.
    Date(i64),
    /// A timestamp: `value` units since 1970-01-01T00:00, `per_second` units a second
    /// (microseconds or nanoseconds).
    Timestamp { value: i64, per_second: i64 },
}

impl Transform {
    /// `year`, `month`, `day` or `hour` of `instant`: whole years, months, days or hours since
    /// 1970-01-01T00:00, floored before the epoch. `None` for another transform, or for the
    /// hour of a date (the spec does not define it).
    pub fn temporal(&self, instant: Instant) -> Option<i64> {
        let (days, hours) = match instant {
            Instant::Date(days) => (days, None),
            Instant::Timestamp { value, per_second } => (
                value.div_euclid(per_second.checked_mul(86_400)?),
                Some(value.div_euclid(per_second.checked_mul(3_600)?)),
            ),
        };
        Some(match self {
            Transform::Year => civil_from_days(days).0 - 1970,
            Transform::Month => {
                let (y, m, _) = civil_from_days(days);
                (y - 1970) * 12 + i64::from(m) - 1
            }
            Transform::Day => days,
            Transform::Hour => hours?,
            _ => return None,
        })
    }
}

/// `truncate[w]` of an integer, or of a decimal's unscaled value: `v - (v mod w)`, the mod
/// floored, so negative values round down (`truncate[10](-1)` is `-10`). The caller narrows
/// the result back to its type; a result out of that type's range (or `None`) is an overflow.
pub fn truncate_number(v: i128, w: u32) -> Option<i128> {
    v.checked_sub(v.rem_euclid(i128::from(w.max(1))))
}

/// `truncate[w]` of a string: its first `w` characters (code points, not bytes).
pub fn truncate_str(s: &str, w: u32) -> String {
    s.chars().take(w as usize).collect()
}

/// `bucket[n]` of a value whose hash bytes (the spec's Appendix B) are `bytes`:
/// `(murmur3(bytes) & Integer.MAX_VALUE) % n`.
pub fn bucket(bytes: &[u8], n: u32) -> i32 {
    // The mask makes the hash non-negative and below 2^31, so the remainder fits an int.
    let hash = murmur3_32(bytes) & 0x7fff_ffff;
    (hash % n.max(1)) as i32
}

/// The hash bytes of an int, long, date, time or timestamp: widened to a long, little-endian.
pub fn long_hash_bytes(v: i64) -> [u8; 8] {
    v.to_le_bytes()
}

/// MurmurHash3 x86 32-bit, seed 0 (Iceberg's bucket hash).
pub fn murmur3_32(data: &[u8]) -> u32 {
    const C1: u32 = 0xcc9e_2d51;
    const C2: u32 = 0x1b87_3593;
    let mix = |k: u32| k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
    let mut h = 0u32;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        h ^= mix(u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        h = h.rotate_left(13).wrapping_mul(5).wrapping_add(0xe654_6b64);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut k = 0u32;
        for (i, b) in tail.iter().enumerate() {
            k |= u32::from(*b) << (8 * i);
        }
        h ^= mix(k);
    }
    h ^= data.len() as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

impl fmt::Display for Transform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Transform::Identity => f.write_str("identity"),
            Transform::Year => f.write_str("year"),
            Transform::Month => f.write_str("month"),
            Transform::Day => f.write_str("day"),
            Transform::Hour => f.write_str("hour"),
            Transform::Bucket(n) => write!(f, "bucket[{n}]"),
            Transform::Truncate(w) => write!(f, "truncate[{w}]"),
            Transform::Void => f.write_str("void"),
            Transform::Other => f.write_str("unknown"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_print_back() {
        for name in [
            "identity",
            "year",
            "month",
            "day",
            "hour",
            "bucket[16]",
            "truncate[4]",
            "void",
        ] {
            assert_eq!(Transform::parse(name).to_string(), name);
        }
        for unknown in [
            "bucket[0]",
            "bucket[-1]",
            "truncate[]",
            "zorder",
            "bucket[16",
        ] {
            assert_eq!(Transform::parse(unknown), Transform::Other, "{unknown}");
        }
    }

    #[test]
    fn bucket_hashes_match_the_spec_vectors() {
        let long = |v: i64| murmur3_32(&long_hash_bytes(v)) as i32;
        assert_eq!(long(34), 2_017_239_379);
        assert_eq!(long(17_486), -653_330_422);
        assert_eq!(long(1_510_871_468_000_000), -2_047_944_441);
        assert_eq!(murmur3_32(b"iceberg") as i32, 1_210_000_089);
        assert_eq!(bucket(b"iceberg", 16), 1_210_000_089 % 16);
    }

    #[test]
    fn temporal_transforms_floor_before_the_epoch() {
        // 2017-11-16T22:31:08 UTC, in micros and in nanos.
        let micros = Instant::Timestamp {
            value: 1_510_871_468_000_000,
            per_second: 1_000_000,
        };
        let nanos = Instant::Timestamp {
            value: 1_510_871_468_000_000_000,
            per_second: 1_000_000_000,
        };
        for instant in [micros, nanos] {
            assert_eq!(Transform::Year.temporal(instant), Some(47));
            assert_eq!(Transform::Month.temporal(instant), Some(47 * 12 + 10));
            assert_eq!(Transform::Day.temporal(instant), Some(17_486));
            assert_eq!(Transform::Hour.temporal(instant), Some(17_486 * 24 + 22));
        }
        assert_eq!(Transform::Day.temporal(Instant::Date(17_486)), Some(17_486));
        assert_eq!(Transform::Hour.temporal(Instant::Date(17_486)), None);
        assert_eq!(Transform::Identity.temporal(Instant::Date(1)), None);
        // One microsecond before the epoch is in 1969's last hour, day, month and year.
        let before = Instant::Timestamp {
            value: -1,
            per_second: 1_000_000,
        };
        assert_eq!(Transform::Year.temporal(before), Some(-1));
        assert_eq!(Transform::Month.temporal(before), Some(-1));
        assert_eq!(Transform::Day.temporal(before), Some(-1));
        assert_eq!(Transform::Hour.temporal(before), Some(-1));
    }

    #[test]
    fn truncation_rounds_down_and_reports_overflow() {
        assert_eq!(truncate_number(1, 10), Some(0));
        assert_eq!(truncate_number(-1, 10), Some(-10));
        assert_eq!(truncate_number(1065, 50), Some(1050));
        assert_eq!(truncate_number(i128::MIN, 10), None);
        assert_eq!(truncate_str("iceberg", 3), "ice");
        assert_eq!(truncate_str("été", 2), "ét");
    }
}

