//! The host's egress policy, as a pure function: which outgoing requests the guest may make.
//!
//! A request passes only if it goes to an allowed S3 Tables endpoint (the configured Regions
//! over HTTPS, or the exact `--endpoint-url` authority), matches the route of a known S3
//! Tables operation, and — while the server is read-only — uses GET or HEAD. Every denial
//! says how to allow the request, if it should be allowed.
//!
//! Table data adds exactly three kinds of S3 request: GET/HEAD of objects in table buckets
//! (`<name>--table-s3`, where S3 Tables keeps a table's metadata and data files) and
//! `GET /?metadataConfiguration` (that exact query) of any bucket, both reads; and PUT of new
//! objects under `data/` or `metadata/` of a table bucket, only while a tool that appends to
//! tables is granted a write (`--allow-write`) — and then only as `append_only` allows, which
//! checks what a route cannot: new objects, the call's own table, commits that extend it. They go to the S3 endpoint of an allowed
//! Region (virtual-hosted or path-style, over HTTPS) or to the exact `--s3-endpoint-url`
//! authority (path-style), and only while a tool that sends them is granted
//! (`s3tables_ops::composite`). Nothing is ever deleted from S3.
//!
//! Amazon Athena, only with `--athena-workgroup` and while query_database is granted: `POST /`
//! to the Athena endpoint of an allowed Region (or the exact `--athena-endpoint-url`) naming
//! one of four actions in `X-Amz-Target`; what each body may say is checked by `egress.rs`
//! with `s3tables_athena::wire` (the workgroup, the result location, a read-only query, the
//! call's own queries).

use s3tables_athena::wire::{Action as AthenaAction, Grant as AthenaGrant};
use s3tables_ops::composite::{S3Reads, QUERY_DATABASE};
use s3tables_ops::endpoint::{default_authority, dns_suffix, is_valid_region};
use s3tables_ops::grants::{Grants, Refusal, Writes};
use s3tables_ops::OpSpec;

/// The suffix S3 Tables gives every table's warehouse bucket.
pub const TABLE_BUCKET_SUFFIX: &str = "--table-s3";
/// The only key prefixes a table-bucket write may use (Iceberg's data and metadata folders).
pub const WRITABLE_PREFIXES: [&str; 2] = ["data/", "metadata/"];
/// The only query a bucket-level S3 read may carry.
pub const METADATA_CONFIGURATION_QUERY: &str = "metadataConfiguration";

/// Which Regions' endpoints the guest may reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Regions {
    Any,
    Only(Vec<String>),
}

/// An explicit endpoint (`--endpoint-url`), e.g. a local emulator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomEndpoint {
    pub scheme: String,
    pub authority: String,
    pub base_path: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// What the user granted (the same rules the guest applies).
    pub grants: Grants,
    pub regions: Regions,
    pub custom_endpoint: Option<CustomEndpoint>,
    /// `--s3-endpoint-url`: where S3 requests go instead of AWS (path-style).
    pub s3_endpoint: Option<CustomEndpoint>,
    /// `--athena-workgroup`: query_database may use Athena.
    pub athena: Option<AthenaPolicy>,
    /// A destructive operation passes only in a call the person confirmed (not `--no-confirm`).
    pub confirm_destructive: bool,
}

/// The Athena capability: what queries may do, and where they are sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AthenaPolicy {
    pub grant: AthenaGrant,
    /// `--athena-endpoint-url` (or `AWS_ENDPOINT_URL_ATHENA`, `AWS_ENDPOINT_URL`).
    pub endpoint: Option<CustomEndpoint>,
}

/// What an allowed request is.
#[derive(Clone, Debug)]
pub enum Allowed {
    /// An S3 Tables operation.
    Operation(&'static OpSpec),
    /// GET/HEAD of an object in a table bucket.
    TableData { bucket: String, key: String },
    /// PUT of a new data or metadata object into a table bucket.
    TableWrite { bucket: String, key: String },
    /// GET/HEAD of an object in a bucket named with `--allow-read-bucket` (a file to import).
    SourceObject { bucket: String },
    /// `GET /?metadataConfiguration` of a bucket.
    BucketMetadataConfiguration { bucket: String },
    /// One of the four Athena actions a query needs.
    Athena(AthenaAction),
}

impl PartialEq for Allowed {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Allowed::Operation(a), Allowed::Operation(b)) => a.name == b.name,
            (
                Allowed::TableData { bucket: a, key: k },
                Allowed::TableData { bucket: b, key: l },
            )
            | (
                Allowed::TableWrite { bucket: a, key: k },
                Allowed::TableWrite { bucket: b, key: l },
            ) => a == b && k == l,
            (Allowed::SourceObject { bucket: a }, Allowed::SourceObject { bucket: b }) => a == b,
            (
                Allowed::BucketMetadataConfiguration { bucket: a },
                Allowed::BucketMetadataConfiguration { bucket: b },
            ) => a == b,
            (Allowed::Athena(a), Allowed::Athena(b)) => a == b,
            _ => false,
        }
    }
}

