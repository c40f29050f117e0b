//! One read-only query in Athena's SQL, checked on its syntax tree (as the sandbox engine checks
//! its own): exactly one `SELECT` / `WITH … SELECT` / `VALUES` / set operation; no `SELECT …
//! INTO`, no table functions (Trino's `TABLE(…)` can reach other data sources). The guest then
//! names every table in the bucket's Athena catalog (`"s3tablescatalog/<bucket>"."ns"."t"`),
//! resolving `t`, `ns.t` and `<catalog>.ns.t` exactly as the sandbox engine does; the host
//! checks that every table the query reads is in an `s3tablescatalog/…` catalog.

use sqlparser::ast::{
    visit_relations_mut, Ident, ObjectName, ObjectNamePart, Query, SetExpr, Statement, TableFactor,
    Visit, Visitor,
};
use sqlparser::dialect::GenericDialect;
use sqlparser::parser::Parser;
use std::collections::HashSet;
use std::ops::ControlFlow;

/// Athena's federated catalog of S3 table buckets: `s3tablescatalog/<bucket name>`.
pub const CATALOG_PREFIX: &str = "s3tablescatalog/";
/// Deeper nesting is refused (the parser's guard against stack exhaustion).
const RECURSION_LIMIT: usize = 64;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("The query is empty.")]
    Empty,
    #[error("The query is not valid SQL: {0}")]
    Syntax(String),
    #[error("Send exactly one statement; this text has {0}.")]
    Statements(usize),
    #[error("Only read-only queries are allowed (SELECT, WITH … SELECT, VALUES, UNION …); this is a {0} statement.")]
    NotAQuery(String),
    #[error("SELECT … INTO creates a table; only read-only queries are allowed.")]
    SelectInto,
    #[error("{0} is a table function; queries sent to Athena may read tables only.")]
    TableFunction(String),
    #[error("Unknown catalog in {name}: name tables as table, namespace.table or {catalog}.namespace.table.")]
    Catalog { name: String, catalog: String },
    #[error("{0} reads a table outside the table buckets' catalog (s3tablescatalog/…).")]
    OutsideCatalog(String),
    #[error("{0}: time travel (table@snapshot) runs in the sandbox engine only; on Athena this server sends no FOR VERSION AS OF yet.")]
    TimeTravel(String),
}

/// One parsed read-only query.
#[derive(Debug, Clone)]
pub struct ReadOnlyQuery {
    query: Box<Query>,
    /// Names `WITH` defines anywhere in the query: a one-part name among them is no table.
    ctes: HashSet<String>,
}

/// How the guest names tables: the bucket's catalog, the namespace of one-part names, and the
/// catalog name three-part names may use (as in the sandbox engine).
pub struct Names<'a> {
    pub bucket: &'a str,
    pub namespace: &'a str,
    pub catalog_alias: &'a str,
}

/// An identifier as Athena compares it: unquoted ones are case-insensitive.
fn folded(ident: &Ident) -> String {
    match ident.quote_style {
        Some(_) => ident.value.clone(),
        None => ident.value.to_ascii_lowercase(),
    }
}

fn parts(name: &ObjectName) -> Option<Vec<&Ident>> {
    name.0.iter().map(ObjectNamePart::as_ident).collect()
}

impl ReadOnlyQuery {
    /// Parses `sql`, refusing anything but one read-only query without table functions.
    pub fn parse(sql: &str) -> Result<ReadOnlyQuery, Refusal> {
        if sql.trim().is_empty() {
            return Err(Refusal::Empty);
        }
        let mut statements = Parser::new(&GenericDialect {})
            .with_recursion_limit(RECURSION_LIMIT)
            .try_with_sql(sql)
            .and_then(|mut p| p.parse_statements())
            .map_err(|e| {
                let text = e.to_string();
                Refusal::Syntax(
                    text.strip_prefix("sql parser error: ")
                        .unwrap_or(&text)
                        .to_string(),
                )
            })?;
        if statements.len() != 1 {
            return Err(Refusal::Statements(statements.len()));
        }
        let query = match statements.remove(0) {
            Statement::Query(query) => query,
            other => return Err(Refusal::NotAQuery(kind_of(&other))),
        };
        if writes_into(&query.body) {
            return Err(Refusal::SelectInto);
        }
        let mut scan = Scan::default();
        if let ControlFlow::Break(refusal) = query.visit(&mut scan) {
            return Err(refusal);
        }
        Ok(ReadOnlyQuery {
            query,
            ctes: scan.ctes,
        })
    }

    /// The tables the query reads (names as written; `WITH` names excluded).
    pub fn tables(&self) -> Vec<ObjectName> {
        let mut found = Vec::new();
        let _ = sqlparser::ast::visit_relations(&self.query, |name| {
            if !self.is_cte(name) {
                found.push(name.clone());
            }
            ControlFlow::<()>::Continue(())
        });
        found
    }

    fn is_cte(&self, name: &ObjectName) -> bool {
        match parts(name).as_deref() {
            Some([one]) => self.ctes.contains(&folded(one)),
            _ => false,
        }
    }

