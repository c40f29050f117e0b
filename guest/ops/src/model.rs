//! The types of the operation catalog. The data itself is generated into `table.rs`.

/// Index of a shape in [`crate::SHAPES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ShapeId(pub u16);

impl ShapeId {
    pub fn get(self) -> &'static Shape {
        &crate::SHAPES[self.0 as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// Whether an operation only reads (HTTP GET, Smithy `readonly`) or changes state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write { destructive: bool, idempotent: bool },
}

impl Access {
    pub fn is_read(self) -> bool {
        matches!(self, Access::Read)
    }

    /// Deletes or replaces something (`--allow-destructive`; confirmed by the person unless
    /// `--no-confirm`).
    pub fn is_destructive(self) -> bool {
        matches!(
            self,
            Access::Write {
                destructive: true,
                ..
            }
        )
    }
}

/// Where an input member travels in the HTTP request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// A `{label}` in the URI template, percent-encoded as one path segment.
    Label,
    /// A query-string parameter (lists repeat the key).
    Query,
    /// A member of the JSON body.
    Body,
}

#[derive(Debug)]
pub struct Member {
    /// The member name in the model (camelCase, sometimes with odd casing such as `tableBucketARN`).
    pub name: &'static str,
    /// The snake_case name tools use for this member.
    pub arg: &'static str,
    /// The name on the wire: the label, query key or JSON key (e.g. `schema-id`).
    pub wire: &'static str,
    pub shape: ShapeId,
    pub location: Location,
    pub required: bool,
    pub doc: &'static str,
}

#[derive(Debug)]
pub enum ShapeKind {
    Structure {
        /// A union takes exactly one member.
        union: bool,
        members: &'static [Member],
    },
    List {
        member: ShapeId,
        min: Option<u64>,
        max: Option<u64>,
    },
    Map {
        key: ShapeId,
        value: ShapeId,
        max: Option<u64>,
    },
    String {
        min: Option<u64>,
        max: Option<u64>,
        pattern: Option<&'static str>,
        enum_values: &'static [&'static str],
    },
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    Boolean,
    Timestamp,
    /// Arbitrary JSON, passed through verbatim (Iceberg nested types).
    Document,
}

#[derive(Debug)]
pub struct Shape {
    pub name: &'static str,
    pub doc: &'static str,
    pub kind: ShapeKind,
}

impl Shape {
    pub fn members(&self) -> &'static [Member] {
        match self.kind {
            ShapeKind::Structure { members, .. } => members,
            _ => &[],
        }
    }
}

/// How a list operation pages (from the botocore paginators).
#[derive(Debug)]
pub struct Paging {
    pub input_token: &'static str,
    pub output_token: &'static str,
    pub limit_key: &'static str,
    pub result_key: &'static str,
}

/// One S3 Tables operation, declared once: everything else (tool schema, annotations,
/// request building, the host's route allowlist) is derived from it.
#[derive(Debug)]
pub struct OpSpec {
    /// The API name, e.g. `CreateTableBucket`.
    pub name: &'static str,
    /// The MCP tool name, e.g. `create_table_bucket`.
    pub tool: &'static str,
    pub method: Method,
    /// The URI template, e.g. `/buckets/{tableBucketARN}/policy`.
    pub uri: &'static str,
    /// The documented success status (any 2xx is accepted).
    pub success: u16,
    pub access: Access,
    /// The `--toolsets` group this operation belongs to.
    pub toolset: &'static str,
    pub input: Option<ShapeId>,
    pub output: Option<ShapeId>,
    pub paging: Option<Paging>,
    /// One sentence from the model's documentation.
    pub doc: &'static str,
}

impl OpSpec {
    pub fn input_members(&self) -> &'static [Member] {
        self.input.map(|s| s.get().members()).unwrap_or(&[])
    }

    /// True when the operation sends a JSON body (botocore sends `{}` even if every body member is unset).
    pub fn has_body(&self) -> bool {
        self.input_members()
            .iter()
            .any(|m| m.location == Location::Body)
    }

    /// The label values of a concrete request path this operation's route matched
    /// (`route`), by label name, still percent-encoded: `[("tableBucketARN", "arn%3A…"), …]`.
    pub fn path_labels<'p>(&self, path: &'p str) -> Vec<(&'static str, &'p str)> {
        let template = self.uri.trim_start_matches('/').split('/');
        template
            .zip(path.trim_start_matches('/').split('/'))
            .filter_map(|(t, value)| {
                let name = t.strip_prefix('{')?.strip_suffix('}')?;
                Some((name.trim_end_matches('+'), value))
            })
            .collect()
    }

    /// The fixed path segments of the URI template, with `None` for labels.
    pub fn path_segments(&self) -> impl Iterator<Item = Option<&'static str>> {
        self.uri.trim_start_matches('/').split('/').map(|seg| {
            if seg.starts_with('{') {
                None
            } else {
                Some(seg)
            }
        })
    }
}
