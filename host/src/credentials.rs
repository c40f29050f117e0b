//! AWS credentials, resolved on the host with the SDK's default chain (environment,
//! profiles, SSO, assume-role, credential_process, container and instance metadata) and
//! cached until shortly before they expire. The guest only ever sees them as `AWS_*` env vars.

use aws_config::default_provider::credentials::DefaultCredentialsChain;
use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::Credentials;
use std::time::{Duration, SystemTime};
use tokio::sync::Mutex;

/// The provider name of the `--local` lake's credentials.
pub const LOCAL_PROVIDER: &str = "s3tables-mcp --local";

/// Refresh temporary credentials this long before they expire.
const REFRESH_MARGIN: Duration = Duration::from_secs(300);
/// After a failure, try the chain again no sooner than this (it can be slow off AWS).
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(10);

enum Cached {
    Empty,
    Ok(Credentials),
    Failed { reason: String, at: SystemTime },
}

pub struct CredentialSource {
    /// `None`: the credentials are fixed (the local lake's, made up by this process).
    chain: Option<DefaultCredentialsChain>,
    cached: Mutex<Cached>,
}

impl CredentialSource {
    pub async fn new(profile: Option<&str>, region: &str) -> CredentialSource {
        let mut builder =
            DefaultCredentialsChain::builder().region(aws_config::Region::new(region.to_string()));
        if let Some(p) = profile {
            builder = builder.profile_name(p);
        }
        CredentialSource {
            chain: Some(builder.build().await),
            cached: Mutex::new(Cached::Empty),
        }
    }

    /// Always these credentials (`--local`: the lake accepts only its own; their provider
    /// name is `LOCAL_PROVIDER`).
    pub fn fixed(credentials: Credentials) -> CredentialSource {
        CredentialSource {
            chain: None,
            cached: Mutex::new(Cached::Ok(credentials)),
        }
    }

    /// Current credentials, or why none could be found (never containing a secret).
    pub async fn get(&self) -> Result<Credentials, String> {
        let mut cached = self.cached.lock().await;
        let Some(chain) = &self.chain else {
            return match &*cached {
                Cached::Ok(c) => Ok(c.clone()),
                _ => Err("no credentials".into()),
            };
        };
        let now = SystemTime::now();
        match &*cached {
            Cached::Ok(c) if c.expiry().is_none_or(|exp| exp > now + REFRESH_MARGIN) => {
                return Ok(c.clone())
            }
            Cached::Failed { reason, at }
                if now.duration_since(*at).unwrap_or_default() < RETRY_AFTER_FAILURE =>
            {
                return Err(reason.clone())
            }
            _ => {}
        }
        match chain.provide_credentials().await {
            Ok(c) => {
                *cached = Cached::Ok(c.clone());
                Ok(c)
            }
            Err(e) => {
                // The chain's own error nests every provider's error, Debug-formatted, several
                // times over. When no source had any ("not loaded"), its text only lists them
                // all again: `doctor` gives one line each. Otherwise one line with the
                // innermost cause (an expired SSO token, a bad profile) is what to act on.
                let cause = match &e {
                    CredentialsError::CredentialsNotLoaded(_) => String::new(),
                    other => format!(" ({})", innermost(other)),
                };
                let reason = format!(
                    "no AWS credentials found in environment variables, a profile's files, a web identity token or container/instance metadata{cause}; `s3tables-mcp doctor` shows what each source said"
                );
                tracing::warn!("{reason}");
                *cached = Cached::Failed {
                    reason: reason.clone(),
                    at: now,
                };
                Err(reason)
            }
        }
    }
}

