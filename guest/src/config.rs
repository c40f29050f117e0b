//! The guest's configuration, read the same way in every run mode: command-line
//! arguments (`--allow-write`, `--toolsets`) and `AWS_*` environment variables.

use crate::tools::toolsets::Toolsets;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub allow_write: bool,
    pub toolsets: Toolsets,
    pub region: String,
    /// `AWS_ENDPOINT_URL_S3TABLES`, else `AWS_ENDPOINT_URL`.
    pub endpoint_override: Option<String>,
    pub credentials: Option<Credentials>,
    /// Why the host found no credentials (`S3TABLES_MCP_CREDENTIALS_ERROR`), to tell the user.
    pub credentials_error: Option<String>,
}

pub const DEFAULT_REGION: &str = "us-east-1";

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("unknown argument `{0}` (expected --allow-write, --toolsets LIST)")]
    UnknownArgument(String),
    #[error("--toolsets needs a comma-separated list")]
    MissingToolsets,
    #[error("{0}")]
    Toolsets(String),
}

impl Config {
    /// `args` excludes the program name; `env` looks a variable up.
    pub fn from_args_env<'a>(
        args: impl IntoIterator<Item = &'a str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut allow_write = false;
        let mut toolsets = Toolsets::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg {
                "--allow-write" => allow_write = true,
                "--toolsets" => {
                    let list = args.next().ok_or(ConfigError::MissingToolsets)?;
                    toolsets = Toolsets::parse(list).map_err(ConfigError::Toolsets)?;
                }
                other => match other.strip_prefix("--toolsets=") {
                    Some(list) => {
                        toolsets = Toolsets::parse(list).map_err(ConfigError::Toolsets)?
                    }
                    None => return Err(ConfigError::UnknownArgument(other.to_string())),
                },
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
        Ok(Config {
            allow_write,
            toolsets,
            region: non_empty("AWS_REGION")
                .or_else(|| non_empty("AWS_DEFAULT_REGION"))
                .unwrap_or_else(|| DEFAULT_REGION.to_string()),
            endpoint_override: non_empty("AWS_ENDPOINT_URL_S3TABLES")
                .or_else(|| non_empty("AWS_ENDPOINT_URL")),
            credentials,
            credentials_error: non_empty("S3TABLES_MCP_CREDENTIALS_ERROR"),
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
        assert!(!c.allow_write);
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
        assert!(c.allow_write);
        assert_eq!(c.region, "eu-west-1");
        assert_eq!(c.endpoint_override.as_deref(), Some("http://127.0.0.1:2"));
        let creds = c.credentials.unwrap();
        assert_eq!(creds.access_key_id, "AK");
        assert_eq!(creds.session_token, None);
    }

    #[test]
    fn rejects_unknown_arguments() {
        assert_eq!(
            Config::from_args_env(["--allow-everything"], env(&[])).unwrap_err(),
            ConfigError::UnknownArgument("--allow-everything".into())
        );
    }
}
