//! What the user granted: which tools exist at all (`--tools`, `--deny-tools`), which may
//! write (`--allow-write`, or `--allow-write=LIST` of tools and toolsets), and whether
//! destructive ones may run (`--allow-destructive`). The guest and the host both apply these
//! rules — the guest to list and refuse tools, the host to refuse the requests themselves.

use crate::composite::{CompositeSpec, S3Reads, S3Writes, COMPOSITES};
use crate::{Access, OpSpec, OPS};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Writes {
    /// Read-only (the default).
    #[default]
    None,
    All,
    /// Only these tools, or tools of these toolsets.
    Only(Vec<String>),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    pub writes: Writes,
    pub destructive: bool,
    /// `--tools`: if any, only tools matching one of these patterns exist.
    pub include: Vec<String>,
    /// `--deny-tools`: tools matching one of these patterns do not exist.
    pub exclude: Vec<String>,
    /// `--allow-read-bucket`: general purpose buckets (names or `*` patterns) whose objects
    /// the import tools may read. None by default.
    pub read_buckets: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Server is configured in read-only mode")]
    ReadOnly,
    #[error("{0} is not among the tools allowed to write (--allow-write=…)")]
    WriteNotGranted(&'static str),
    #[error("{0} is destructive; start the server with --allow-destructive to allow it")]
    NotDestructive(&'static str),
    #[error("{0} is disabled by --tools/--deny-tools")]
    Hidden(&'static str),
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, rest)) => {
            let Some(tail) = name.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len()).any(|i| tail.is_char_boundary(i) && glob(rest, &tail[i..]))
        }
    }
}

/// Every tool name and its toolset: the operations, then the composite tools.
fn all_tools() -> impl Iterator<Item = (&'static str, &'static str)> {
    OPS.iter()
        .map(|op| (op.tool, op.toolset))
        .chain(COMPOSITES.iter().map(|c| (c.tool, c.toolset)))
}

