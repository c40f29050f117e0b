"""zstd in pure Rust reads what the C library writes: PyIceberg (pyarrow, C zstd) writes a table
at each zstd level it can be asked for (`write.parquet.compression-level`), and the real
binary's data plane (zstd through `libzstd-rs-sys`) reads every row back exactly. The other
direction — our zstd files read by PyIceberg — is `tests/test_append.py`'s."""
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import mcp_session, structured
from tables import ORDERS
from test_preview import expected
from test_table_data import names

pytestmark = pytest.mark.anyio

ROWS = 3000


def rows(table, level):
    """Compressible and incompressible columns, so zstd has real work at every level."""
    return pa.table({
        "id": pa.array(range(ROWS), pa.int64()),
        "region": [f"region-{i % 7}-{'x' * (i % 50)}-level-{level}" for i in range(ROWS)],
        "amount": pa.array([None if i % 11 == 0 else Decimal(i * 37 % 100_003) / 100 for i in range(ROWS)],
                           pa.decimal128(10, 2)),
    }, schema=table.schema().as_arrow())


@pytest.mark.parametrize("level", [1, 3, 9, 19, 22])
async def test_files_pyarrow_wrote_at_every_zstd_level_read_back_exactly(data_lake, level):
    arn, catalog = data_lake.arn, data_lake.catalog
    name = f"z{level}"
    table = catalog.create_table(("sales", name), ORDERS, properties={
        "write.parquet.compression-codec": "zstd", "write.parquet.compression-level": str(level)})
    table.append(rows(table, level))
    table = catalog.load_table(("sales", name))
    # The file really is zstd, as asked (so the test cannot pass on another codec).
    (data_file,) = [t.file.file_path for t in table.scan().plan_files()]
    with table.io.new_input(data_file).open() as f:
        meta = pq.ParquetFile(f).metadata
    assert {meta.row_group(0).column(c).compression for c in range(meta.num_columns)} == {"ZSTD"}
    async with mcp_session(*data_lake.args, "--max-preview-rows", ROWS) as s:
        p = structured(await s.call_tool("preview_table", {**names(arn, name), "limit": ROWS}))
    assert p["rowCount"] == ROWS and not p["truncated"]
    assert p["rows"] == expected(table)