/// What each source of the default chain says, in the chain's order: one plain line each (for
/// `doctor`, when the chain found nothing). Never contains a secret: only whether a source
/// produced credentials, and if not, its innermost error message.
pub async fn diagnose(profile: Option<&str>, region: &str) -> Vec<(&'static str, String)> {
    use aws_config::provider_config::ProviderConfig;
    let conf =
        ProviderConfig::default().with_region(Some(aws_config::Region::new(region.to_string())));
    let mut profile_provider =
        aws_config::profile::ProfileFileCredentialsProvider::builder().configure(&conf);
    if let Some(p) = profile {
        profile_provider = profile_provider.profile_name(p);
    }
    let imds_disabled =
        std::env::var("AWS_EC2_METADATA_DISABLED").is_ok_and(|v| v.eq_ignore_ascii_case("true"));
    let sources: Vec<(&'static str, Option<Box<dyn ProvideCredentials>>)> = vec![
        (
            "environment variables",
            Some(Box::new(
                aws_config::environment::credentials::EnvironmentVariableCredentialsProvider::new(),
            )),
        ),
        (
            "shared config and credentials files",
            Some(Box::new(profile_provider.build())),
        ),
        (
            "web identity token",
            Some(Box::new(
                aws_config::web_identity_token::WebIdentityTokenCredentialsProvider::builder()
                    .configure(&conf)
                    .build(),
            )),
        ),
        (
            "container credentials endpoint",
            Some(Box::new(
                aws_config::ecs::EcsCredentialsProvider::builder()
                    .configure(&conf)
                    .build(),
            )),
        ),
        (
            "EC2 instance metadata",
            (!imds_disabled).then(|| -> Box<dyn ProvideCredentials> {
                Box::new(
                    aws_config::imds::credentials::ImdsCredentialsProvider::builder()
                        .configure(&conf)
                        .build(),
                )
            }),
        ),
    ];
    let mut lines = Vec::new();
    for (name, provider) in sources {
        let said = match provider {
            None => "skipped (AWS_EC2_METADATA_DISABLED=true)".to_string(),
            Some(p) => match p.provide_credentials().await {
                Ok(_) => "found credentials".to_string(),
                Err(e) => innermost(&e),
            },
        };
        lines.push((name, said));
    }
    lines
}

/// The innermost message of an error's source chain, on one line: the SDK's outer layers say
/// only "the credential provider was not enabled"; the cause says why.
fn innermost(error: &(dyn std::error::Error + 'static)) -> String {
    let mut last = error;
    while let Some(next) = last.source() {
        last = next;
    }
    let text = last.to_string();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The environment variables that carry credentials into a guest instance.
pub fn guest_env(credentials: &Credentials) -> Vec<(String, String)> {
    let mut env = vec![
        (
            "AWS_ACCESS_KEY_ID".to_string(),
            credentials.access_key_id().to_string(),
        ),
        (
            "AWS_SECRET_ACCESS_KEY".to_string(),
            credentials.secret_access_key().to_string(),
        ),
    ];
    if let Some(token) = credentials.session_token() {
        env.push(("AWS_SESSION_TOKEN".to_string(), token.to_string()));
    }
    env
}

/// Which provider in the chain supplied `credentials`, in plain words, e.g. `environment
/// variables (EnvironmentVariable)`. The SDK records the provider's name but shows it only in
/// the credentials' `Debug` form (whose secret is redacted); only the name is taken from it.
pub fn source_of(credentials: &Credentials) -> String {
    let debug = format!("{credentials:?}");
    let name = debug
        .split_once("provider_name: \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(name, _)| name)
        .unwrap_or("unknown");
    let plain = match name {
        "EnvironmentVariable" => "environment variables",
        "ProfileFile" => "the shared config and credentials files",
        "AssumeRoleProvider" => "a role assumed from a profile",
        "SSO" => "IAM Identity Center (SSO) from a profile",
        "Login" => "`aws login` from a profile",
        "CredentialProcess" => "a profile's credential_process",
        "WebIdentityToken" => "a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)",
        "EcsContainer" => "the container credentials endpoint",
        "IMDSv2" => "the EC2 instance metadata service",
        LOCAL_PROVIDER => "the local lake's own, made up by this process",
        _ => "the default credential chain",
    };
    format!("{plain} ({name})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_provider_without_the_secret() {
        let creds = Credentials::new(
            "AKIDEXAMPLE",
            "s3cr3t",
            Some("t0ken".into()),
            None,
            "ProfileFile",
        );
        let source = source_of(&creds);
        assert_eq!(
            source,
            "the shared config and credentials files (ProfileFile)"
        );
        let odd = Credentials::new("AK", "s3cr3t", None, None, "SomethingNew");
        assert_eq!(
            source_of(&odd),
            "the default credential chain (SomethingNew)"
        );
    }
}