impl Allowed {
    /// A short name for logs.
    pub fn describe(&self) -> String {
        match self {
            Allowed::Operation(op) => op.name.to_string(),
            Allowed::TableData { bucket, .. } => format!("S3 table data ({bucket})"),
            Allowed::TableWrite { bucket, .. } => format!("S3 table data write ({bucket})"),
            Allowed::SourceObject { bucket } => format!("S3 import source ({bucket})"),
            Allowed::BucketMetadataConfiguration { bucket } => {
                format!("S3 GetBucketMetadataConfiguration ({bucket})")
            }
            Allowed::Athena(action) => format!("Athena {}", action.name()),
        }
    }

    /// The S3 Tables operation, if this is one.
    pub fn operation(&self) -> Option<&'static OpSpec> {
        match self {
            Allowed::Operation(op) => Some(op),
            _ => None,
        }
    }
}

/// An S3 request as addressed: bucket, and key (empty for the bucket itself).
struct S3Target<'a> {
    bucket: &'a str,
    key: &'a str,
}

/// S3's rules for bucket names (3–63 of `a-z0-9.-`, a letter or digit at both ends).
fn is_bucket_name(bucket: &str) -> bool {
    let b = bucket.as_bytes();
    (3..=63).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'.' || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
}

/// `/bucket/key…` → (bucket, key).
fn path_style(path: &str) -> Option<S3Target<'_>> {
    let rest = path.strip_prefix('/')?;
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    Some(S3Target { bucket, key })
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Denial {
    #[error("{method} {authority}{path}: the server is read-only; restart it with --allow-write to allow changes")]
    ReadOnly {
        method: String,
        authority: String,
        path: String,
    },
    #[error("{authority}: not an allowed S3 Tables endpoint ({allowed}); {fix}")]
    Host {
        authority: String,
        allowed: String,
        fix: String,
    },
    #[error("{scheme}://{authority}: only HTTPS is allowed to AWS endpoints")]
    Scheme { scheme: String, authority: String },
    #[error("{method} {path}: not an S3 Tables operation")]
    Route { method: String, path: String },
    #[error("{method} {authority}{path}: {why}")]
    S3 {
        method: String,
        authority: String,
        path: String,
        why: String,
    },
    #[error("{method} {authority}{path}: {why}")]
    Athena {
        method: String,
        authority: String,
        path: String,
        why: String,
    },
    #[error("{method} {path}: {refusal}")]
    NotGranted {
        method: String,
        path: String,
        refusal: Refusal,
    },
}

impl Policy {
    pub fn read_only(&self) -> bool {
        self.grants.writes == Writes::None
    }

    fn allowed_description(&self) -> String {
        let mut parts = Vec::new();
        match &self.regions {
            Regions::Any => parts.push("s3tables.<any region>".to_string()),
            Regions::Only(list) => parts.extend(list.iter().map(|r| default_authority(r))),
        }
        if let Some(c) = &self.custom_endpoint {
            parts.push(c.authority.clone());
        }
        parts.join(", ")
    }

    fn region_allowed(&self, region: &str) -> bool {
        is_valid_region(region)
            && match &self.regions {
                Regions::Any => true,
                Regions::Only(list) => list.iter().any(|r| r == region),
            }
    }

