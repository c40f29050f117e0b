//! Iceberg table data as Arrow (the `arrow` feature, for the SQL engine): the Arrow type of
//! each Iceberg type (`schema`), Parquet data files decoded straight into record batches of
//! that schema (`read`), and a file's columns adapted to the table's current schema by field
//! id (`adapt`). No JSON between the Parquet pages and the engine.

pub mod adapt;
pub mod read;
pub mod schema;
