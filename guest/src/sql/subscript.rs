//! `col['name']`: a struct's field, or a map's value by its key.
//!
//! DataFusion plans subscripts with the planner that comes with its array and map functions
//! (`datafusion-functions-nested`), which this build leaves out for its size; without one, a
//! subscript is an internal error. Named ones are DataFusion's own `get_field` (always built:
//! `c.customer.name` plans to it too); a list subscript (`tags[1]`, `tags[1:2]`) is refused
//! with a message that says what works instead.

use datafusion::common::{plan_err, DFSchema, Result};
use datafusion::functions::core::expr_fn::get_field;
use datafusion::logical_expr::planner::{ExprPlanner, PlannerResult, RawFieldAccessExpr};
use datafusion::logical_expr::GetFieldAccess;

#[derive(Debug)]
pub struct Subscripts;

impl ExprPlanner for Subscripts {
    fn plan_field_access(
        &self,
        expr: RawFieldAccessExpr,
        _schema: &DFSchema,
    ) -> Result<PlannerResult<RawFieldAccessExpr>> {
        match expr.field_access {
            GetFieldAccess::NamedStructField { name } => {
                Ok(PlannerResult::Planned(get_field(expr.expr, name)))
            }
            GetFieldAccess::ListIndex { .. } | GetFieldAccess::ListRange { .. } => plan_err!(
                "list subscripts such as {}[1] are not supported here (DataFusion's array functions are not in this build); select the list whole, or name a struct's field or a map's key: col['name']",
                expr.expr
            ),
        }
    }
}
