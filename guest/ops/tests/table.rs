//! Invariants of the generated catalog.
use s3tables_ops::*;
use std::collections::HashSet;

#[test]
fn has_all_58_operations_26_reads_32_writes() {
    assert_eq!(OPS.len(), 58);
    assert_eq!(OPS.iter().filter(|o| o.access.is_read()).count(), 26);
    assert_eq!(OPS.iter().filter(|o| !o.access.is_read()).count(), 32);
}

#[test]
fn tool_names_are_unique() {
    let names: HashSet<_> = OPS.iter().map(|o| o.tool).collect();
    assert_eq!(names.len(), OPS.len());
}

#[test]
fn read_iff_get() {
    for op in OPS {
        assert_eq!(op.access.is_read(), op.method == Method::Get, "{}", op.name);
    }
}

#[test]
fn every_placeholder_has_a_label_member_and_back() {
    for op in OPS {
        let labels: HashSet<&str> = op
            .uri
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        let members: HashSet<&str> = op
            .input_members()
            .iter()
            .filter(|m| m.location == Location::Label)
            .map(|m| m.wire)
            .collect();
        assert_eq!(labels, members, "{}", op.name);
        for m in op
            .input_members()
            .iter()
            .filter(|m| m.location == Location::Label)
        {
            assert!(m.required, "{}.{} is a label but optional", op.name, m.name);
        }
    }
}

#[test]
fn every_operation_routes_back_to_itself() {
    for op in OPS {
        let path: String = op
            .path_segments()
            .map(|s| s.unwrap_or("arn%3Aaws%3Ax"))
            .collect::<Vec<_>>()
            .join("/");
        let found = route(op.method.as_str(), &format!("/{path}")).expect(op.name);
        assert_eq!(found.name, op.name);
    }
}

#[test]
fn routes_reject_unknown_paths() {
    assert!(route("GET", "/buckets/a/unknown").is_none());
    assert!(route("PATCH", "/buckets").is_none());
    assert!(route("GET", "/").is_none());
    assert!(route("GET", "/buckets/..").is_none());
    assert!(route("GET", "/buckets/.").is_none());
    assert!(
        route("GET", "/buckets/%2E%2E").is_some(),
        "an encoded label is just a name"
    );
}

#[test]
fn toolsets_cover_every_family() {
    let sets: HashSet<_> = OPS.iter().map(|o| o.toolset).collect();
    for want in [
        "buckets",
        "namespaces",
        "tables",
        "encryption",
        "maintenance",
        "policy",
        "metadata",
        "tags",
        "metrics",
        "storage-class",
        "replication",
        "record-expiration",
        "logging",
        "migration",
    ] {
        assert!(sets.contains(want), "{want}");
    }
    assert_eq!(sets.len(), 14);
}
