"""`preview_table` under merge-on-read deletes, time travel by timestamp, and scan pruning.

PyIceberg 0.12 writes tables but not merge-on-read deletes, so the delete files are written here:
Parquet with PyArrow (the Iceberg field ids in the Parquet schema), a Puffin deletion vector
built from the spec with `pyroaring`, committed with PyIceberg's own lower-level APIs (a delete
manifest through `ManifestWriter`, `write_manifest_list`, a `Snapshot` added with
`AddSnapshotUpdate` + `SetSnapshotRefUpdate` through the catalog's commit, which moves the S3
Tables metadata pointer with UpdateTableMetadataLocation).

Expected rows are PyIceberg's own `scan().to_arrow()` where it applies the delete kind (position
deletes); otherwise they are computed here from the data written, never from our output.
PyIceberg 0.12 cannot write format-3 metadata (its `TableMetadataV3.model_dump_json` raises), so
the deletion-vector table's metadata is its format-2 metadata as PyIceberg produced it, moved to
format 3 and given the new snapshot by hand, then checked by PyIceberg's own parser."""
import datetime
import json
import struct
import time
import uuid
import zlib

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pyiceberg.avro.file import AvroOutputFile
from pyiceberg.manifest import (
    DataFile, DataFileContent, FileFormat, ManifestContent, ManifestEntry, ManifestEntryStatus,
    ManifestWriterV2, write_manifest_list,
)
from pyiceberg.partitioning import PartitionField, PartitionSpec
from pyiceberg.schema import Schema
from pyiceberg.table.metadata import TableMetadataUtil, _generate_snapshot_id
from pyiceberg.table.snapshots import Operation, Snapshot, Summary
from pyiceberg.table.update import AddSnapshotUpdate, SetSnapshotRefUpdate
from pyiceberg.transforms import IdentityTransform
from pyiceberg.typedef import Record
from pyiceberg.types import LongType, NestedField
from pyroaring import BitMap

from conftest import error_text, mcp_session, structured
from test_preview import by_id, expected
from tables import ORDERS, orders
from test_table_data import names

pytestmark = pytest.mark.anyio

FILE_PATH_ID, POS_ID = 2147483546, 2147483545


def data_files(table):
    """The table's live data files, by their smallest id: (path, rows in file order)."""
    out = []
    for task in table.scan().plan_files():
        with table.io.new_input(task.file.file_path).open() as f:
            rows = pq.read_table(f).to_pylist()
        out.append((task.file.file_path, rows))
    return sorted(out, key=lambda f: min(r["id"] for r in f[1]))


def field(name, pa_type, field_id, nullable=False):
    return pa.field(name, pa_type, nullable=nullable, metadata={b"PARQUET:field_id": str(field_id).encode()})


def write_parquet(table, arrow_table, kind):
    path = f"{table.metadata.location}/data/{kind}-{uuid.uuid4()}.parquet"
    with table.io.new_output(path).create(overwrite=True) as out:
        pq.write_table(arrow_table, out)
    return path, len(table.io.new_input(path))


class DeleteManifestWriter(ManifestWriterV2):
    """PyIceberg's format-2 manifest writer, for a manifest of delete files."""

    def __init__(self, *args, version=2, **kwargs):
        super().__init__(*args, **kwargs)
        self._version = version

    def content(self):
        return ManifestContent.DELETES

    @property
    def version(self):
        return self._version

    @property
    def _meta(self):
        return {**super()._meta, "content": "deletes"}

    def new_writer(self):
        # The records are written by the format's own data_file struct (PyIceberg reads through
        # its format-2 struct, which lacks the format-3 fields of a deletion vector).
        return AvroOutputFile[ManifestEntry](output_file=self._output_file,
                                             file_schema=self._with_partition(self.version),
                                             record_schema=self._with_partition(self.version),
                                             schema_name="manifest_entry", metadata=self._meta)


