//! Time travel clauses as Spark and Trino write them, on a table name:
//! `orders VERSION AS OF 1234`, `orders TIMESTAMP AS OF '2024-05-01T12:00:00Z'` (each also
//! after `FOR`, as Trino and Athena write them) and `orders FOR SYSTEM_TIME AS OF '…'`. They
//! become the names the engine already resolves (`"orders@1234"`, `"orders@2024-05-01…"`,
//! `sql::At`), aliased as the table was written so `orders.id` still means it.
//!
//! The generic dialect does not parse these clauses (sqlparser has them only in dialects that
//! change other syntax too), so they are rewritten in the token stream before parsing: a
//! string literal or quoted identifier is never mistaken for one, and text without such a
//! clause is handed on unchanged. Only the clause's own text is replaced.

use datafusion::sql::sqlparser::dialect::GenericDialect;
use datafusion::sql::sqlparser::keywords::{Keyword, RESERVED_FOR_TABLE_ALIAS};
use datafusion::sql::sqlparser::tokenizer::{Location, Token, TokenWithSpan, Tokenizer, Word};
use std::borrow::Cow;

/// `sql` with every time travel clause turned into a time-travel table name.
pub fn rewrite(sql: &str) -> Result<Cow<'_, str>, String> {
    // Text the tokenizer refuses is the parser's to report.
    let Ok(tokens) = Tokenizer::new(&GenericDialect {}, sql).tokenize_with_location() else {
        return Ok(Cow::Borrowed(sql));
    };
    // Indices of the significant tokens (no whitespace or comments).
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i].token, Token::Whitespace(_)))
        .collect();
    let mut out = String::new();
    let mut copied = 0; // bytes of `sql` already in `out`
    let mut w = 0;
    while w < words.len() {
        let Some(clause) = clause_at(&tokens, &words[w..]) else {
            w += 1;
            continue;
        };
        // Only after a table name: anywhere else the words are someone else's (a column
        // `version` aliased `of`), and the parser judges them.
        let table = w
            .checked_sub(1)
            .and_then(|t| match &tokens[words[t]].token {
                Token::Word(word) if is_name(word) => Some(word),
                _ => None,
            });
        let Some(table) = table else {
            w += 1;
            continue;
        };
        let value = clause.value(&tokens[words[w + clause.len - 1]].token)?;
        let name = match table.quote_style {
            // The engine folds unquoted names to lower case; quoted, the name is kept as is.
            None => table.value.to_lowercase(),
            Some(_) => table.value.clone(),
        };
        let start = offset(sql, tokens[words[w - 1]].span.start);
        let end = tokens
            .get(words[w + clause.len - 1] + 1)
            .map_or(sql.len(), |next| offset(sql, next.span.start));
        out.push_str(&sql[copied..start]);
        out.push_str(&quoted(&format!("{name}@{value}")));
        let aliased = words.get(w + clause.len).is_some_and(|&next| {
            matches!(&tokens[next].token, Token::Word(word)
                if word.quote_style.is_some() || !RESERVED_FOR_TABLE_ALIAS.contains(&word.keyword))
        });
        if !aliased {
            out.push_str(" AS ");
            out.push_str(&table.to_string());
        }
        copied = end;
        w += clause.len;
    }
    if copied == 0 {
        return Ok(Cow::Borrowed(sql));
    }
    out.push_str(&sql[copied..]);
    Ok(Cow::Owned(out))
}

/// One time travel clause: its keywords and what it names.
struct Clause {
    name: &'static str,
    /// Significant tokens, the value included.
    len: usize,
    snapshot: bool,
}

impl Clause {
    /// The snapshot id (a number) or the instant (a string) the clause names.
    fn value(&self, token: &Token) -> Result<String, String> {
        match (self.snapshot, token) {
            (true, Token::Number(n, false)) if n.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(n.clone())
            }
            (false, Token::SingleQuotedString(s)) => Ok(s.clone()),
            (true, _) => Err(format!(
                "{} takes a snapshot id, e.g. VERSION AS OF 1234567890.",
                self.name
            )),
            (false, _) => Err(format!(
                "{} takes an ISO-8601 instant with an offset in quotes, e.g. TIMESTAMP AS OF '2024-05-01T12:00:00Z'.",
                self.name
            )),
        }
    }
}

