//! The guest's configuration, read the same way in every run mode: command-line
//! arguments (`--allow-write`, `--toolsets`) and `AWS_*` environment variables.

use crate::notify::Level;
use crate::tools::toolsets::Toolsets;
use s3tables_ops::grants::{Grants, Writes};
use s3tables_ops::settings::{Limits as Settings, SETTINGS};
use std::time::Duration;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

/// Set to `host` by a host that routes data-plane tools to the data-plane build.
pub const DATA_PLANE_ENV: &str = "S3TABLES_MCP_DATA_PLANE";

#[derive(Clone, Debug)]
pub struct Config {
    /// What may be listed and run: `--allow-write[=LIST]`, `--allow-destructive`, `--tools`, `--deny-tools`.
    pub grants: Grants,
    pub toolsets: Toolsets,
    pub region: String,
    /// `AWS_ENDPOINT_URL_S3TABLES`, else `AWS_ENDPOINT_URL`.
    pub endpoint_override: Option<String>,
    /// Where S3 requests (table data) go: `AWS_ENDPOINT_URL_S3`, else `AWS_ENDPOINT_URL`
    /// (path-style then); without one, the Region's S3 endpoint.
    pub s3_endpoint_override: Option<String>,
    /// `--athena-workgroup`: query_database may run queries on Amazon Athena.
    pub athena: Option<Athena>,
    pub credentials: Option<Credentials>,
    /// Why the host found no credentials (`S3TABLES_MCP_CREDENTIALS_ERROR`), to tell the user.
    pub credentials_error: Option<String>,
    pub limits: Limits,
    /// The MCP log level the client chose with `logging/setLevel` (`S3TABLES_MCP_LOG_LEVEL`;
    /// a host remembers it across instances). No log notifications without one.
    pub log_level: Option<Level>,
    /// Whether the host runs data-plane tools in another build of this guest
    /// (`S3TABLES_MCP_DATA_PLANE=host`): a build without them then still lists them.
    pub data_plane_in_host: bool,
}

/// Amazon Athena as query_database's second engine (`--athena-workgroup NAME`).
#[derive(Clone, Debug, PartialEq)]
pub struct Athena {
    pub workgroup: String,
    /// `--athena-output`: where results go when the workgroup names no location.
    pub output: Option<String>,
    /// `AWS_ENDPOINT_URL_ATHENA`, else `AWS_ENDPOINT_URL`.
    pub endpoint_override: Option<String>,
}

/// How long and how hard one tool call may try.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Attempts per request (retries follow the SDKs' standard mode).
    pub max_attempts: u32,
    /// The whole tool call, retries and pages included.
    pub call_timeout: Duration,
    pub connect_timeout: Duration,
    pub first_byte_timeout: Duration,
    pub between_bytes_timeout: Duration,
    pub max_response_bytes: usize,
    /// Requests in flight at once when a list fans out over table buckets.
    pub fan_out: usize,
    /// Rows of table data one SQL query may decode (`--max-scan-rows`).
    pub max_scan_rows: u64,
    /// Bytes of table data one SQL query may hold in memory (`--max-scan-mib`).
    pub max_scan_bytes: usize,
    /// The most rows one `preview_table` call returns (`--max-preview-rows`).
    pub max_preview_rows: u32,
    /// Bytes one Athena query may scan before it is stopped (`--athena-max-scan-gb`).
    pub athena_max_scan_bytes: u64,
}

impl Limits {
    /// The limits the settings give (`s3tables_ops::settings`, bounds already checked), and
    /// fixed budgets of a request's phases.
    fn from_settings(s: &Settings) -> Limits {
        Limits {
            max_attempts: s.max_attempts,
            call_timeout: Duration::from_secs_f64(s.call_timeout),
            connect_timeout: Duration::from_secs(10),
            first_byte_timeout: Duration::from_secs(30),
            between_bytes_timeout: Duration::from_secs(30),
            max_response_bytes: s.max_response_bytes,
            fan_out: 32,
            max_scan_rows: s.max_scan_rows,
            max_scan_bytes: s.max_scan_mib.saturating_mul(1024 * 1024),
            max_preview_rows: s.max_preview_rows,
            // Saturating: the bound is 10^6 GB, far below u64::MAX bytes.
            athena_max_scan_bytes: (s.athena_max_scan_gb * 1e9) as u64,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::from_settings(&Settings::default())
    }
}

pub const DEFAULT_REGION: &str = "us-east-1";

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("unknown argument `{0}` (expected --allow-write[=LIST], --allow-destructive, --toolsets LIST, --tools PATTERNS, --deny-tools PATTERNS, --allow-read-bucket BUCKETS, --athena-workgroup NAME, --athena-output URI{settings})", settings = guest_settings())]
    UnknownArgument(String),
    #[error("{0} needs a value")]
    MissingValue(String),
    #[error("{flag}: {why}")]
    BadValue { flag: String, why: String },
    #[error(transparent)]
    Setting(#[from] s3tables_ops::settings::SettingError),
}

