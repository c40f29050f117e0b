//! Skipping manifests and data files that cannot hold a row passing a one-column filter:
//! from a manifest list's partition summaries, and from a data file's partition values and
//! column metrics (`value_counts`, `null_value_counts`, `lower_bounds`, `upper_bounds`).
//!
//! Partition transforms are used where that is sound: identity (any order), year / month / day
//! / hour and truncate (monotonic, so `x < v` implies `t(x) <= t(v)`), and bucket for equality
//! only. Anything not understood (an unknown transform, a type without an exact order, a
//! missing statistic) keeps the file: pruning may only ever skip files that cannot match.

use super::bounds::{self, Literal};
use super::filter::{Filter, Op};
use parquet::basic::Type as PhysicalType;
use parquet::file::metadata::RowGroupMetaData;
use serde_json::Value;
use std::cmp::Ordering;
use std::collections::HashMap;

pub use super::transform::Transform;
use super::transform::{self, Instant};

#[derive(Debug, Clone)]
pub struct PartitionField {
    pub name: String,
    pub source_id: i64,
    pub transform: Transform,
}

/// The table's partition specs by id.
#[derive(Debug, Default)]
pub struct Specs(HashMap<i64, Vec<PartitionField>>);

impl Specs {
    pub fn from_metadata(meta: &Value) -> Specs {
        let fields = |spec: &Value| -> Vec<PartitionField> {
            spec.as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|f| PartitionField {
                    name: f["name"].as_str().unwrap_or_default().to_string(),
                    source_id: f["source-id"].as_i64().unwrap_or(-1),
                    transform: Transform::parse(f["transform"].as_str().unwrap_or_default()),
                })
                .collect()
        };
        let mut specs = HashMap::new();
        for spec in meta["partition-specs"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if let Some(id) = spec["spec-id"].as_i64() {
                specs.insert(id, fields(&spec["fields"]));
            }
        }
        // Format 1 may have only the single `partition-spec` (id 0).
        if specs.is_empty() && meta["partition-spec"].is_array() {
            specs.insert(0, fields(&meta["partition-spec"]));
        }
        Specs(specs)
    }

    pub fn get(&self, id: i64) -> Option<&[PartitionField]> {
        self.0.get(&id).map(Vec::as_slice)
    }

    /// Whether spec `id` has no partition fields (`None`: no such spec).
    pub fn is_unpartitioned(&self, id: i64) -> Option<bool> {
        self.0
            .get(&id)
            .map(|f| f.iter().all(|p| p.transform == Transform::Void))
    }
}

/// A filter, ready to test manifests and data files.
#[derive(Debug)]
pub struct Pruner {
    field_id: i64,
    ty: String,
    op: Op,
    /// The filter value in the column's type; `None` when it has no exact order here.
    value: Option<Literal>,
}

/// Could a value in `[lo, hi]` (non-null values only) satisfy `op value`?
fn in_range(op: Op, value: &Literal, lo: Option<&Literal>, hi: Option<&Literal>) -> bool {
    let lo = lo.and_then(|l| l.compare(value));
    let hi = hi.and_then(|h| h.compare(value));
    match op {
        Op::Eq => lo != Some(Ordering::Greater) && hi != Some(Ordering::Less),
        Op::Lt => lo.is_none_or(|o| o == Ordering::Less),
        Op::Le => lo != Some(Ordering::Greater),
        Op::Gt => hi.is_none_or(|o| o == Ordering::Greater),
        Op::Ge => hi != Some(Ordering::Less),
        Op::Ne => !(lo == Some(Ordering::Equal) && hi == Some(Ordering::Equal)),
        Op::IsNull | Op::NotNull => true,
    }
}