    /// The host's rule: every table is `"s3tablescatalog/…".namespace.table`.
    pub fn check_catalogs(&self) -> Result<(), Refusal> {
        for name in self.tables() {
            let in_catalog = match parts(&name).as_deref() {
                Some([catalog, _, _]) => folded(catalog).starts_with(CATALOG_PREFIX),
                _ => false,
            };
            if !in_catalog {
                return Err(Refusal::OutsideCatalog(name.to_string()));
            }
        }
        Ok(())
    }

    /// Names every table in the bucket's catalog: `t` → `"s3tablescatalog/<bucket>"."<namespace>"."t"`,
    /// `ns.t` and `<catalog alias>.ns.t` → `"s3tablescatalog/<bucket>"."ns"."t"`; a name already in
    /// the bucket's catalog stays; any other catalog is refused, as the sandbox refuses it.
    pub fn qualify(&mut self, names: &Names) -> Result<(), Refusal> {
        let catalog = format!("{CATALOG_PREFIX}{}", names.bucket);
        let ctes = &self.ctes;
        let quoted = |ident: &Ident| Ident::with_quote('"', ident.value.clone());
        let outcome = visit_relations_mut(&mut self.query, |name| {
            let Some(idents) = parts(name) else {
                return ControlFlow::Break(Refusal::Catalog {
                    name: name.to_string(),
                    catalog: names.catalog_alias.to_string(),
                });
            };
            if idents.last().is_some_and(|t| t.value.contains('@')) {
                return ControlFlow::Break(Refusal::TimeTravel(name.to_string()));
            }
            let (namespace, table) = match idents.as_slice() {
                [one] if ctes.contains(&folded(one)) => return ControlFlow::Continue(()),
                [table] => (Ident::with_quote('"', names.namespace), quoted(table)),
                [ns, table] => (quoted(ns), quoted(table)),
                [c, ns, table]
                    if folded(c) == names.catalog_alias.to_ascii_lowercase()
                        || c.value == catalog =>
                {
                    (quoted(ns), quoted(table))
                }
                _ => {
                    return ControlFlow::Break(Refusal::Catalog {
                        name: name.to_string(),
                        catalog: names.catalog_alias.to_string(),
                    })
                }
            };
            *name = ObjectName::from(vec![Ident::with_quote('"', &catalog), namespace, table]);
            ControlFlow::Continue(())
        });
        match outcome {
            ControlFlow::Break(refusal) => Err(refusal),
            ControlFlow::Continue(()) => Ok(()),
        }
    }

    /// The query as text, for Athena.
    pub fn to_sql(&self) -> String {
        self.query.to_string()
    }
}

/// Collects `WITH` names and stops at the first table function.
#[derive(Default)]
struct Scan {
    ctes: HashSet<String>,
}