def commit_deletes(catalog, table, delete_files, spec=None, version=2):
    """A new snapshot of `table` that adds `delete_files` (pyiceberg DataFile records) in one
    delete manifest, on top of the current snapshot's manifests. Returns the reloaded table."""
    meta = table.metadata
    parent = table.current_snapshot()
    snapshot_id = _generate_snapshot_id()
    sequence_number = meta.next_sequence_number()
    spec = spec or table.spec()
    manifest_path = f"{meta.location}/metadata/{uuid.uuid4()}-m0.avro"
    writer = DeleteManifestWriter(spec, table.schema(), table.io.new_output(manifest_path), snapshot_id,
                                  "deflate", version=version)
    with writer:
        for f in delete_files:
            writer.add(ManifestEntry.from_args(status=ManifestEntryStatus.ADDED, snapshot_id=snapshot_id,
                                               data_file=f))
    manifests = parent.manifests(table.io) + [writer.to_manifest_file()]
    list_path = f"{meta.location}/metadata/snap-{snapshot_id}-0-{uuid.uuid4()}.avro"
    with write_manifest_list(2, table.io.new_output(list_path), snapshot_id, parent.snapshot_id,
                             sequence_number, "deflate") as lw:
        lw.add_manifests(manifests)
    snapshot = Snapshot(snapshot_id=snapshot_id, parent_snapshot_id=parent.snapshot_id,
                        sequence_number=sequence_number, manifest_list=list_path,
                        summary=Summary(Operation.DELETE), schema_id=table.schema().schema_id)
    if version == 2:
        catalog.commit_table(table, (), (
            AddSnapshotUpdate(snapshot=snapshot),
            SetSnapshotRefUpdate(ref_name="main", type="branch", snapshot_id=snapshot_id),
        ))
    else:
        write_v3_metadata(catalog, table, snapshot)
    return catalog.load_table(table.name())


def write_v3_metadata(catalog, table, snapshot):
    """The table's metadata at format 3 with `snapshot` current (PyIceberg 0.12 cannot write v3)."""
    meta = json.loads(table.metadata.model_dump_json())
    meta["format-version"] = 3
    meta["next-row-id"] = 0
    meta["last-sequence-number"] = snapshot.sequence_number
    meta["snapshots"].append(json.loads(snapshot.model_dump_json()))
    meta["current-snapshot-id"] = snapshot.snapshot_id
    meta["refs"] = {"main": {"snapshot-id": snapshot.snapshot_id, "type": "branch"}}
    meta["snapshot-log"].append({"snapshot-id": snapshot.snapshot_id, "timestamp-ms": snapshot.timestamp_ms})
    text = json.dumps(meta)
    assert TableMetadataUtil.parse_raw(text).format_version == 3  # PyIceberg reads it back
    location = f"{table.metadata.location}/metadata/00099-{uuid.uuid4()}.metadata.json"
    with table.io.new_output(location).create(overwrite=True) as out:
        out.write(text.encode())
    namespace, name = table.name()
    loc = catalog.client.get_table_metadata_location(tableBucketARN=catalog.bucket_arn, namespace=namespace, name=name)
    catalog.client.update_table_metadata_location(tableBucketARN=catalog.bucket_arn, namespace=namespace, name=name,
                                                  versionToken=loc["versionToken"], metadataLocation=location)


def position_delete_file(table, deletes, partition=Record()):
    """A position delete file for `deletes` [(data path, pos)], sorted as the spec asks."""
    deletes = sorted(deletes)
    arrow = pa.table([pa.array([p for p, _ in deletes], pa.string()), pa.array([i for _, i in deletes], pa.int64())],
                     schema=pa.schema([field("file_path", pa.string(), FILE_PATH_ID),
                                       field("pos", pa.int64(), POS_ID)]))
    path, size = write_parquet(table, arrow, "pos-deletes")
    return DataFile.from_args(_table_format_version=2, content=DataFileContent.POSITION_DELETES, file_path=path,
                              file_format=FileFormat.PARQUET, partition=partition, record_count=len(deletes),
                              file_size_in_bytes=size)


def equality_delete_file(table, ids, partition=Record()):
    """An equality delete file on `id` (field 1) deleting `ids`."""
    arrow = pa.table([pa.array(ids, pa.int64())], schema=pa.schema([field("id", pa.int64(), 1)]))
    path, size = write_parquet(table, arrow, "eq-deletes")
    return DataFile.from_args(_table_format_version=2, content=DataFileContent.EQUALITY_DELETES, file_path=path,
                              file_format=FileFormat.PARQUET, partition=partition, record_count=len(ids),
                              file_size_in_bytes=size, equality_ids=[1])


