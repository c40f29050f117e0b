//! The engine's filters, as far as the table reader can use them to skip manifests and data
//! files (partition summaries, column bounds): `column <op> literal` (either side) and
//! `column IS [NOT] NULL`. Pruning only: the engine still applies every filter to the rows
//! (the scan reports them `Inexact`), so a filter this cannot translate costs reading, never
//! correctness.

use crate::iceberg::filter::{Filter, Op};
use crate::iceberg::values;
use datafusion::common::ScalarValue;
use datafusion::logical_expr::{BinaryExpr, Expr, Operator};
use serde_json::{json, Value};

/// The filter `expr` prunes by, if it is one the reader understands.
pub fn to_filter(expr: &Expr) -> Option<Filter> {
    match expr {
        Expr::IsNull(inner) => column_filter(inner, Op::IsNull, None),
        Expr::IsNotNull(inner) => column_filter(inner, Op::NotNull, None),
        Expr::BinaryExpr(BinaryExpr { left, op, right }) => {
            let op = comparison(*op)?;
            match (left.as_ref(), right.as_ref()) {
                (Expr::Column(_), Expr::Literal(v, _)) => {
                    column_filter(left, op, Some(literal(v)?))
                }
                (Expr::Literal(v, _), Expr::Column(_)) => {
                    column_filter(right, flipped(op), Some(literal(v)?))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn column_filter(expr: &Expr, op: Op, value: Option<Value>) -> Option<Filter> {
    let Expr::Column(column) = expr else {
        return None;
    };
    Some(Filter {
        column: column.name.clone(),
        op,
        value,
    })
}

fn comparison(op: Operator) -> Option<Op> {
    Some(match op {
        Operator::Eq => Op::Eq,
        Operator::NotEq => Op::Ne,
        Operator::Lt => Op::Lt,
        Operator::LtEq => Op::Le,
        Operator::Gt => Op::Gt,
        Operator::GtEq => Op::Ge,
        _ => return None,
    })
}

/// `literal op column` as `column op' literal`.
fn flipped(op: Op) -> Op {
    match op {
        Op::Lt => Op::Gt,
        Op::Le => Op::Ge,
        Op::Gt => Op::Lt,
        Op::Ge => Op::Le,
        other => other,
    }
}

/// A literal written as the reader writes the column's values; `None` for nulls and for
/// types it does not compare (the filter is then not used for pruning).
fn literal(v: &ScalarValue) -> Option<Value> {
    Some(match v {
        ScalarValue::Boolean(Some(b)) => json!(b),
        ScalarValue::Int8(Some(n)) => json!(n),
        ScalarValue::Int16(Some(n)) => json!(n),
        ScalarValue::Int32(Some(n)) => json!(n),
        ScalarValue::Int64(Some(n)) => json!(n),
        ScalarValue::UInt8(Some(n)) => json!(n),
        ScalarValue::UInt16(Some(n)) => json!(n),
        ScalarValue::UInt32(Some(n)) => json!(n),
        ScalarValue::UInt64(Some(n)) => json!(n),
        ScalarValue::Utf8(Some(s))
        | ScalarValue::LargeUtf8(Some(s))
        | ScalarValue::Utf8View(Some(s)) => {
            json!(s)
        }
        ScalarValue::Date32(Some(days)) => json!(values::date(i64::from(*days))),
        ScalarValue::Decimal128(Some(unscaled), _, scale) if *scale >= 0 => {
            json!(values::decimal_string(*unscaled, *scale as u32))
        }
        ScalarValue::TimestampMicrosecond(Some(us), tz) => {
            json!(values::timestamp(*us, 6, tz.is_some()))
        }
        ScalarValue::TimestampNanosecond(Some(ns), tz) => {
            json!(values::timestamp(*ns, 9, tz.is_some()))
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::logical_expr::{col, lit};

    fn filter(expr: Expr) -> Option<(String, Op, Option<Value>)> {
        to_filter(&expr).map(|f| (f.column, f.op, f.value))
    }

    #[test]
    fn comparisons_with_literals_become_filters() {
        assert_eq!(
            filter(col("id").gt_eq(lit(5i64))),
            Some(("id".into(), Op::Ge, Some(json!(5))))
        );
        // Literal first: the operator turns around.
        assert_eq!(
            filter(lit("eu").lt(col("region"))),
            Some(("region".into(), Op::Gt, Some(json!("eu"))))
        );
        assert_eq!(
            filter(col("day").eq(lit(ScalarValue::Date32(Some(19723))))),
            Some(("day".into(), Op::Eq, Some(json!("2024-01-01"))))
        );
        assert_eq!(
            filter(col("ts").lt(lit(ScalarValue::TimestampMicrosecond(
                Some(1_704_067_200_000_000),
                Some("+00:00".into())
            )))),
            Some((
                "ts".into(),
                Op::Lt,
                Some(json!("2024-01-01T00:00:00.000000Z"))
            ))
        );
        assert_eq!(
            filter(col("price").eq(lit(ScalarValue::Decimal128(Some(1250), 10, 2)))),
            Some(("price".into(), Op::Eq, Some(json!("12.50"))))
        );
        assert_eq!(
            filter(col("note").is_null()),
            Some(("note".into(), Op::IsNull, None))
        );
    }

    #[test]
    fn anything_else_is_left_to_the_engine() {
        assert_eq!(filter(col("a").eq(col("b"))), None);
        assert_eq!(filter(col("a").like(lit("x%"))), None);
        assert_eq!(filter(col("a").eq(lit(ScalarValue::Int64(None)))), None);
        assert_eq!(filter((col("a") + lit(1i64)).eq(lit(2i64))), None);
    }
}
