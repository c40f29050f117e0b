//! AWS credentials, resolved on the host with the SDK's default chain (environment,
//! profiles, SSO, assume-role, credential_process, container and instance metadata) and
//! cached until shortly before they expire. The guest only ever sees them as `AWS_*` env vars.

use aws_config::default_provider::credentials::DefaultCredentialsChain;
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::Credentials;
use std::time::{Duration, SystemTime};
use tokio::sync::Mutex;

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
    chain: DefaultCredentialsChain,
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
            chain: builder.build().await,
            cached: Mutex::new(Cached::Empty),
        }
    }

    /// Current credentials, or why none could be found (never containing a secret).
    pub async fn get(&self) -> Result<Credentials, String> {
        let mut cached = self.cached.lock().await;
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
        match self.chain.provide_credentials().await {
            Ok(c) => {
                *cached = Cached::Ok(c.clone());
                Ok(c)
            }
            Err(e) => {
                let reason = format!(
                    "no AWS credentials found ({}); tried environment variables, the shared config and credentials files (profile, SSO, assume-role, credential_process), and container/instance metadata",
                    aws_smithy_types::error::display::DisplayErrorContext(&e)
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
