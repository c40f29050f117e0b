//! Named groups of tools (`--toolsets`): 58 tool descriptions cost an assistant context,
//! so by default only the families of the reference server's README are listed.

use s3tables_ops::OPS;
use std::collections::BTreeSet;

/// The reference server's families and their `get_*` siblings.
pub const DEFAULT: &[&str] = &[
    "buckets",
    "namespaces",
    "tables",
    "encryption",
    "maintenance",
    "policy",
    "metadata",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toolsets(BTreeSet<&'static str>);

impl Default for Toolsets {
    fn default() -> Self {
        Toolsets(DEFAULT.iter().copied().collect())
    }
}

/// Every toolset name, from the catalog.
pub fn all_names() -> BTreeSet<&'static str> {
    OPS.iter().map(|op| op.toolset).collect()
}

impl Toolsets {
    /// Parses `buckets,tags` or `all` (also `default`, combinable: `default,tags`).
    pub fn parse(list: &str) -> Result<Toolsets, String> {
        let known = all_names();
        let mut chosen = BTreeSet::new();
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "all" => chosen.extend(known.iter().copied()),
                "default" => chosen.extend(DEFAULT.iter().copied()),
                _ => match known.get(name) {
                    Some(n) => {
                        chosen.insert(*n);
                    }
                    None => {
                        let names: Vec<_> = known.iter().copied().collect();
                        return Err(format!(
                            "unknown toolset `{name}`; choose from all, default, {}",
                            names.join(", ")
                        ));
                    }
                },
            }
        }
        if chosen.is_empty() {
            return Err("--toolsets needs at least one toolset".to_string());
        }
        Ok(Toolsets(chosen))
    }

    pub fn contains(&self, toolset: &str) -> bool {
        self.0.contains(toolset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_selects_fourteen_and_unknown_is_rejected() {
        let all = Toolsets::parse("all").unwrap();
        assert_eq!(all.0.len(), 14);
        assert!(Toolsets::parse("buckets,nope")
            .unwrap_err()
            .contains("unknown toolset `nope`"));
        let t = Toolsets::parse("default,tags").unwrap();
        assert!(t.contains("tags") && t.contains("buckets") && !t.contains("replication"));
    }
}
