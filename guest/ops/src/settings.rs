//! The numeric settings of the server — budgets and limits — declared once. The host builds
//! its command-line flags from this table (name, value name, default, bounds, help), checks
//! them with it, and hands the guest's share over as the same flags; the guest parses them
//! with it under any WASI host; `tests/test_readme.py` checks the README's flag table against
//! `--help`, which shows these defaults.

use std::fmt::Display;
use std::str::FromStr;

/// One setting: how it is written and explained. Its type, default and bounds live in
/// [`Limits`], whose generated accessors take the flag's name.
#[derive(Debug)]
pub struct Setting {
    /// The flag without its dashes: `max-attempts`.
    pub name: &'static str,
    /// What its value is called in help: `N`, `SECS`, `MIB`.
    pub value_name: &'static str,
    pub help: &'static str,
    /// Whether the guest reads it too (the host then passes it on as `--name=value`);
    /// otherwise only the host enforces it.
    pub guest: bool,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SettingError {
    #[error("--{name}: expected a number from {min} to {max}, got {value:?}")]
    OutOfRange {
        name: &'static str,
        min: String,
        max: String,
        value: String,
    },
}

/// A setting's value type: parsed from text, compared with its bounds, shown in help.
trait Number: FromStr + PartialOrd + Display + Copy {}
impl Number for u32 {}
impl Number for u64 {}
impl Number for usize {}
// Every f64 bound is finite, so a NaN or an infinity fails the range check.
impl Number for f64 {}

fn parse<T: Number>(name: &'static str, text: &str, min: T, max: T) -> Result<T, SettingError> {
    match text.trim().parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(SettingError::OutOfRange {
            name,
            min: min.to_string(),
            max: max.to_string(),
            value: text.to_string(),
        }),
    }
}

macro_rules! limits {
    ($(
        $field:ident: $ty:ty = $default:expr, $min:literal ..= $max:expr,
            $name:literal $value_name:literal, guest: $guest:literal, $help:literal;
    )*) => {
        /// The budgets and limits, in the units their flags take.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Limits {
            $( #[doc = $help] pub $field: $ty, )*
        }

        impl Default for Limits {
            fn default() -> Self {
                Limits { $( $field: $default, )* }
            }
        }

        /// Every setting, in the order `--help` lists them.
        pub const SETTINGS: &[Setting] = &[
            $( Setting { name: $name, value_name: $value_name, help: $help, guest: $guest }, )*
        ];

        impl Limits {
            /// Sets the setting `name` (the flag without dashes) from `text`, checking its
            /// bounds; `None` when no setting has that name.
            pub fn set(&mut self, name: &str, text: &str) -> Option<Result<(), SettingError>> {
                match name {
                    $( $name => Some(parse::<$ty>($name, text, $min, $max).map(|v| self.$field = v)), )*
                    _ => None,
                }
            }

            /// The value of the setting `name`, as its flag would take it.
            pub fn get(&self, name: &str) -> Option<String> {
                match name {
                    $( $name => Some(self.$field.to_string()), )*
                    _ => None,
                }
            }
        }
    };
}

limits! {
    call_timeout: f64 = 90.0, 0.001 ..= 86_400.0, "call-timeout" "SECS", guest: true,
        "Time budget of one tool call, retries and pages included, in seconds.";
    max_attempts: u32 = 3, 1 ..= 20, "max-attempts" "N", guest: true,
        "Attempts per AWS request (throttling, 5xx and connection errors are retried with backoff).";
    max_response_bytes: usize = 10 * 1024 * 1024, 1024 ..= 1 << 30, "max-response-bytes" "BYTES", guest: true,
        "Largest AWS response body accepted, in bytes.";
    max_message_bytes: usize = 4 * 1024 * 1024, 1024 ..= 1 << 30, "max-message-bytes" "BYTES", guest: false,
        "Largest inbound MCP message accepted, in bytes.";
    max_concurrency: usize = 64, 1 ..= 4096, "max-concurrency" "N", guest: false,
        "Requests handled at once; further requests wait.";
    max_scan_rows: u64 = 1_000_000, 1 ..= u64::MAX, "max-scan-rows" "N", guest: true,
        "Rows of table data one query_database call may decode; a query needing more is refused.";
    max_scan_mib: usize = 64, 1 ..= 4096, "max-scan-mib" "MIB", guest: true,
        "Table data one query_database call may hold in memory, in MiB (keep it well under --memory-limit-mib); a query needing more is refused. Also the largest Parquet file an import reads (CSV files stream).";
    max_preview_rows: u32 = 500, 1 ..= 100_000, "max-preview-rows" "N", guest: true,
        "The most rows one preview_table call returns.";
    athena_max_scan_gb: f64 = 10.0, 0.000001 ..= 1_000_000.0, "athena-max-scan-gb" "GB", guest: true,
        "With --athena-workgroup: the data one Athena query may scan, in GB (10^9 bytes); a query that scans more is stopped.";
    memory_limit_mib: usize = 256, 16 ..= 4096, "memory-limit-mib" "MIB", guest: false,
        "Memory limit of each guest instance, in MiB (a 32-bit guest can address at most 4096).";
}

impl Limits {
    /// The guest's share, as the flags it parses: what a host hands over.
    pub fn guest_args(&self) -> Vec<String> {
        SETTINGS
            .iter()
            .filter(|s| s.guest)
            .filter_map(|s| Some(format!("--{}={}", s.name, self.get(s.name)?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_reads_back_what_it_shows() {
        let defaults = Limits::default();
        let mut read = Limits {
            call_timeout: 1.0,
            max_attempts: 1,
            ..Limits::default()
        };
        for s in SETTINGS {
            let shown = defaults.get(s.name).unwrap();
            assert_eq!(read.set(s.name, &shown), Some(Ok(())), "{}", s.name);
        }
        assert_eq!(read, defaults);
        assert_eq!(read.set("no-such-setting", "1"), None);
    }

    #[test]
    fn bounds_refuse_what_would_break_the_server() {
        let mut l = Limits::default();
        for (name, bad) in [
            ("call-timeout", "inf"),
            ("call-timeout", "NaN"),
            ("call-timeout", "1e300"),
            ("call-timeout", "0"),
            ("max-attempts", "0"),
            ("max-attempts", "-1"),
            ("memory-limit-mib", "8192"),
            ("max-response-bytes", "1023"),
            ("max-scan-rows", "many"),
        ] {
            let err = l.set(name, bad).unwrap().unwrap_err();
            assert!(err
                .to_string()
                .starts_with(&format!("--{name}: expected a number from")));
        }
        assert_eq!(l, Limits::default(), "a refused value changes nothing");
    }

    #[test]
    fn the_guest_gets_its_share_as_flags() {
        let args = Limits::default().guest_args();
        assert!(args.contains(&"--call-timeout=90".to_string()));
        assert!(args.contains(&"--max-scan-mib=64".to_string()));
        assert!(!args.iter().any(|a| a.starts_with("--memory-limit-mib")));
    }
}