    /// For an S3 endpoint of an allowed Region (`host` lower-case, without `:443`): the
    /// bucket of a virtual-hosted name (`<bucket>.s3.<region>.<suffix>`), or `Some(None)`
    /// for the path-style endpoint (`s3.<region>.<suffix>`).
    fn aws_s3_bucket<'a>(&self, host: &'a str) -> Option<Option<&'a str>> {
        let (bucket, rest) = match host.strip_prefix("s3.") {
            Some(rest) => (None, rest),
            None => {
                let (bucket, rest) = host.split_once(".s3.")?;
                (Some(bucket), rest)
            }
        };
        let region = rest.split('.').next()?;
        (self.region_allowed(region) && rest == format!("{region}.{}", dns_suffix(region)))
            .then_some(bucket)
    }

    /// The Region whose default endpoint this authority is, if the policy allows it.
    fn aws_region_allowed(&self, authority: &str) -> bool {
        let host = authority
            .strip_suffix(":443")
            .unwrap_or(authority)
            .to_ascii_lowercase();
        let Some(region) = host
            .strip_prefix("s3tables.")
            .and_then(|rest| rest.split('.').next())
        else {
            return false;
        };
        default_authority(region) == host && self.region_allowed(region)
    }

    /// Checks a request that names an action in `X-Amz-Target` (`target`): it is for Athena,
    /// and passes only as the Athena capability allows.
    pub fn check_athena(
        &self,
        method: &str,
        scheme: &str,
        authority: &str,
        path: &str,
        target: &str,
    ) -> Result<Allowed, Denial> {
        let deny = |why: String| Denial::Athena {
            method: method.to_ascii_uppercase(),
            authority: authority.into(),
            path: path.into(),
            why,
        };
        let Some(athena) = &self.athena else {
            return Err(deny(
                "Athena is off; start the server with --athena-workgroup NAME to let query_database use it".into(),
            ));
        };
        if self.grants.check_composite(&QUERY_DATABASE).is_err() {
            return Err(deny(
                "query_database, the only tool that uses Athena, is disabled by --tools/--deny-tools".into(),
            ));
        }
        let host = authority
            .strip_suffix(":443")
            .unwrap_or(authority)
            .to_ascii_lowercase();
        let base_path = match &athena.endpoint {
            Some(c) if c.authority.eq_ignore_ascii_case(authority) => {
                if !c.scheme.eq_ignore_ascii_case(scheme) {
                    return Err(Denial::Scheme {
                        scheme: scheme.into(),
                        authority: authority.into(),
                    });
                }
                c.base_path.as_str()
            }
            Some(c) => return Err(deny(format!("not the Athena endpoint ({})", c.authority))),
            None => {
                let region = host
                    .strip_prefix("athena.")
                    .and_then(|rest| rest.split('.').next())
                    .unwrap_or("");
                if !self.region_allowed(region)
                    || s3tables_athena::wire::default_authority(region) != host
                {
                    return Err(deny("not the Athena endpoint of an allowed Region".into()));
                }
                if !scheme.eq_ignore_ascii_case("https") {
                    return Err(Denial::Scheme {
                        scheme: scheme.into(),
                        authority: authority.into(),
                    });
                }
                ""
            }
        };
        if !method.eq_ignore_ascii_case("POST") || path != format!("{base_path}/") {
            return Err(deny("Athena requests are POST / only".into()));
        }
        AthenaAction::from_target(target)
            .map(Allowed::Athena)
            .ok_or_else(|| {
                deny(format!(
                    "{target} is not one of the Athena actions query_database needs (StartQueryExecution, GetQueryExecution, GetQueryResults, StopQueryExecution)"
                ))
            })
    }

    /// Checks one outgoing request. `path` may include a query string.
    pub fn check(
        &self,
        method: &str,
        scheme: &str,
        authority: &str,
        path: &str,
    ) -> Result<Allowed, Denial> {
        let path_only = path.split('?').next().unwrap_or("");
        let query = path.split_once('?').map(|(_, q)| q);
        // The S3 endpoint override may share its authority with the S3 Tables one (an
        // emulator serves both): S3 Tables routes come first, then S3's path-style ones.
        if let Some(s3) = self
            .s3_endpoint
            .as_ref()
            .filter(|c| c.authority.eq_ignore_ascii_case(authority))
        {
            let shared = self
                .custom_endpoint
                .as_ref()
                .is_some_and(|c| c.authority.eq_ignore_ascii_case(authority));
            let s3tables_route = if shared {
                match self.check_s3tables(method, scheme, authority, path) {
                    Err(route @ Denial::Route { .. }) => Some(route),
                    other => return other.map(Allowed::Operation),
                }
            } else {
                None
            };
            if !s3.scheme.eq_ignore_ascii_case(scheme) {
                return Err(Denial::Scheme {
                    scheme: scheme.into(),
                    authority: authority.into(),
                });
            }
            let target = path_only
                .strip_prefix(s3.base_path.as_str())
                .and_then(path_style);
            // Report what the request looks like: S3 data access, or a wrong S3 Tables route.
            let looks_like_s3 = target.as_ref().is_some_and(|t| {
                t.bucket.ends_with(TABLE_BUCKET_SUFFIX) || (t.key.is_empty() && query.is_some())
            });
            return match (
                self.check_s3(method, authority, path_only, query, target),
                s3tables_route,
            ) {
                (Ok(allowed), _) => Ok(allowed),
                (Err(_), Some(route)) if !looks_like_s3 => Err(route),
                (Err(denial), _) => Err(denial),
            };
        }
        let host = authority
            .strip_suffix(":443")
            .unwrap_or(authority)
            .to_ascii_lowercase();
        if let Some(virtual_bucket) = self.aws_s3_bucket(&host) {
            if !scheme.eq_ignore_ascii_case("https") {
                return Err(Denial::Scheme {
                    scheme: scheme.into(),
                    authority: authority.into(),
                });
            }
            let target = match virtual_bucket {
                Some(bucket) => Some(S3Target {
                    bucket,
                    key: path_only.strip_prefix('/').unwrap_or(path_only),
                }),
                None => path_style(path_only),
            };
            return self.check_s3(method, authority, path_only, query, target);
        }
        self.check_s3tables(method, scheme, authority, path)
            .map(Allowed::Operation)
    }

    /// The two kinds of S3 read and the one kind of write, and nothing else.
    fn check_s3(
        &self,
        method: &str,
        authority: &str,
        path: &str,
        query: Option<&str>,
        target: Option<S3Target>,
    ) -> Result<Allowed, Denial> {
        let method = method.to_ascii_uppercase();
        let deny = |why: &str| Denial::S3 {
            method: method.clone(),
            authority: authority.into(),
            path: path.into(),
            why: why.into(),
        };
        let write = method == "PUT";
        if method != "GET" && method != "HEAD" && !write {
            return Err(deny(
                "S3 requests may only read (GET/HEAD) or, for tools that append to tables, PUT new table files",
            ));
        }
        let target = target.ok_or_else(|| deny("not an S3 bucket path"))?;
        if !is_bucket_name(target.bucket) {
            return Err(deny("not an S3 bucket name"));
        }
        if target.key.is_empty() {
            let query = query.map(|q| q.strip_suffix('=').unwrap_or(q));
            if query != Some(METADATA_CONFIGURATION_QUERY) || method != "GET" {
                return Err(deny(
                    "the only bucket-level S3 request allowed is GET ?metadataConfiguration",
                ));
            }
            if !self
                .grants
                .allows_s3_reads(S3Reads::BucketMetadataConfiguration)
            {
                return Err(deny(
                    "get_bucket_metadata_config is disabled by --tools/--deny-tools",
                ));
            }
            return Ok(Allowed::BucketMetadataConfiguration {
                bucket: target.bucket.into(),
            });
        }
        if query.is_some() {
            return Err(deny("object requests carry no query"));
        }
        // Dot segments would be resolved away by servers and proxies, reaching another object.
        if target.key.split('/').any(|s| s == "." || s == "..") {
            return Err(deny("dot segments in the object key"));
        }
        if !target.bucket.ends_with(TABLE_BUCKET_SUFFIX) {
            if !write && self.grants.allows_source_bucket(target.bucket) {
                return Ok(Allowed::SourceObject {
                    bucket: target.bucket.into(),
                });
            }
            return Err(deny(
                "objects may be read only from table buckets (*--table-s3) and from buckets named with --allow-read-bucket (for the import tools, with --allow-write); written only in table buckets",
            ));
        }
        if write {
            if !WRITABLE_PREFIXES.iter().any(|p| target.key.starts_with(p)) {
                return Err(deny(
                    "table-bucket writes may only create objects under data/ or metadata/",
                ));
            }
            if !self.grants.allows_s3_writes() {
                return Err(deny(
                    "writing table data needs --allow-write for a tool that appends to tables (append_rows_to_table)",
                ));
            }
            return Ok(Allowed::TableWrite {
                bucket: target.bucket.into(),
                key: target.key.into(),
            });
        }
        if !self.grants.allows_s3_reads(S3Reads::TableData) {
            return Err(deny(
                "no tool that reads table data is enabled (--tools/--deny-tools)",
            ));
        }
        Ok(Allowed::TableData {
            bucket: target.bucket.into(),
            key: target.key.into(),
        })
    }

    /// An S3 Tables operation on an S3 Tables endpoint.
    fn check_s3tables(
        &self,
        method: &str,
        scheme: &str,
        authority: &str,
        path: &str,
    ) -> Result<&'static OpSpec, Denial> {
        let path_only = path.split('?').next().unwrap_or("");
        let custom = self
            .custom_endpoint
            .as_ref()
            .filter(|c| c.authority.eq_ignore_ascii_case(authority));
        let route_path = match custom {
            Some(c) => {
                if !c.scheme.eq_ignore_ascii_case(scheme) {
                    return Err(Denial::Scheme { scheme: scheme.into(), authority: authority.into() });
                }
                match path_only.strip_prefix(c.base_path.as_str()) {
                    Some(rest) if rest.starts_with('/') => rest,
                    _ => return Err(Denial::Route { method: method.into(), path: path_only.into() }),
                }
            }
            None if self.aws_region_allowed(authority) => {
                if !scheme.eq_ignore_ascii_case("https") {
                    return Err(Denial::Scheme { scheme: scheme.into(), authority: authority.into() });
                }
                path_only
            }
            None => {
                return Err(Denial::Host {
                    authority: authority.into(),
                    allowed: self.allowed_description(),
                    fix: "tools may use other Regions only if the server was started with --allow-region REGION".into(),
                })
            }
        };
        let method_upper = method.to_ascii_uppercase();
        if self.read_only() && method_upper != "GET" && method_upper != "HEAD" {
            return Err(Denial::ReadOnly {
                method: method_upper,
                authority: authority.into(),
                path: path_only.into(),
            });
        }
        let route_method = if method_upper == "HEAD" {
            "GET"
        } else {
            method_upper.as_str()
        };
        let op = s3tables_ops::route(route_method, route_path).ok_or_else(|| Denial::Route {
            method: method_upper.clone(),
            path: path_only.into(),
        })?;
        match self.grants.check_request(op) {
            Ok(()) => Ok(op),
            Err(Refusal::ReadOnly) => Err(Denial::ReadOnly {
                method: method_upper,
                authority: authority.into(),
                path: path_only.into(),
            }),
            Err(refusal) => Err(Denial::NotGranted {
                method: method_upper,
                path: path_only.into(),
                refusal,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use s3tables_ops::{Method, OPS};

    fn policy(read_only: bool) -> Policy {
        let writes = if read_only { Writes::None } else { Writes::All };
        Policy {
            confirm_destructive: false,
            grants: Grants {
                writes,
                destructive: true,
                ..Grants::default()
            },
            regions: Regions::Only(vec!["us-east-1".into()]),
            custom_endpoint: Some(CustomEndpoint {
                scheme: "http".into(),
                authority: "127.0.0.1:5000".into(),
                base_path: String::new(),
            }),
            s3_endpoint: Some(CustomEndpoint {
                scheme: "http".into(),
                authority: "127.0.0.1:5000".into(),
                base_path: String::new(),
            }),
            athena: None,
        }
    }

    fn with_athena(endpoint: Option<CustomEndpoint>) -> Policy {
        Policy {
            athena: Some(AthenaPolicy {
                grant: AthenaGrant {
                    workgroup: "primary".into(),
                    output: None,
                },
                endpoint,
            }),
            ..policy(true)
        }
    }

    #[test]
    fn athena_only_when_granted_only_its_endpoint_and_four_actions() {
        let start = "AmazonAthena.StartQueryExecution";
        let aws = "athena.us-east-1.amazonaws.com";
        assert!(matches!(
            policy(true).check_athena("POST", "https", aws, "/", start),
            Err(Denial::Athena { .. })
        ));
        let p = with_athena(None);
        for action in AthenaAction::ALL {
            assert_eq!(
                p.check_athena("POST", "https", aws, "/", &action.target()),
                Ok(Allowed::Athena(action))
            );
        }
        for (method, scheme, authority, path, target) in [
            ("POST", "https", aws, "/", "AmazonAthena.DeleteWorkGroup"),
            ("POST", "https", aws, "/", "AmazonAthena.CreateNamedQuery"),
            ("GET", "https", aws, "/", start),
            ("POST", "https", aws, "/x", start),
            (
                "POST",
                "https",
                "athena.eu-west-1.amazonaws.com",
                "/",
                start,
            ),
            (
                "POST",
                "https",
                "athena.us-east-1.amazonaws.com.evil.test",
                "/",
                start,
            ),
            (
                "POST",
                "https",
                "s3tables.us-east-1.amazonaws.com",
                "/",
                start,
            ),
            ("POST", "https", "127.0.0.1:5000", "/", start),
        ] {
            assert!(
                p.check_athena(method, scheme, authority, path, target)
                    .is_err(),
                "{method} {authority}{path} {target}"
            );
        }
        assert!(matches!(
            p.check_athena("POST", "http", aws, "/", start),
            Err(Denial::Scheme { .. })
        ));
        let custom = with_athena(Some(CustomEndpoint {
            scheme: "http".into(),
            authority: "127.0.0.1:5000".into(),
            base_path: String::new(),
        }));
        assert!(custom
            .check_athena("POST", "http", "127.0.0.1:5000", "/", start)
            .is_ok());
        assert!(custom
            .check_athena("POST", "https", aws, "/", start)
            .is_err());
        let denied = Policy {
            grants: Grants {
                exclude: vec!["query_database".into()],
                ..Grants::default()
            },
            ..with_athena(None)
        };
        assert!(denied
            .check_athena("POST", "https", aws, "/", start)
            .is_err());
    }

    /// A concrete path for an operation's URI template.
    fn sample_path(op: &OpSpec) -> String {
        op.path_segments()
            .map(|s| s.unwrap_or("arn%3Aaws%3As3tables%3Aus-east-1%3A111122223333%3Abucket%2Fb"))
            .fold(String::new(), |acc, s| acc + "/" + s)
    }

    #[test]
    fn read_only_allows_exactly_the_26_reads() {
        let p = policy(true);
        let mut allowed = 0;
        for op in OPS {
            let r = p.check(
                op.method.as_str(),
                "https",
                "s3tables.us-east-1.amazonaws.com",
                &sample_path(op),
            );
            match op.method {
                Method::Get => {
                    assert_eq!(r.unwrap().operation().unwrap().name, op.name);
                    allowed += 1;
                }
                _ => assert!(
                    matches!(r, Err(Denial::ReadOnly { .. })),
                    "{} {:?}",
                    op.name,
                    r
                ),
            }
        }
        assert_eq!(allowed, 26);
    }

    #[test]
    fn read_write_allows_all_58() {
        let p = policy(false);
        for op in OPS {
            assert_eq!(
                p.check(
                    op.method.as_str(),
                    "http",
                    "127.0.0.1:5000",
                    &sample_path(op)
                )
                .unwrap()
                .operation()
                .unwrap()
                .name,
                op.name
            );
        }
    }

    #[test]
    fn other_hosts_are_denied_with_the_fix() {
        let p = policy(false);
        for authority in [
            "169.254.169.254",
            "127.0.0.1:5001",
            "s3tables.us-east-1.amazonaws.com.evil.test",
            "s3tables.eu-west-1.amazonaws.com",
            "s3.eu-west-1.amazonaws.com",
            "s3tables.us-east-1.amazonaws.com:8443",
            "evil.test",
        ] {
            let e = p.check("GET", "https", authority, "/buckets").unwrap_err();
            assert!(matches!(e, Denial::Host { .. }), "{authority}: {e:?}");
        }
        // The Region's S3 endpoint is S3, where S3 Tables paths are no table data.
        assert!(matches!(
            p.check("GET", "https", "s3.us-east-1.amazonaws.com", "/buckets"),
            Err(Denial::S3 { .. })
        ));
        let e = p
            .check("GET", "https", "evil.test", "/buckets")
            .unwrap_err()
            .to_string();
        assert!(e.contains("--allow-region"), "{e}");
        let any = Policy {
            confirm_destructive: false,
            regions: Regions::Any,
            ..policy(true)
        };
        assert!(any
            .check(
                "GET",
                "https",
                "s3tables.eu-west-1.amazonaws.com",
                "/buckets"
            )
            .is_ok());
        assert!(any
            .check("GET", "https", "s3tables.evil.amazonaws.com", "/buckets")
            .is_err());
    }

    #[test]
    fn aws_endpoints_need_https_and_the_emulator_its_own_scheme() {
        let p = policy(true);
        assert!(matches!(
            p.check(
                "GET",
                "http",
                "s3tables.us-east-1.amazonaws.com",
                "/buckets"
            ),
            Err(Denial::Scheme { .. })
        ));
        assert!(matches!(
            p.check("GET", "https", "127.0.0.1:5000", "/buckets"),
            Err(Denial::Scheme { .. })
        ));
        assert!(p
            .check("GET", "http", "127.0.0.1:5000", "/buckets?maxBuckets=1")
            .is_ok());
    }

    #[test]
    fn unknown_routes_and_methods_are_denied() {
        let p = policy(false);
        assert!(matches!(
            p.check("GET", "http", "127.0.0.1:5000", "/latest/meta-data"),
            Err(Denial::Route { .. })
        ));
        assert!(matches!(
            p.check("PATCH", "http", "127.0.0.1:5000", "/buckets"),
            Err(Denial::Route { .. })
        ));
        assert!(matches!(
            policy(true).check("PATCH", "http", "127.0.0.1:5000", "/buckets"),
            Err(Denial::ReadOnly { .. })
        ));
    }

    #[test]
    fn grants_are_enforced_per_operation() {
        let p = Policy {
            confirm_destructive: false,
            grants: Grants {
                writes: Writes::Only(vec!["create_table".into(), "tags".into()]),
                destructive: false,
                ..Grants::default()
            },
            ..policy(false)
        };
        let check = |tool: &str| {
            let op = s3tables_ops::OPS.iter().find(|o| o.tool == tool).unwrap();
            p.check(
                op.method.as_str(),
                "http",
                "127.0.0.1:5000",
                &sample_path(op),
            )
        };
        assert!(
            check("create_table").is_ok()
                && check("tag_resource").is_ok()
                && check("get_table").is_ok()
        );
        assert!(matches!(
            check("create_namespace"),
            Err(Denial::NotGranted {
                refusal: Refusal::WriteNotGranted(_),
                ..
            })
        ));
        assert!(matches!(
            check("untag_resource"),
            Err(Denial::NotGranted {
                refusal: Refusal::NotDestructive(_),
                ..
            })
        ));
    }

    fn table_data(bucket: &str, key: &str) -> Result<Allowed, Denial> {
        Ok(Allowed::TableData {
            bucket: bucket.into(),
            key: key.into(),
        })
    }

    #[test]
    fn table_bucket_objects_are_readable_on_allowed_s3_endpoints() {
        let p = policy(true);
        let b = "0a1b2c3d-uuid--table-s3";
        // Virtual-hosted and path-style on the Region's S3 endpoint, and path-style on the override.
        assert_eq!(
            p.check(
                "GET",
                "https",
                &format!("{b}.s3.us-east-1.amazonaws.com"),
                "/metadata/0.metadata.json"
            ),
            table_data(b, "metadata/0.metadata.json")
        );
        assert_eq!(
            p.check(
                "HEAD",
                "https",
                "s3.us-east-1.amazonaws.com:443",
                &format!("/{b}/data/x%3D1/f.parquet")
            ),
            table_data(b, "data/x%3D1/f.parquet")
        );
        assert_eq!(
            p.check(
                "GET",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/metadata/0.metadata.json")
            ),
            table_data(b, "metadata/0.metadata.json")
        );
        // S3 Tables routes on the shared emulator authority are still S3 Tables routes.
        assert_eq!(
            p.check("GET", "http", "127.0.0.1:5000", "/buckets")
                .unwrap()
                .operation()
                .unwrap()
                .name,
            "ListTableBuckets"
        );
        assert!(matches!(
            p.check("GET", "http", "127.0.0.1:5000", "/latest/meta-data"),
            Err(Denial::Route { .. })
        ));
    }

    #[test]
    fn everything_else_on_s3_is_denied() {
        let mut p = policy(false);
        let b = "0a1b2c3d-uuid--table-s3";
        for (method, scheme, authority, path) in [
            // A general purpose bucket's objects.
            (
                "GET",
                "https",
                "my-data.s3.us-east-1.amazonaws.com",
                "/secret.csv",
            ),
            (
                "GET",
                "https",
                "s3.us-east-1.amazonaws.com",
                "/my-data/secret.csv",
            ),
            ("GET", "http", "127.0.0.1:5000", "/my-data/secret.csv"),
            // A table bucket in a Region not allowed, or over plain HTTP.
            (
                "GET",
                "https",
                "x--table-s3.s3.eu-west-1.amazonaws.com",
                "/metadata/0.json",
            ),
            (
                "GET",
                "http",
                "x--table-s3.s3.us-east-1.amazonaws.com",
                "/metadata/0.json",
            ),
            (
                "GET",
                "https",
                "x--table-s3.s3.us-east-1.amazonaws.com.evil.test",
                "/k",
            ),
            // Writes other than new table files, even with --allow-write.
            (
                "PUT",
                "https",
                "x--table-s3.s3.us-east-1.amazonaws.com",
                "/other/0.json",
            ),
            ("PUT", "http", "127.0.0.1:5000", "/my-data/data/0.parquet"),
            (
                "PUT",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/data/../../x"),
            ),
            (
                "PUT",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/data/x?uploads"),
            ),
            (
                "DELETE",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/metadata/0.json"),
            ),
            ("POST", "http", "127.0.0.1:5000", &format!("/{b}/k?uploads")),
            // Listing, other subresources, queries on objects, dot segments.
            (
                "GET",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}?list-type=2"),
            ),
            ("GET", "http", "127.0.0.1:5000", &format!("/{b}")),
            (
                "GET",
                "https",
                "logs.s3.us-east-1.amazonaws.com",
                "/?policy",
            ),
            (
                "GET",
                "https",
                "logs.s3.us-east-1.amazonaws.com",
                "/?metadataConfiguration&x=1",
            ),
            (
                "HEAD",
                "https",
                "logs.s3.us-east-1.amazonaws.com",
                "/?metadataConfiguration",
            ),
            (
                "GET",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/k?versionId=1"),
            ),
            (
                "GET",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/metadata/../../other--table-s3/k"),
            ),
        ] {
            let r = p.check(method, scheme, authority, path);
            assert!(r.is_err(), "{method} {scheme}://{authority}{path}: {r:?}");
        }
        // No S3 endpoint override: the emulator authority serves S3 Tables only.
        p.s3_endpoint = None;
        assert!(matches!(
            p.check(
                "GET",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/metadata/0.json")
            ),
            Err(Denial::Route { .. })
        ));
    }

    #[test]
    fn bucket_metadata_configuration_is_the_one_bucket_read() {
        let p = policy(true);
        let expect = Ok(Allowed::BucketMetadataConfiguration {
            bucket: "logs".into(),
        });
        assert_eq!(
            p.check(
                "GET",
                "https",
                "logs.s3.us-east-1.amazonaws.com",
                "/?metadataConfiguration"
            ),
            expect
        );
        assert_eq!(
            p.check(
                "GET",
                "http",
                "127.0.0.1:5000",
                "/logs?metadataConfiguration"
            ),
            expect
        );
        assert_eq!(
            p.check(
                "GET",
                "https",
                "s3.us-east-1.amazonaws.com",
                "/my.logs?metadataConfiguration="
            ),
            Ok(Allowed::BucketMetadataConfiguration {
                bucket: "my.logs".into()
            })
        );
    }

    #[test]
    fn s3_reads_follow_the_tools_that_send_them() {
        let p = Policy {
            confirm_destructive: false,
            grants: Grants {
                exclude: Grants::parse_patterns(
                    "--deny-tools",
                    "describe_table,preview_table,query_database",
                )
                .unwrap(),
                ..Grants::default()
            },
            ..policy(true)
        };
        let e = p
            .check(
                "GET",
                "http",
                "127.0.0.1:5000",
                "/a--table-s3/metadata/0.json",
            )
            .unwrap_err();
        assert!(
            e.to_string().contains("no tool that reads table data"),
            "{e}"
        );
        assert!(p
            .check(
                "GET",
                "http",
                "127.0.0.1:5000",
                "/logs?metadataConfiguration"
            )
            .is_ok());
    }

    #[test]
    fn table_files_may_be_put_only_with_a_write_grant_for_appending() {
        let b = "0a1b2c3d-uuid--table-s3";
        let put = |p: &Policy, key: &str| {
            p.check("PUT", "http", "127.0.0.1:5000", &format!("/{b}/{key}"))
        };
        let writes = policy(false);
        for key in [
            "data/x/00000-0-abc.parquet",
            "metadata/snap-1.avro",
            "metadata/00002-x.metadata.json",
        ] {
            assert_eq!(
                put(&writes, key),
                Ok(Allowed::TableWrite {
                    bucket: b.into(),
                    key: key.into()
                }),
                "{key}"
            );
        }
        assert!(writes
            .check(
                "PUT",
                "https",
                &format!("{b}.s3.us-east-1.amazonaws.com"),
                "/data/x.parquet"
            )
            .is_ok());
        let e = put(&policy(true), "data/x.parquet").unwrap_err();
        assert!(e.to_string().contains("--allow-write"), "{e}");
        let other_writer = Policy {
            confirm_destructive: false,
            grants: Grants {
                writes: Grants::parse_write_list("create_table").unwrap(),
                ..Grants::default()
            },
            ..policy(false)
        };
        assert!(put(&other_writer, "data/x.parquet").is_err());
        // Source buckets: only those named, only reads, only with an import tool that may write.
        let sources = Policy {
            confirm_destructive: false,
            grants: Grants {
                read_buckets: Grants::parse_buckets("landing-*").unwrap(),
                ..writes.grants.clone()
            },
            ..writes.clone()
        };
        assert_eq!(
            sources.check("GET", "http", "127.0.0.1:5000", "/landing-1/in/orders.csv"),
            Ok(Allowed::SourceObject {
                bucket: "landing-1".into()
            })
        );
        assert_eq!(
            sources.check(
                "GET",
                "https",
                "landing-1.s3.us-east-1.amazonaws.com",
                "/in/orders.csv"
            ),
            Ok(Allowed::SourceObject {
                bucket: "landing-1".into()
            })
        );
        for (method, path) in [
            ("GET", "/other/in/orders.csv"),
            ("PUT", "/landing-1/in/orders.csv"),
            ("GET", "/landing-1/in/../../other/x"),
            ("GET", "/landing-1?list-type=2"),
            ("GET", "/landing-1/x?acl"),
        ] {
            assert!(
                sources
                    .check(method, "http", "127.0.0.1:5000", path)
                    .is_err(),
                "{method} {path}"
            );
        }
        let read_only_sources = Policy {
            confirm_destructive: false,
            grants: Grants {
                writes: Writes::None,
                ..sources.grants.clone()
            },
            ..sources.clone()
        };
        assert!(read_only_sources
            .check("GET", "http", "127.0.0.1:5000", "/landing-1/in/orders.csv")
            .is_err());
        // Reads still need no write grant.
        assert!(policy(true)
            .check(
                "GET",
                "http",
                "127.0.0.1:5000",
                &format!("/{b}/data/x.parquet")
            )
            .is_ok());
    }
}
