//! The host's egress policy, as a pure function: which outgoing requests the guest may make.
//!
//! A request passes only if it goes to an allowed S3 Tables endpoint (the configured Regions
//! over HTTPS, or the exact `--endpoint-url` authority), matches the route of a known S3
//! Tables operation, and — while the server is read-only — uses GET or HEAD. Every denial
//! says how to allow the request, if it should be allowed.

use s3tables_ops::endpoint::{default_authority, is_valid_region};
use s3tables_ops::grants::{Grants, Refusal, Writes};
use s3tables_ops::OpSpec;

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
        is_valid_region(region)
            && default_authority(region) == host
            && match &self.regions {
                Regions::Any => true,
                Regions::Only(list) => list.iter().any(|r| r == region),
            }
    }

    /// Checks one outgoing request. `path` may include a query string.
    pub fn check(
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
        match self.grants.check(op) {
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
        }
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
                    assert_eq!(r.unwrap().name, op.name);
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
            "s3.us-east-1.amazonaws.com",
            "s3tables.us-east-1.amazonaws.com:8443",
            "evil.test",
        ] {
            let e = p.check("GET", "https", authority, "/buckets").unwrap_err();
            assert!(matches!(e, Denial::Host { .. }), "{authority}: {e:?}");
        }
        let e = p
            .check("GET", "https", "evil.test", "/buckets")
            .unwrap_err()
            .to_string();
        assert!(e.contains("--allow-region"), "{e}");
        let any = Policy {
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
}