/// The clause that starts at the first of `words` (indices into `tokens`), if one does.
fn clause_at(tokens: &[TokenWithSpan], words: &[usize]) -> Option<Clause> {
    let keyword = |i: usize| match words.get(i).map(|&t| &tokens[t].token) {
        Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    };
    let after_for = usize::from(keyword(0) == Some(Keyword::FOR));
    let (name, snapshot) = match keyword(after_for)? {
        Keyword::VERSION => ("VERSION AS OF", true),
        Keyword::TIMESTAMP => ("TIMESTAMP AS OF", false),
        Keyword::SYSTEM_TIME if after_for == 1 => ("FOR SYSTEM_TIME AS OF", false),
        _ => return None,
    };
    let as_of =
        keyword(after_for + 1) == Some(Keyword::AS) && keyword(after_for + 2) == Some(Keyword::OF);
    as_of.then_some(Clause {
        name,
        len: after_for + 4,
        snapshot,
    })
}

/// A word that can name a table: quoted, or not a reserved keyword.
fn is_name(word: &Word) -> bool {
    word.quote_style.is_some_and(|q| q == '"' || q == '`')
        || (word.quote_style.is_none() && !RESERVED_FOR_TABLE_ALIAS.contains(&word.keyword))
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The byte offset of a tokenizer location (1-based line and character column).
fn offset(sql: &str, at: Location) -> usize {
    let mut line_start = 0;
    for _ in 1..at.line {
        match sql[line_start..].find('\n') {
            Some(n) => line_start += n + 1,
            None => return sql.len(),
        }
    }
    sql[line_start..]
        .char_indices()
        .nth(at.column.saturating_sub(1) as usize)
        .map_or(sql.len(), |(i, _)| line_start + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(sql: &str) -> String {
        rewrite(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .into_owned()
    }

    #[test]
    fn clauses_become_time_travel_names() {
        for (sql, want) in [
            ("SELECT * FROM orders VERSION AS OF 12", "SELECT * FROM \"orders@12\" AS orders"),
            ("select * from Orders for version as of 12 o", "select * from \"orders@12\" o"),
            (
                "SELECT o.id FROM sales.orders FOR TIMESTAMP AS OF '2024-05-01T12:00:00Z' AS o WHERE o.id > 1",
                "SELECT o.id FROM sales.\"orders@2024-05-01T12:00:00Z\" AS o WHERE o.id > 1",
            ),
            (
                "SELECT * FROM \"Orders\" FOR SYSTEM_TIME AS OF '2024-05-01T12:00:00+02:00' WHERE 1 = 1",
                "SELECT * FROM \"Orders@2024-05-01T12:00:00+02:00\" AS \"Orders\" WHERE 1 = 1",
            ),
            (
                "SELECT *\n  FROM a VERSION AS OF 1\n  JOIN a VERSION AS OF 2 b ON a.id = b.id",
                "SELECT *\n  FROM \"a@1\" AS a\n  JOIN \"a@2\" b ON a.id = b.id",
            ),
            ("SELECT 'x VERSION AS OF 1' FROM t", "SELECT 'x VERSION AS OF 1' FROM t"),
            ("SELECT version FROM t", "SELECT version FROM t"),
            // Not after a table name: left to the parser.
            ("SELECT version AS of FROM t", "SELECT version AS of FROM t"),
            ("SELECT a, ts::TIMESTAMP AS of FROM t", "SELECT a, ts::TIMESTAMP AS of FROM t"),
            ("SELECT * FROM (SELECT 1) VERSION AS OF 1", "SELECT * FROM (SELECT 1) VERSION AS OF 1"),
            ("SELECT ünï, 'é' FROM \"tä\" VERSION AS OF 3", "SELECT ünï, 'é' FROM \"tä@3\" AS \"tä\""),
        ] {
            assert_eq!(rewritten(sql), want, "{sql}");
        }
        assert!(matches!(rewrite("SELECT 1").unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn wrong_values_and_places_are_errors() {
        for (sql, says) in [
            ("SELECT * FROM t VERSION AS OF 'x'", "takes a snapshot id"),
            ("SELECT * FROM t VERSION AS OF 1.5", "takes a snapshot id"),
            (
                "SELECT * FROM t TIMESTAMP AS OF 12",
                "takes an ISO-8601 instant",
            ),
        ] {
            let err = rewrite(sql).unwrap_err();
            assert!(err.contains(says), "{sql}: {err}");
        }
    }
}