fn names(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

impl Grants {
    /// `--allow-write=LIST`: tool names and toolset names, checked against the catalog.
    pub fn parse_write_list(list: &str) -> Result<Writes, String> {
        if list.trim().is_empty() || list.trim() == "*" || list.trim() == "all" {
            return Ok(Writes::All);
        }
        let mut out = Vec::new();
        for name in names(list) {
            if !all_tools().any(|(tool, toolset)| tool == name || toolset == name) {
                return Err(format!(
                    "--allow-write: `{name}` is neither a tool nor a toolset"
                ));
            }
            out.push(name.to_string());
        }
        Ok(Writes::Only(out))
    }

    /// `--tools` / `--deny-tools`: patterns, each of which must match some tool.
    pub fn parse_patterns(flag: &str, list: &str) -> Result<Vec<String>, String> {
        names(list)
            .map(|p| {
                if all_tools().any(|(tool, _)| glob(p, tool)) {
                    Ok(p.to_string())
                } else {
                    Err(format!("{flag}: `{p}` matches no tool"))
                }
            })
            .collect()
    }

    /// Whether the tool exists at all under `--tools` / `--deny-tools`.
    pub fn exposes(&self, op: &OpSpec) -> bool {
        self.exposes_name(op.tool)
    }

    fn exposes_name(&self, tool: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|p| glob(p, tool)))
            && !self.exclude.iter().any(|p| glob(p, tool))
    }

    /// Whether the operation may run.
    pub fn check(&self, op: &'static OpSpec) -> Result<(), Refusal> {
        self.check_tool(op.tool, op.toolset, op.access)
    }

    /// Whether the operation may be sent: as a tool of its own, or by a granted composite tool
    /// that calls it (the host's rule; the guest admits tools, not requests).
    pub fn check_request(&self, op: &'static OpSpec) -> Result<(), Refusal> {
        self.check(op).or_else(|refusal| {
            let used = COMPOSITES
                .iter()
                .any(|c| c.operations.contains(&op.name) && self.check_composite(c).is_ok());
            if used {
                Ok(())
            } else {
                Err(refusal)
            }
        })
    }

    /// Whether the composite tool may run.
    pub fn check_composite(&self, spec: &'static CompositeSpec) -> Result<(), Refusal> {
        self.check_tool(spec.tool, spec.toolset, spec.access)
    }

    /// Whether some composite tool that sends these S3 requests may run (the host lets
    /// them through only then).
    pub fn allows_s3_reads(&self, reads: S3Reads) -> bool {
        COMPOSITES
            .iter()
            .any(|c| c.s3_reads.contains(&reads) && self.check_composite(c).is_ok())
    }

    /// Whether objects of this general purpose bucket may be read: the user named it with
    /// `--allow-read-bucket`, and a tool that imports files may run.
    pub fn allows_source_bucket(&self, bucket: &str) -> bool {
        self.read_buckets.iter().any(|p| glob(p, bucket))
            && self.allows_s3_reads(S3Reads::SourceObjects)
    }

    /// `--allow-read-bucket`: bucket names or patterns, comma-separated.
    pub fn parse_buckets(list: &str) -> Result<Vec<String>, String> {
        names(list)
            .map(|b| {
                let valid = b.len() <= 63
                    && b.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '*'));
                if valid {
                    Ok(b.to_string())
                } else {
                    Err(format!("--allow-read-bucket: `{b}` is not a bucket name or pattern (lower-case letters, digits, `.`, `-`, `*`)"))
                }
            })
            .collect()
    }

    /// Whether some composite tool that writes table data may run (which takes
    /// `--allow-write` for it); the host lets PUTs into table buckets through only then.
    pub fn allows_s3_writes(&self) -> bool {
        COMPOSITES
            .iter()
            .any(|c| c.s3_writes == S3Writes::TableData && self.check_composite(c).is_ok())
    }

    fn check_tool(&self, tool: &'static str, toolset: &str, access: Access) -> Result<(), Refusal> {
        if !self.exposes_name(tool) {
            return Err(Refusal::Hidden(tool));
        }
        let Access::Write { destructive, .. } = access else {
            return Ok(());
        };
        match &self.writes {
            Writes::None => return Err(Refusal::ReadOnly),
            Writes::All => {}
            Writes::Only(list) => {
                if !list.iter().any(|n| n == tool || n == toolset) {
                    return Err(Refusal::WriteNotGranted(tool));
                }
            }
        }
        if destructive && !self.destructive {
            return Err(Refusal::NotDestructive(tool));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(tool: &str) -> &'static OpSpec {
        OPS.iter().find(|o| o.tool == tool).unwrap()
    }

    #[test]
    fn globs() {
        assert!(glob("get_*", "get_table"));
        assert!(glob("*policy*", "put_table_bucket_policy"));
        assert!(glob("*", "x") && glob("a*b*c", "aXbYc") && !glob("a*b", "ac"));
    }

    #[test]
    fn read_only_allows_reads_only() {
        let g = Grants::default();
        assert_eq!(g.check(op("get_table")), Ok(()));
        assert_eq!(g.check(op("create_table")), Err(Refusal::ReadOnly));
    }

    #[test]
    fn write_lists_and_destructive_gate() {
        let g = Grants {
            writes: Grants::parse_write_list("create_table,tags").unwrap(),
            ..Grants::default()
        };
        assert_eq!(g.check(op("create_table")), Ok(()));
        assert_eq!(g.check(op("tag_resource")), Ok(()));
        assert_eq!(
            g.check(op("create_namespace")),
            Err(Refusal::WriteNotGranted("create_namespace"))
        );
        assert_eq!(
            g.check(op("untag_resource")),
            Err(Refusal::NotDestructive("untag_resource"))
        );
        let all = Grants {
            writes: Writes::All,
            destructive: true,
            ..Grants::default()
        };
        assert!(OPS.iter().all(|o| all.check(o).is_ok()));
        assert!(Grants::parse_write_list("create_tabel")
            .unwrap_err()
            .contains("neither a tool nor a toolset"));
    }

    #[test]
    fn include_and_exclude_hide_tools() {
        let g = Grants {
            include: Grants::parse_patterns("--tools", "get_*,list_*").unwrap(),
            exclude: Grants::parse_patterns("--deny-tools", "*policy*").unwrap(),
            ..Grants::default()
        };
        assert!(
            g.exposes(op("get_table"))
                && !g.exposes(op("get_table_policy"))
                && !g.exposes(op("create_table"))
        );
        assert_eq!(
            g.check(op("get_table_policy")),
            Err(Refusal::Hidden("get_table_policy"))
        );
        assert!(Grants::parse_patterns("--tools", "nothing_*").is_err());
    }

    #[test]
    fn composite_tools_follow_the_same_grants() {
        let describe = crate::composite::find_composite("describe_table").unwrap();
        assert_eq!(Grants::default().check_composite(describe), Ok(()));
        assert!(Grants::default().allows_s3_reads(S3Reads::TableData));
        let hidden = Grants {
            exclude: Grants::parse_patterns("--deny-tools", "describe_*").unwrap(),
            ..Grants::default()
        };
        assert_eq!(
            hidden.check_composite(describe),
            Err(Refusal::Hidden("describe_table"))
        );
        // preview_table and query_database still read table data.
        assert!(hidden.allows_s3_reads(S3Reads::TableData));
        let no_data = Grants {
            exclude: Grants::parse_patterns("--deny-tools", "describe_*,preview_*,query_*")
                .unwrap(),
            ..Grants::default()
        };
        assert!(!no_data.allows_s3_reads(S3Reads::TableData));
        assert!(hidden.allows_s3_reads(S3Reads::BucketMetadataConfiguration));
        assert!(Grants::parse_patterns("--tools", "get_bucket_metadata_*").is_ok());
    }

    #[test]
    fn table_bucket_writes_need_a_write_grant_for_a_tool_that_appends() {
        assert!(!Grants::default().allows_s3_writes());
        let all = Grants {
            writes: Writes::All,
            ..Grants::default()
        };
        assert!(all.allows_s3_writes());
        let other_tool = Grants {
            writes: Grants::parse_write_list("create_table").unwrap(),
            ..Grants::default()
        };
        assert!(!other_tool.allows_s3_writes());
        let append = Grants {
            writes: Grants::parse_write_list("append_rows_to_table").unwrap(),
            ..Grants::default()
        };
        assert!(append.allows_s3_writes());
        let commit = crate::find("UpdateTableMetadataLocation").unwrap();
        assert_eq!(
            append.check(commit),
            Err(Refusal::WriteNotGranted("update_table_metadata_location"))
        );
        assert_eq!(append.check_request(commit), Ok(()));
        assert_eq!(
            other_tool.check_request(commit),
            Err(Refusal::WriteNotGranted("update_table_metadata_location"))
        );
        let hidden = Grants {
            exclude: Grants::parse_patterns("--deny-tools", "append_*,import_*").unwrap(),
            ..all
        };
        assert!(!hidden.allows_s3_writes());
    }

    #[test]
    fn source_buckets_need_a_name_and_an_import_tool_that_may_write() {
        let named = Grants {
            read_buckets: Grants::parse_buckets("landing, raw-*").unwrap(),
            writes: Writes::All,
            ..Grants::default()
        };
        assert!(named.allows_source_bucket("landing"));
        assert!(named.allows_source_bucket("raw-2024"));
        assert!(!named.allows_source_bucket("landing2"));
        assert!(!named.allows_source_bucket("secrets"));
        let read_only = Grants {
            writes: Writes::None,
            ..named.clone()
        };
        assert!(!read_only.allows_source_bucket("landing"));
        let no_imports = Grants {
            exclude: Grants::parse_patterns("--deny-tools", "import_*").unwrap(),
            ..named
        };
        assert!(!no_imports.allows_source_bucket("landing"));
        assert!(Grants::parse_buckets("Bad_Bucket").is_err());
        assert!(Grants::parse_buckets("a/b").is_err());
    }
}