@pytest.fixture
def two_files(data_lake):
    """An unpartitioned table with two appends (one data file each): ids 1-3, then 4-7."""
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "orders"), ORDERS)
    table.append(orders(table, [1, 2, 3], "eu"))
    table = catalog.load_table(("sales", "orders"))
    table.append(orders(table, [4, 5, 6, 7], "us"))
    return arn, catalog, catalog.load_table(("sales", "orders"))


async def test_position_deletes_across_two_data_files(two_files, data_lake):
    arn, catalog, table = two_files
    (first, first_rows), (second, second_rows) = data_files(table)
    # Rows by position: the second row of one file, the first and last of the other.
    victims = [(first, 1), (second, 0), (second, 3)]
    deleted_ids = {first_rows[1]["id"], second_rows[0]["id"], second_rows[3]["id"]}
    table = commit_deletes(catalog, table, [position_delete_file(table, victims)])
    async with mcp_session(*data_lake.args) as s:
        call = lambda **a: s.call_tool("preview_table", {**names(arn, "orders"), **a})  # noqa: E731
        p = structured(await call())
        combined = structured(await call(columns=["region"], filter={"column": "id", "op": "ge", "value": 2},
                                         limit=2))
        before = structured(await call(snapshot_id=table.current_snapshot().parent_snapshot_id))
    # PyIceberg applies position deletes itself: its rows are the reference.
    assert by_id(p["rows"]) == expected(table)
    assert sorted(r["id"] for r in p["rows"]) == sorted({1, 2, 3, 4, 5, 6, 7} - deleted_ids)
    assert (p["rowsDeleted"], p["deleteFilesRead"], p["filesRead"], p["truncated"]) == (3, 1, 2, False)
    # Deletes + projection + filter + limit: two surviving rows with id >= 2, region only.
    survivors = [r for r in expected(table) if r["id"] >= 2]
    assert combined["rowCount"] == 2 and all(list(r) == ["region"] for r in combined["rows"])
    assert all(r in [{"region": s["region"]} for s in survivors] for r in combined["rows"])
    # The snapshot before the delete still has every row.
    assert sorted(r["id"] for r in before["rows"]) == [1, 2, 3, 4, 5, 6, 7] and before["rowsDeleted"] == 0


async def test_equality_deletes_respect_sequence_numbers(two_files, data_lake):
    arn, catalog, table = two_files
    table = commit_deletes(catalog, table, [equality_delete_file(table, [2, 4, 9])])
    # Appended after the delete: a new row with a deleted id must survive.
    table.append(orders(table, [4, 8], "fr"))
    table = catalog.load_table(("sales", "orders"))
    async with mcp_session(*data_lake.args) as s:
        call = lambda **a: s.call_tool("preview_table", {**names(arn, "orders"), **a})  # noqa: E731
        p = structured(await call())
        regions = structured(await call(columns=["region"], limit=500))
        filtered = structured(await call(columns=["amount"], filter={"column": "region", "op": "eq", "value": "us"}))
    # Independently: rows 1-7 minus ids {2, 4} of the older files, plus both new rows.
    want = sorted([(i, "eu") for i in (1, 3)] + [(i, "us") for i in (5, 6, 7)] + [(4, "fr"), (8, "fr")])
    assert sorted((r["id"], r["region"]) for r in p["rows"]) == want
    assert p["rowsDeleted"] == 2 and p["deleteFilesRead"] == 1 and p["filesRead"] == 3
    # The equality column (id) is read to match deletes but not returned when not asked for.
    assert sorted(r["region"] for r in regions["rows"]) == sorted(r for _, r in want)
    assert all(list(r) == ["region"] for r in regions["rows"])
    assert sorted(r["amount"] for r in filtered["rows"]) == ["1.25", "1.50", "1.75"]