impl Visitor for Scan {
    type Break = Refusal;

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<Refusal> {
        if let Some(with) = &query.with {
            self.ctes
                .extend(with.cte_tables.iter().map(|cte| folded(&cte.alias.name)));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<Refusal> {
        match factor {
            TableFactor::Table {
                name,
                args: Some(_),
                ..
            } => ControlFlow::Break(Refusal::TableFunction(name.to_string())),
            TableFactor::TableFunction { expr, .. } => {
                ControlFlow::Break(Refusal::TableFunction(format!("TABLE({expr})")))
            }
            TableFactor::Function { name, .. } => {
                ControlFlow::Break(Refusal::TableFunction(name.to_string()))
            }
            _ => ControlFlow::Continue(()),
        }
    }
}

/// Whether a query body (or any branch of a set operation) is `SELECT … INTO`. (The sandbox
/// engine's check uses this too: one parser, one rule.)
pub fn writes_into(body: &SetExpr) -> bool {
    match body {
        SetExpr::Select(select) => select.into.is_some(),
        SetExpr::Query(q) => writes_into(&q.body),
        SetExpr::SetOperation { left, right, .. } => writes_into(left) || writes_into(right),
        _ => false,
    }
}

/// The statement's leading keywords, e.g. `INSERT` or `DROP TABLE`, for the refusal message.
pub fn kind_of(statement: &Statement) -> String {
    let text = statement.to_string();
    let words: Vec<&str> = text
        .split_whitespace()
        .take_while(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        .take(2)
        .collect();
    if words.is_empty() {
        "non-query".into()
    } else {
        words.join(" ").to_ascii_uppercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: Names = Names {
        bucket: "lake",
        namespace: "sales",
        catalog_alias: "s3tablescatalog",
    };

    fn qualified(sql: &str) -> String {
        let mut q = ReadOnlyQuery::parse(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        q.qualify(&NAMES).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let text = q.to_sql();
        // What the guest sends, the host lets through.
        ReadOnlyQuery::parse(&text)
            .and_then(|q| q.check_catalogs())
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        text
    }

    #[test]
    fn names_resolve_into_the_buckets_catalog_as_in_the_sandbox() {
        assert_eq!(
            qualified("SELECT id FROM orders WHERE id > 1"),
            r#"SELECT id FROM "s3tablescatalog/lake"."sales"."orders" WHERE id > 1"#
        );
        assert_eq!(
            qualified(
                "select * from finance.ledger l join s3tablescatalog.sales.orders o on l.id = o.id"
            ),
            r#"SELECT * FROM "s3tablescatalog/lake"."finance"."ledger" l JOIN "s3tablescatalog/lake"."sales"."orders" o ON l.id = o.id"#
        );
        assert_eq!(
            qualified(r#"SELECT * FROM "orders$snapshots""#),
            r#"SELECT * FROM "s3tablescatalog/lake"."sales"."orders$snapshots""#
        );
        // Already in the bucket's catalog: kept.
        assert_eq!(
            qualified(r#"SELECT 1 FROM "s3tablescatalog/lake".sales.orders"#),
            r#"SELECT 1 FROM "s3tablescatalog/lake"."sales"."orders""#
        );
    }

    #[test]
    fn with_names_and_subqueries() {
        assert_eq!(
            qualified("WITH recent AS (SELECT * FROM orders) SELECT count(*) FROM recent WHERE id IN (SELECT id FROM returns)"),
            r#"WITH recent AS (SELECT * FROM "s3tablescatalog/lake"."sales"."orders") SELECT count(*) FROM recent WHERE id IN (SELECT id FROM "s3tablescatalog/lake"."sales"."returns")"#
        );
        assert_eq!(qualified("VALUES (1), (2)"), "VALUES (1), (2)");
        assert_eq!(qualified("SELECT 1"), "SELECT 1");
    }

    #[test]
    fn other_catalogs_are_refused_by_the_guest_and_the_host() {
        let mut q = ReadOnlyQuery::parse("SELECT * FROM awsdatacatalog.db.t").unwrap();
        assert!(matches!(q.qualify(&NAMES), Err(Refusal::Catalog { .. })));
        assert!(matches!(
            q.check_catalogs(),
            Err(Refusal::OutsideCatalog(_))
        ));
        for sql in [
            "SELECT * FROM t",
            "SELECT * FROM db.t",
            r#"SELECT * FROM "s3tablescatalog/x".ns.t JOIN awsdatacatalog.db.u ON true"#,
            r#"SELECT * FROM a.b.c.d"#,
        ] {
            let q = ReadOnlyQuery::parse(sql).unwrap();
            assert!(q.check_catalogs().is_err(), "{sql}");
        }
        let mut q = ReadOnlyQuery::parse("SELECT * FROM a.b.c.d").unwrap();
        assert!(q.qualify(&NAMES).is_err());
        let mut q = ReadOnlyQuery::parse(r#"SELECT * FROM "orders@123""#).unwrap();
        assert!(matches!(q.qualify(&NAMES), Err(Refusal::TimeTravel(_))));
    }

    #[test]
    fn everything_but_one_query_is_refused() {
        for sql in [
            "INSERT INTO t VALUES (1)",
            "CREATE TABLE x AS SELECT * FROM t",
            "DROP TABLE t",
            "DELETE FROM t",
            "UPDATE t SET a = 1",
            "MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE",
            "UNLOAD (SELECT * FROM t) TO 's3://x/' WITH (format = 'PARQUET')",
            "ALTER TABLE t ADD COLUMNS (c int)",
            "EXPLAIN ANALYZE SELECT * FROM t",
            "SHOW TABLES",
            "MSCK REPAIR TABLE t",
        ] {
            assert!(
                matches!(
                    ReadOnlyQuery::parse(sql),
                    Err(Refusal::NotAQuery(_) | Refusal::Syntax(_))
                ),
                "{sql}"
            );
        }
        assert_eq!(
            ReadOnlyQuery::parse("SELECT 1; DROP TABLE t").unwrap_err(),
            Refusal::Statements(2)
        );
        assert_eq!(
            ReadOnlyQuery::parse("SELECT * INTO x FROM t").unwrap_err(),
            Refusal::SelectInto
        );
        assert_eq!(ReadOnlyQuery::parse("  ").unwrap_err(), Refusal::Empty);
        for sql in [
            "SELECT * FROM TABLE(system.query(query => 'SELECT 1'))",
            "SELECT * FROM generate_series(1, 3)",
        ] {
            assert!(
                matches!(
                    ReadOnlyQuery::parse(sql),
                    Err(Refusal::TableFunction(_) | Refusal::Syntax(_))
                ),
                "{sql}"
            );
        }
        let deep = format!("SELECT {}1{}", "(".repeat(200), ")".repeat(200));
        assert!(ReadOnlyQuery::parse(&deep).is_err());
    }

    #[test]
    fn string_literals_are_data() {
        assert_eq!(
            qualified("SELECT 'drop table t; insert' AS s FROM orders"),
            r#"SELECT 'drop table t; insert' AS s FROM "s3tablescatalog/lake"."sales"."orders""#
        );
    }
}