/// `t(v)` for a source value of type `ty`; `None` when not computed here.
pub fn apply(t: &Transform, ty: &str, v: &Literal) -> Option<Literal> {
    let instant = |x: i64| match ty {
        "date" => Some(Instant::Date(x)),
        "timestamp" | "timestamptz" => Some(Instant::Timestamp {
            value: x,
            per_second: 1_000_000,
        }),
        "timestamp_ns" | "timestamptz_ns" => Some(Instant::Timestamp {
            value: x,
            per_second: 1_000_000_000,
        }),
        _ => None,
    };
    match (t, v) {
        (Transform::Identity, _) => Some(v.clone()),
        (Transform::Year | Transform::Month | Transform::Day | Transform::Hour, Literal::Int(x)) => {
            t.temporal(instant(*x)?).map(Literal::Int)
        }
        (Transform::Truncate(w), Literal::Int(x)) if matches!(ty, "int" | "long") => {
            let truncated = transform::truncate_number(i128::from(*x), *w)?;
            i64::try_from(truncated).ok().map(Literal::Int)
        }
        (Transform::Truncate(w), Literal::Decimal(x)) => {
            transform::truncate_number(*x, *w).map(Literal::Decimal)
        }
        (Transform::Truncate(w), Literal::Str(s)) if ty == "string" => {
            Some(Literal::Str(transform::truncate_str(s, *w)))
        }
        (Transform::Bucket(n), _) => {
            let bucket = match (ty, v) {
                ("int" | "long" | "date" | "timestamp" | "timestamptz", Literal::Int(x)) => {
                    transform::bucket(&transform::long_hash_bytes(*x), *n)
                }
                ("string", Literal::Str(s)) => transform::bucket(s.as_bytes(), *n),
                _ => return None,
            };
            Some(Literal::Int(i64::from(bucket)))
        }
        _ => None,
    }
}

/// The type of a transform's result, for decoding partition values and summaries.
fn result_type<'a>(t: &Transform, source: &'a str) -> &'a str {
    match t {
        Transform::Identity | Transform::Truncate(_) => source,
        _ => "int",
    }
}

/// The comparison on `t(x)` implied by `x op v`; `None` when `t` says nothing for `op`.
fn transformed_op(t: &Transform, op: Op) -> Option<Op> {
    match (t, op) {
        (Transform::Identity, op) => Some(op),
        (Transform::Other | Transform::Void, _) | (_, Op::Ne) => None,
        (Transform::Bucket(_), Op::Eq) => Some(Op::Eq),
        (Transform::Bucket(_), _) => None,
        (_, Op::Lt | Op::Le) => Some(Op::Le),
        (_, Op::Gt | Op::Ge) => Some(Op::Ge),
        (_, op) => Some(op),
    }
}

/// An entry of a manifest's map-as-array (`[{key, value}]`) for field `id`.
fn metric(file: &Value, key: &str, id: i64) -> Option<Value> {
    let entries = file[key].as_array()?;
    entries
        .iter()
        .find(|e| e["key"].as_i64() == Some(id))
        .map(|e| e["value"].clone())
}

impl Pruner {
    /// For a filter already checked against `field` (a top-level schema field).
    pub fn new(field: &Value, filter: &Filter) -> Option<Pruner> {
        let ty = field["type"].as_str()?.to_string();
        let value = filter
            .value
            .as_ref()
            .and_then(|v| bounds::from_filter(&ty, v));
        if value.is_none() && !matches!(filter.op, Op::IsNull | Op::NotNull) {
            return None;
        }
        Some(Pruner {
            field_id: field["id"].as_i64()?,
            ty,
            op: filter.op,
            value,
        })
    }

