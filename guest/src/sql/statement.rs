//! Only queries run: the text is parsed with the engine's own parser and refused unless it is
//! exactly one `SELECT` / `WITH … SELECT` / `VALUES` / set operation. The check works on the
//! syntax tree, not on keywords, so a string literal such as `'drop table'` is harmless and a
//! `SELECT … INTO` (which would create a table) is caught. The planner is told the same
//! (`SQLOptions` without DDL, DML or statements) as a second line. `EXPLAIN <query>` is
//! accepted too (never `EXPLAIN ANALYZE`, which runs the query): it plans without reading data.
//! Time travel clauses (`t VERSION AS OF 123`) are first rewritten to time-travel names
//! (`as_of`).

use datafusion::sql::parser::{DFParserBuilder, Statement as DfStatement};
use datafusion::sql::sqlparser::ast::Statement;
use datafusion::sql::sqlparser::dialect::GenericDialect;
use s3tables_athena::query::{kind_of, writes_into};

/// Deeper nesting is refused (the parser's own guard against stack exhaustion).
const RECURSION_LIMIT: usize = 64;

/// A checked statement: a read-only query, or `EXPLAIN` of one.
pub struct Parsed {
    pub query: DfStatement,
    /// `EXPLAIN`: answer with the plan and what it would read, not with rows.
    pub explain: bool,
}

/// Parses `sql` and returns its one statement if it is a read-only query or `EXPLAIN` of one.
pub fn parse(sql: &str) -> Result<Parsed, String> {
    let statement = parse_query(sql).or_else(|refused| match parse_statement(sql)? {
        DfStatement::Explain(explain) if explain.options.analyze => Err(
            "EXPLAIN ANALYZE runs the query; use EXPLAIN for the plan and the data it would read, or run the query itself."
                .to_string(),
        ),
        DfStatement::Explain(explain) => {
            check_query(&explain.statement)?;
            Ok(Parsed {
                query: *explain.statement,
                explain: true,
            })
        }
        _ => Err(refused),
    })?;
    Ok(statement)
}

/// Parses `sql` and returns its one statement if it is a read-only query.
fn parse_query(sql: &str) -> Result<Parsed, String> {
    let statement = parse_statement(sql)?;
    check_query(&statement)?;
    Ok(Parsed {
        query: statement,
        explain: false,
    })
}

/// The one statement of `sql`, parsed.
fn parse_statement(sql: &str) -> Result<DfStatement, String> {
    if sql.trim().is_empty() {
        return Err("The query is empty.".into());
    }
    let sql = super::as_of::rewrite(sql)?;
    let mut statements = DFParserBuilder::new(&*sql)
        .with_dialect(&GenericDialect {})
        .with_recursion_limit(RECURSION_LIMIT)
        .build()
        .and_then(|mut p| p.parse_statements())
        .map_err(|e| {
            format!(
                "The query is not valid SQL: {}",
                strip_prefix(&e.to_string())
            )
        })?;
    if statements.len() != 1 {
        return Err(format!(
            "Send exactly one statement; this text has {}.",
            statements.len()
        ));
    }
    Ok(statements.pop_front().expect("one statement"))
}

/// Refuses anything but a read-only query.
fn check_query(statement: &DfStatement) -> Result<(), String> {
    match statement {
        DfStatement::Statement(inner) => match inner.as_ref() {
            Statement::Query(query) => {
                if writes_into(&query.body) {
                    return Err(
                        "SELECT … INTO creates a table; only read-only queries are allowed.".into(),
                    );
                }
                Ok(())
            }
            other => Err(refusal(&kind_of(other))),
        },
        DfStatement::CreateExternalTable(_) => Err(refusal("CREATE EXTERNAL TABLE")),
        DfStatement::CopyTo(_) => Err(refusal("COPY")),
        DfStatement::Explain(_) => Err(refusal("EXPLAIN")),
        DfStatement::Reset(_) => Err(refusal("RESET")),
    }
}

fn refusal(kind: &str) -> String {
    format!(
        "Only read-only queries are allowed (SELECT, WITH … SELECT, VALUES, UNION …); this is a {kind} statement."
    )
}

/// DataFusion prefixes parser errors with its own error kind.
fn strip_prefix(message: &str) -> &str {
    message
        .strip_prefix("SQL error: ")
        .or_else(|| message.strip_prefix("Error during planning: "))
        .unwrap_or(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_accepted() {
        for sql in [
            "SELECT 1",
            "select * from t where s = 'drop table t; insert'",
            "WITH x AS (SELECT * FROM t) SELECT count(*) FROM x",
            "SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a LIMIT 3",
            "VALUES (1), (2)",
            "  SELECT 1 ;  ",
        ] {
            parse(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
    }

    #[test]
    fn everything_else_is_refused_by_its_syntax() {
        for (sql, says) in [
            ("INSERT INTO t VALUES (1)", "INSERT"),
            ("delete from t", "DELETE"),
            ("UPDATE t SET a = 1", "UPDATE"),
            ("DROP TABLE t", "DROP TABLE"),
            ("CREATE TABLE x AS SELECT 1", "CREATE TABLE"),
            (
                "CREATE EXTERNAL TABLE x STORED AS CSV LOCATION '/etc/passwd'",
                "CREATE EXTERNAL TABLE",
            ),
            ("COPY t TO '/tmp/x.csv'", "COPY"),
            ("SET datafusion.execution.batch_size = 1", "SET"),
            ("EXPLAIN ANALYZE SELECT 1", "EXPLAIN ANALYZE runs the query"),
            ("EXPLAIN DELETE FROM t", "DELETE"),
            ("EXPLAIN EXPLAIN SELECT 1", "EXPLAIN"),
            ("SELECT * INTO newt FROM t", "INTO"),
            ("SELECT 1 UNION SELECT * INTO newt FROM t", "INTO"),
            ("SELECT 1; DROP TABLE t", "exactly one"),
            ("", "empty"),
            ("SELEC 1", "not valid SQL"),
        ] {
            let err = parse(sql)
                .err()
                .unwrap_or_else(|| panic!("{sql}: accepted"));
            assert!(err.contains(says), "{sql}: {err}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let sql = format!("SELECT {}1{}", "(".repeat(5000), ")".repeat(5000));
        assert!(parse(&sql).is_err());
    }

    #[test]
    fn explain_plans_a_query() {
        for sql in ["EXPLAIN SELECT 1", "explain verbose select * from t"] {
            assert!(parse(sql).unwrap().explain, "{sql}");
        }
        assert!(!parse("SELECT 1").unwrap().explain);
    }
}