async def test_equality_deletes_on_a_float_column_are_refused(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    from pyiceberg.types import DoubleType
    table = catalog.create_table(("sales", "ratios"), Schema(NestedField(1, "id", LongType(), required=True),
                                                             NestedField(2, "ratio", DoubleType(), required=False)))
    table.append(pa.table({"id": pa.array([1, 2], pa.int64()), "ratio": [0.5, 1.5]},
                          schema=table.schema().as_arrow()))
    table = catalog.load_table(("sales", "ratios"))
    arrow = pa.table([pa.array([0.5], pa.float64())], schema=pa.schema([field("ratio", pa.float64(), 2)]))
    path, size = write_parquet(table, arrow, "eq-deletes")
    table = commit_deletes(catalog, table, [DataFile.from_args(
        _table_format_version=2, content=DataFileContent.EQUALITY_DELETES, file_path=path,
        file_format=FileFormat.PARQUET, partition=Record(), record_count=1, file_size_in_bytes=size,
        equality_ids=[2])])
    async with mcp_session(*data_lake.args) as s:
        refused = error_text(await s.call_tool("preview_table", names(arn, "ratios")))
    assert "Refused" in refused and "double" in refused and "cannot compare" in refused


def deletion_vector(positions):
    """A `deletion-vector-v1` blob (Puffin spec): length, magic, 64-bit portable roaring, CRC-32."""
    high = {}
    for p in positions:
        high.setdefault(p >> 32, []).append(p & 0xFFFFFFFF)
    bitmap = struct.pack("<Q", len(high))
    for key in sorted(high):
        bitmap += struct.pack("<I", key) + BitMap(high[key]).serialize()
    body = bytes([0xD1, 0xD3, 0x39, 0x64]) + bitmap
    return struct.pack(">I", len(body)) + body + struct.pack(">I", zlib.crc32(body))


def puffin_file(blob, referenced):
    """A Puffin file holding one deletion vector blob; returns (bytes, blob offset)."""
    offset = 4
    footer = json.dumps({"blobs": [{
        "type": "deletion-vector-v1", "fields": [2147483645], "snapshot-id": -1, "sequence-number": -1,
        "offset": offset, "length": len(blob),
        "properties": {"referenced-data-file": referenced, "cardinality": "2"}}]}).encode()
    return b"PFA1" + blob + b"PFA1" + footer + struct.pack("<I", len(footer)) + b"\0\0\0\0" + b"PFA1", offset


async def test_deletion_vector_of_a_format_3_table(two_files, data_lake):
    arn, catalog, table = two_files
    (first, first_rows), (second, second_rows) = data_files(table)
    blob = deletion_vector([0, 2])
    content, offset = puffin_file(blob, second)
    path = f"{table.metadata.location}/data/dv-{uuid.uuid4()}.puffin"
    with table.io.new_output(path).create(overwrite=True) as out:
        out.write(content)
    dv = DataFile.from_args(_table_format_version=3, content=DataFileContent.POSITION_DELETES, file_path=path,
                            file_format=FileFormat.PUFFIN, partition=Record(), record_count=2,
                            file_size_in_bytes=len(content), referenced_data_file=second,
                            content_offset=offset, content_size_in_bytes=len(blob))
    table = commit_deletes(catalog, table, [dv], version=3)
    assert table.metadata.format_version == 3
    async with mcp_session(*data_lake.args) as s:
        p = structured(await s.call_tool("preview_table", names(arn, "orders")))
    survivors = first_rows + [r for i, r in enumerate(second_rows) if i not in (0, 2)]
    assert sorted(r["id"] for r in p["rows"]) == sorted(r["id"] for r in survivors)
    assert (p["rowsDeleted"], p["deleteFilesRead"], p["rowCount"]) == (2, 1, 5)


async def test_as_of_picks_the_snapshot_current_then(two_files, data_lake):
    arn, catalog, table = two_files
    log = table.metadata.snapshot_log
    first, second = log[0], log[1]
    assert first.timestamp_ms < second.timestamp_ms
    between = (first.timestamp_ms + second.timestamp_ms) // 2
    at = datetime.datetime.fromtimestamp(between / 1000, datetime.timezone(datetime.timedelta(hours=2)))
    iso = at.isoformat(timespec="milliseconds")
    async with mcp_session(*data_lake.args) as s:
        call = lambda **a: s.call_tool("preview_table", {**names(arn, "orders"), **a})  # noqa: E731
        by_iso = structured(await call(as_of=iso))
        by_millis = structured(await call(as_of=between))
        latest = structured(await call(as_of=int(time.time() * 1000)))
        too_early = error_text(await call(as_of=first.timestamp_ms - 1))
        both = error_text(await call(as_of=iso, snapshot_id=first.snapshot_id))
        garbage = error_text(await call(as_of="last tuesday"))
        no_offset = error_text(await call(as_of="2024-01-02T03:04:05"))
    assert iso.endswith("+02:00")
    for p in (by_iso, by_millis):
        assert p["snapshotId"] == first.snapshot_id
        assert sorted(r["id"] for r in p["rows"]) == [1, 2, 3]
        assert by_id(p["rows"]) == expected(table, snapshot_id=first.snapshot_id)
    assert latest["snapshotId"] == second.snapshot_id and latest["rowCount"] == 7
    assert "before the table's first snapshot" in too_early
    assert "not both" in both
    assert "not a timestamp" in garbage and "not a timestamp" in no_offset


async def test_pruning_by_partition_values_and_summaries(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    spec = PartitionSpec(PartitionField(2, 1000, IdentityTransform(), "region"))
    table = catalog.create_table(("sales", "regional"), ORDERS, partition_spec=spec)
    # One append with two partitions (one manifest, two files), then one more partition.
    table.append(pa.concat_tables([orders(table, [1, 2], "eu"), orders(table, [3, 4, 5], "us")]))
    table = catalog.load_table(("sales", "regional"))
    table.append(orders(table, [6, 7], "zz"))
    table = catalog.load_table(("sales", "regional"))
    async with mcp_session(*data_lake.args) as s:
        call = lambda f: s.call_tool("preview_table", {**names(arn, "regional"), "filter": f})  # noqa: E731
        eu = structured(await call({"column": "region", "op": "eq", "value": "eu"}))
        fr = structured(await call({"column": "region", "op": "eq", "value": "fr"}))
        late = structured(await call({"column": "region", "op": "gt", "value": "v"}))
        unfiltered = structured(await s.call_tool("preview_table", names(arn, "regional")))
    assert sorted(r["id"] for r in eu["rows"]) == [1, 2]
    # The zz manifest's summary excludes eu; within the other manifest the us file is skipped.
    assert (eu["manifestsPruned"], eu["filesPruned"], eu["filesRead"]) == (1, 1, 1)
    # fr is inside the first manifest's range (eu..us) but in none of its files.
    assert (fr["rows"], fr["manifestsPruned"], fr["filesPruned"], fr["filesRead"]) == ([], 1, 2, 0)
    assert sorted(r["id"] for r in late["rows"]) == [6, 7]
    assert (late["manifestsPruned"], late["filesRead"]) == (1, 1)
    assert (unfiltered["filesRead"], unfiltered["filesPruned"], unfiltered["manifestsPruned"]) == (3, 0, 0)


async def test_pruning_by_column_bounds_on_an_unpartitioned_table(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "flat"), ORDERS)
    for ids in ([1, 2, 3], [10, 11], [20, 21, 22]):
        table.append(orders(table, ids, "eu"))
        table = catalog.load_table(("sales", "flat"))
    async with mcp_session(*data_lake.args) as s:
        call = lambda f: s.call_tool("preview_table", {**names(arn, "flat"), "filter": f})  # noqa: E731
        eleven = structured(await call({"column": "id", "op": "eq", "value": 11}))
        small = structured(await call({"column": "amount", "op": "lt", "value": "1.00"}))
        big = structured(await call({"column": "id", "op": "ge", "value": 21}))
        nulls = structured(await call({"column": "region", "op": "is_null"}))
        gap = structured(await call({"column": "id", "op": "eq", "value": 15}))
    assert [r["id"] for r in eleven["rows"]] == [11]
    assert (eleven["filesRead"], eleven["filesPruned"]) == (1, 2)
    # amount = id / 4: below 1.00 only in the first file (0.25, 0.50, 0.75).
    assert sorted(r["id"] for r in small["rows"]) == [1, 2, 3] and small["filesRead"] == 1
    assert sorted(r["id"] for r in big["rows"]) == [21, 22] and big["filesPruned"] == 2
    # No file has a null region (null_value_counts = 0): nothing is read.
    assert (nulls["rows"], nulls["filesRead"], nulls["filesPruned"]) == ([], 0, 3)
    assert (gap["rows"], gap["filesRead"], gap["filesPruned"]) == ([], 0, 3)