    /// The partition fields of `fields` over the filter column, with their positions.
    fn over_column<'f>(
        &self,
        fields: &'f [PartitionField],
    ) -> impl Iterator<Item = (usize, &'f PartitionField)> + use<'f, '_> {
        fields.iter().enumerate().filter(move |(_, p)| {
            p.source_id == self.field_id
                && !matches!(p.transform, Transform::Other | Transform::Void)
        })
    }

    /// Could the manifest (an entry of a manifest list) hold a matching row?
    pub fn manifest_may_match(&self, manifest: &Value, specs: &Specs) -> bool {
        let Some(spec) = manifest["partition_spec_id"]
            .as_i64()
            .and_then(|id| specs.get(id))
        else {
            return true;
        };
        let Some(summaries) = manifest["partitions"].as_array() else {
            return true;
        };
        for (i, field) in self.over_column(spec) {
            let Some(summary) = summaries.get(i) else {
                continue;
            };
            let contains_null = summary["contains_null"].as_bool();
            if self.op == Op::IsNull {
                if contains_null == Some(false) {
                    return false;
                }
                continue;
            }
            let (Some(value), Some(op)) = (&self.value, transformed_op(&field.transform, self.op))
            else {
                continue;
            };
            let (lower, upper) = (&summary["lower_bound"], &summary["upper_bound"]);
            if lower.is_null() && upper.is_null() && contains_null == Some(true) {
                // Every partition value is null: no row has a value to compare.
                return false;
            }
            let Some(target) = apply(&field.transform, &self.ty, value) else {
                continue;
            };
            let ty = result_type(&field.transform, &self.ty);
            let decode = |b: &Value| {
                b.as_str()
                    .and_then(crate::text::unhex)
                    .and_then(|b| bounds::decode(ty, &b))
            };
            if !in_range(op, &target, decode(lower).as_ref(), decode(upper).as_ref()) {
                return false;
            }
        }
        true
    }

    /// Could the data file (a manifest entry's `data_file`, written with spec `spec`) hold a
    /// matching row?
    pub fn file_may_match(&self, file: &Value, spec: Option<&[PartitionField]>) -> bool {
        for (_, field) in self.over_column(spec.unwrap_or_default()) {
            let Some(pv) = file["partition"].get(&field.name) else {
                continue;
            };
            // t(x) is null exactly when x is: a null partition value means every row is null.
            match self.op {
                Op::IsNull => {
                    if !pv.is_null() {
                        return false;
                    }
                    continue;
                }
                Op::NotNull => {
                    if pv.is_null() {
                        return false;
                    }
                    continue;
                }
                _ if pv.is_null() => return false,
                _ => {}
            }
            let (Some(value), Some(op)) = (&self.value, transformed_op(&field.transform, self.op))
            else {
                continue;
            };
            let (Some(target), Some(partition)) = (
                apply(&field.transform, &self.ty, value),
                bounds::from_partition_value(result_type(&field.transform, &self.ty), pv),
            ) else {
                continue;
            };
            if !in_range(op, &target, Some(&partition), Some(&partition)) {
                return false;
            }
        }
        let id = self.field_id;
        let values = metric(file, "value_counts", id).and_then(|v| v.as_i64());
        let nulls = metric(file, "null_value_counts", id).and_then(|v| v.as_i64());
        let all_null = matches!((values, nulls), (Some(v), Some(n)) if v == n);
        match self.op {
            Op::IsNull => nulls != Some(0),
            Op::NotNull => !all_null,
            _ if all_null => false,
            op => {
                let Some(value) = &self.value else {
                    return true;
                };
                let bound = |key| {
                    metric(file, key, id)
                        .and_then(|b| b.as_str().and_then(crate::text::unhex))
                        .and_then(|b| bounds::decode(&self.ty, &b))
                };
                in_range(
                    op,
                    value,
                    bound("lower_bounds").as_ref(),
                    bound("upper_bounds").as_ref(),
                )
            }
        }
    }
}