/// `, --call-timeout SECS, …`: the settings the guest reads, for an error message.
fn guest_settings() -> String {
    SETTINGS
        .iter()
        .filter(|s| s.guest)
        .map(|s| format!(", --{} {}", s.name, s.value_name))
        .collect()
}

impl Config {
    /// Whether any tool may write.
    pub fn allows_writes(&self) -> bool {
        self.grants.writes != Writes::None
    }

    /// `args` excludes the program name; `env` looks a variable up.
    pub fn from_args_env<'a>(
        args: impl IntoIterator<Item = &'a str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut grants = Grants::default();
        let mut toolsets = Toolsets::default();
        let mut settings = Settings::default();
        let (mut athena_workgroup, mut athena_output) = (None, None);
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v)),
                _ => (arg, None),
            };
            let mut value = || {
                inline
                    .or_else(|| args.next())
                    .ok_or_else(|| ConfigError::MissingValue(flag.to_string()))
            };
            match flag {
                "--allow-write" => {
                    grants.writes = match inline {
                        None => Writes::All,
                        Some(list) => {
                            Grants::parse_write_list(list).map_err(|why| ConfigError::BadValue {
                                flag: flag.into(),
                                why,
                            })?
                        }
                    }
                }
                "--allow-destructive" if inline.is_none() => grants.destructive = true,
                "--tools" => {
                    grants.include = Grants::parse_patterns(flag, value()?).map_err(|why| {
                        ConfigError::BadValue {
                            flag: flag.into(),
                            why,
                        }
                    })?
                }
                "--deny-tools" => {
                    grants.exclude = Grants::parse_patterns(flag, value()?).map_err(|why| {
                        ConfigError::BadValue {
                            flag: flag.into(),
                            why,
                        }
                    })?
                }
                "--allow-read-bucket" => {
                    grants
                        .read_buckets
                        .extend(Grants::parse_buckets(value()?).map_err(|why| {
                            ConfigError::BadValue {
                                flag: flag.into(),
                                why,
                            }
                        })?)
                }
                "--athena-workgroup" => athena_workgroup = Some(value()?.to_string()),
                "--athena-output" => athena_output = Some(value()?.to_string()),
                "--toolsets" => {
                    toolsets = Toolsets::parse(value()?).map_err(|why| ConfigError::BadValue {
                        flag: flag.into(),
                        why,
                    })?
                }
                other => {
                    let Some(name) = other
                        .strip_prefix("--")
                        .filter(|name| SETTINGS.iter().any(|s| s.guest && s.name == *name))
                    else {
                        return Err(ConfigError::UnknownArgument(arg.to_string()));
                    };
                    settings.set(name, value()?).transpose()?;
                }
            }
        }
        let non_empty = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        let credentials = match (
            non_empty("AWS_ACCESS_KEY_ID"),
            non_empty("AWS_SECRET_ACCESS_KEY"),
        ) {
            (Some(access_key_id), Some(secret_access_key)) => Some(Credentials {
                access_key_id,
                secret_access_key,
                session_token: non_empty("AWS_SESSION_TOKEN"),
            }),
            _ => None,
        };
        if athena_output.is_some() && athena_workgroup.is_none() {
            return Err(ConfigError::BadValue {
                flag: "--athena-output".into(),
                why: "needs --athena-workgroup".into(),
            });
        }
        let athena = athena_workgroup.map(|workgroup| Athena {
            workgroup,
            output: athena_output,
            endpoint_override: non_empty("AWS_ENDPOINT_URL_ATHENA")
                .or_else(|| non_empty("AWS_ENDPOINT_URL")),
        });
        Ok(Config {
            athena,
            grants,
            toolsets,
            region: non_empty("AWS_REGION")
                .or_else(|| non_empty("AWS_DEFAULT_REGION"))
                .unwrap_or_else(|| DEFAULT_REGION.to_string()),
            endpoint_override: non_empty("AWS_ENDPOINT_URL_S3TABLES")
                .or_else(|| non_empty("AWS_ENDPOINT_URL")),
            s3_endpoint_override: non_empty("AWS_ENDPOINT_URL_S3")
                .or_else(|| non_empty("AWS_ENDPOINT_URL")),
            credentials,
            credentials_error: non_empty("S3TABLES_MCP_CREDENTIALS_ERROR"),
            limits: Limits::from_settings(&settings),
            log_level: non_empty("S3TABLES_MCP_LOG_LEVEL").and_then(|l| Level::parse(l.trim())),
            data_plane_in_host: non_empty(DATA_PLANE_ENV).is_some_and(|v| v.trim() == "host"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn defaults_are_read_only_us_east_1_without_credentials() {
        let c = Config::from_args_env([], env(&[])).unwrap();
        assert!(!c.allows_writes());
        assert_eq!(c.region, "us-east-1");
        assert_eq!(c.credentials, None);
        assert_eq!(c.endpoint_override, None);
    }

    #[test]
    fn reads_flags_and_env_in_precedence_order() {
        let c = Config::from_args_env(
            ["--allow-write"],
            env(&[
                ("AWS_DEFAULT_REGION", "eu-west-1"),
                ("AWS_ENDPOINT_URL", "http://127.0.0.1:1"),
                ("AWS_ENDPOINT_URL_S3TABLES", "http://127.0.0.1:2"),
                ("AWS_ACCESS_KEY_ID", "AK"),
                ("AWS_SECRET_ACCESS_KEY", "SK"),
                ("AWS_SESSION_TOKEN", ""),
            ]),
        )
        .unwrap();
        assert!(c.allows_writes());
        assert_eq!(c.region, "eu-west-1");
        assert_eq!(c.endpoint_override.as_deref(), Some("http://127.0.0.1:2"));
        // S3 has its own variable, and otherwise the general one.
        assert_eq!(
            c.s3_endpoint_override.as_deref(),
            Some("http://127.0.0.1:1")
        );
        let creds = c.credentials.unwrap();
        assert_eq!(creds.access_key_id, "AK");
        assert_eq!(creds.session_token, None);
        assert_eq!(c.athena, None);
    }

    #[test]
    fn athena_is_on_only_with_a_workgroup() {
        let c = Config::from_args_env(
            [
                "--athena-workgroup=analysts",
                "--athena-output",
                "s3://r/x/",
                "--athena-max-scan-gb=0.5",
            ],
            env(&[
                ("AWS_ENDPOINT_URL", "http://127.0.0.1:1"),
                ("AWS_ENDPOINT_URL_ATHENA", "http://127.0.0.1:3"),
            ]),
        )
        .unwrap();
        let athena = c.athena.unwrap();
        assert_eq!(athena.workgroup, "analysts");
        assert_eq!(athena.output.as_deref(), Some("s3://r/x/"));
        assert_eq!(
            athena.endpoint_override.as_deref(),
            Some("http://127.0.0.1:3")
        );
        assert_eq!(c.limits.athena_max_scan_bytes, 500_000_000);
        assert!(Config::from_args_env(["--athena-output=s3://r/"], env(&[])).is_err());
    }

    #[test]
    fn reads_limits_in_both_flag_forms() {
        let c = Config::from_args_env(
            [
                "--max-attempts",
                "5",
                "--call-timeout=2.5",
                "--max-response-bytes=2048",
            ],
            env(&[]),
        )
        .unwrap();
        assert_eq!(c.limits.max_attempts, 5);
        assert_eq!(c.limits.call_timeout, Duration::from_millis(2500));
        assert_eq!(c.limits.max_response_bytes, 2048);
        assert!(matches!(
            Config::from_args_env(["--max-attempts", "0"], env(&[])),
            Err(ConfigError::Setting(_))
        ));
        assert!(matches!(
            Config::from_args_env(["--toolsets"], env(&[])),
            Err(ConfigError::MissingValue(_))
        ));
    }

    #[test]
    fn rejects_unknown_arguments() {
        for arg in ["--allow-everything", "max-attempts", "--memory-limit-mib"] {
            assert_eq!(
                Config::from_args_env([arg, "5"], env(&[])).unwrap_err(),
                ConfigError::UnknownArgument(arg.into()),
                "a setting needs its dashes, and the host's own are not the guest's"
            );
        }
    }
}
