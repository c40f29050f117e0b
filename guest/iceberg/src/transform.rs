//! Iceberg partition transforms by name (`identity`, `bucket[N]`, `truncate[W]`, `year`,
//! `month`, `day`, `hour`, `void`), shared by the reader (pruning, `prune`) and the writer
//! (partition values, `write::partition`), so both understand exactly the same specs.

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
}