/// Whether the Parquet row group `group` may hold a row passing every pruner, by its column
/// statistics: the data-file rule (`file_may_match`) one level down, with the row group's
/// min, max and null count in place of the file's metrics. Only a top-level column whose
/// field id and physical type say its statistics are the Iceberg single-value bytes of the
/// pruner's type is used (int, long, date, time and timestamps as plain little-endian
/// integers; strings and binary as their bytes; booleans); floats (NaN), decimals and
/// anything else keep the row group.
pub fn row_group_may_match(group: &RowGroupMetaData, pruners: &[Pruner]) -> bool {
    pruners.iter().all(|p| {
        let Some(column) = group.columns().iter().find(|c| {
            let descr = c.column_descr();
            descr.path().parts().len() == 1 && {
                let info = descr.self_type().get_basic_info();
                info.has_id() && i64::from(info.id()) == p.field_id
            }
        }) else {
            return true;
        };
        let plain = matches!(
            (p.ty.as_str(), column.column_type()),
            ("int" | "date", PhysicalType::INT32)
                | ("long" | "time" | "timestamp" | "timestamptz", PhysicalType::INT64)
                | ("string" | "binary", PhysicalType::BYTE_ARRAY)
                | ("boolean", PhysicalType::BOOLEAN)
        );
        // Statistics from the deprecated fields may be ordered as signed bytes (PARQUET-686).
        let Some(stats) = column
            .statistics()
            .filter(|s| plain && !s.is_min_max_deprecated())
        else {
            return true;
        };
        let Some(nulls) = stats.null_count_opt() else {
            return true;
        };
        let entry = |value: Value| serde_json::json!([{"key": p.field_id, "value": value}]);
        let mut metrics = serde_json::json!({
            "value_counts": entry(group.num_rows().into()),
            "null_value_counts": entry(nulls.into()),
        });
        if let (Some(min), Some(max)) = (stats.min_bytes_opt(), stats.max_bytes_opt()) {
            metrics["lower_bounds"] = entry(crate::text::hex(min).into());
            metrics["upper_bounds"] = entry(crate::text::hex(max).into());
        }
        p.file_may_match(&metrics, None)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use crate::text::hex;

    fn pruner(ty: &str, op: Op, value: Option<Value>) -> Pruner {
        let filter = Filter {
            column: "c".into(),
            op,
            value,
        };
        Pruner::new(&json!({"id": 3, "name": "c", "type": ty}), &filter).unwrap()
    }

    #[test]
    fn transforms_of_filter_values() {
        // 2017-11-16T22:31:08 UTC.
        let ts = Literal::Int(1_510_871_468_000_000);
        assert_eq!(
            apply(&Transform::Day, "timestamp", &ts),
            Some(Literal::Int(17_486))
        );
        assert_eq!(
            apply(&Transform::Hour, "timestamptz", &ts),
            Some(Literal::Int(419_686))
        );
        assert_eq!(
            apply(&Transform::Month, "timestamp", &ts),
            Some(Literal::Int(574))
        );
        assert_eq!(
            apply(&Transform::Year, "date", &Literal::Int(17_486)),
            Some(Literal::Int(47))
        );
        assert_eq!(
            apply(&Transform::Truncate(10), "long", &Literal::Int(-1)),
            Some(Literal::Int(-10))
        );
        assert_eq!(
            apply(
                &Transform::Truncate(2),
                "string",
                &Literal::Str("éu!".into())
            ),
            Some(Literal::Str("éu".into()))
        );
        assert_eq!(Transform::parse("bucket[16]"), Transform::Bucket(16));
        assert_eq!(Transform::parse("bucket[0]"), Transform::Other);
        assert_eq!(Transform::parse("void"), Transform::Void);
        assert_eq!(Transform::parse("zorder"), Transform::Other);
    }

    #[test]
    fn column_bounds_and_null_counts_exclude_files() {
        let file = json!({
            "partition": {},
            "value_counts": [{"key": 3, "value": 10}],
            "null_value_counts": [{"key": 3, "value": 0}],
            "lower_bounds": [{"key": 3, "value": hex(&10i64.to_le_bytes())}],
            "upper_bounds": [{"key": 3, "value": hex(&20i64.to_le_bytes())}],
        });
        let keeps = |op, v: i64| pruner("long", op, Some(json!(v))).file_may_match(&file, None);
        assert!(keeps(Op::Eq, 10) && keeps(Op::Eq, 20) && !keeps(Op::Eq, 21) && !keeps(Op::Eq, 9));
        assert!(!keeps(Op::Lt, 10) && keeps(Op::Lt, 11) && keeps(Op::Le, 10));
        assert!(!keeps(Op::Gt, 20) && keeps(Op::Ge, 20) && keeps(Op::Ne, 15));
        assert!(!pruner("long", Op::IsNull, None).file_may_match(&file, None));
        assert!(pruner("long", Op::NotNull, None).file_may_match(&file, None));
        let all_null = json!({"value_counts": [{"key": 3, "value": 4}],
                              "null_value_counts": [{"key": 3, "value": 4}]});
        assert!(!pruner("long", Op::Eq, Some(json!(1))).file_may_match(&all_null, None));
        assert!(!pruner("long", Op::NotNull, None).file_may_match(&all_null, None));
        // Nothing known about the column: kept.
        assert!(pruner("long", Op::Eq, Some(json!(99))).file_may_match(&json!({}), None));
        // A float filter value on a long column is not pruned on.
        assert!(Pruner::new(
            &json!({"id": 3, "type": "long"}),
            &Filter {
                column: "c".into(),
                op: Op::Eq,
                value: Some(json!(1.5))
            }
        )
        .is_none());
    }

    #[test]
    fn partitions_exclude_files_and_manifests() {
        let spec = vec![
            PartitionField {
                name: "region".into(),
                source_id: 3,
                transform: Transform::Identity,
            },
            PartitionField {
                name: "b".into(),
                source_id: 3,
                transform: Transform::Bucket(4),
            },
        ];
        let eu = json!({"partition": {"region": "eu", "b": 1}});
        let p = pruner("string", Op::Eq, Some(json!("us")));
        assert!(!p.file_may_match(&eu, Some(&spec)));
        assert!(pruner("string", Op::Eq, Some(json!("eu"))).file_may_match(
            &json!({"partition": {"region": "eu", "b": crate::transform::bucket(b"eu", 4)}}),
            Some(&spec)
        ));
        // The bucket alone excludes a value hashing elsewhere.
        let wrong_bucket = crate::transform::bucket(b"eu", 4) + 1;
        assert!(!pruner("string", Op::Eq, Some(json!("eu")))
            .file_may_match(&json!({"partition": {"b": wrong_bucket % 4}}), Some(&spec)));
        assert!(!pruner("string", Op::IsNull, None).file_may_match(&eu, Some(&spec)));
        let mut specs = Specs::default();
        specs.0.insert(0, spec[..1].to_vec());
        let manifest = json!({"partition_spec_id": 0, "partitions": [
            {"contains_null": false, "lower_bound": hex(b"eu"), "upper_bound": hex(b"fr")}]});
        assert!(!p.manifest_may_match(&manifest, &specs));
        assert!(pruner("string", Op::Lt, Some(json!("f"))).manifest_may_match(&manifest, &specs));
        assert!(!pruner("string", Op::Lt, Some(json!("eu"))).manifest_may_match(&manifest, &specs));
        assert!(!pruner("string", Op::IsNull, None).manifest_may_match(&manifest, &specs));
        assert!(specs.is_unpartitioned(0) == Some(false) && specs.is_unpartitioned(7).is_none());
    }

    #[test]
    fn day_partitions_prune_ranges_soundly() {
        let spec = vec![PartitionField {
            name: "d".into(),
            source_id: 3,
            transform: Transform::Day,
        }];
        // A file of day 17486 (2017-11-16).
        let file = json!({"partition": {"d": 17_486}});
        let at = |op, ts: &str| {
            pruner("timestamp", op, Some(json!(ts))).file_may_match(&file, Some(&spec))
        };
        assert!(at(Op::Eq, "2017-11-16T23:59:59"));
        assert!(!at(Op::Eq, "2017-11-17T00:00:00"));
        // `< 2017-11-16T00:00:01` may hold rows of that day (00:00:00); `< 2017-11-16` may not.
        assert!(at(Op::Lt, "2017-11-16T00:00:01") && !at(Op::Lt, "2017-11-15T23:59:59"));
        assert!(at(Op::Gt, "2017-11-16T12:00:00") && !at(Op::Gt, "2017-11-17T00:00:00"));
        assert!(at(Op::Ne, "2017-11-16T12:00:00"));
    }
}
