"""Real Iceberg tables in moto's S3 Tables, written by an independent implementation (PyIceberg).

`S3TablesCatalog` is a PyIceberg catalog whose source of truth is the S3 Tables control plane
itself: a table's current metadata file is its `metadataLocation`, and a commit writes the new
metadata file into the table's warehouse bucket (`<uuid>--table-s3` in moto's S3) and then
moves the pointer with `UpdateTableMetadataLocation` (optimistic, with the version token) — the
same protocol the S3 Tables Iceberg REST endpoint follows.

Only one patch to PyIceberg is needed, and it is in `TableBucketFileIO`: PyArrow's file IO checks
that a file does not exist before writing it, and for a missing key that check falls back to
listing the prefix, which table buckets refuse (405, as the real service does). Every file
PyIceberg writes has a fresh UUID name, so the check is skipped (`overwrite=True`).

Traffic goes only to the loopback emulator.
"""
from __future__ import annotations

import io

import boto3
from pyiceberg.catalog import MetastoreCatalog
from pyiceberg.exceptions import CommitFailedException, NoSuchTableError
from pyiceberg.io.pyarrow import PyArrowFile, PyArrowFileIO
from pyiceberg.partitioning import UNPARTITIONED_PARTITION_SPEC
from pyiceberg.serializers import FromInputFile
from pyiceberg.table import CommitTableResponse, Table
from pyiceberg.table.metadata import new_table_metadata
from pyiceberg.table.sorting import UNSORTED_SORT_ORDER

from conftest import ACCESS_KEY, REGION, SECRET_KEY, SESSION_TOKEN

GZIP_METADATA = {"write.metadata.compression-codec": "gzip"}


class _NoListFile(PyArrowFile):
    def create(self, overwrite: bool = False):
        # Skip the existence check: on a missing key PyArrow lists the prefix (refused by table buckets).
        return super().create(overwrite=True)


class TableBucketFileIO(PyArrowFileIO):
    def new_output(self, location: str) -> PyArrowFile:
        out = super().new_output(location)
        out.__class__ = _NoListFile
        return out


class _PutOnCloseStream(io.BytesIO):
    """Buffers a file and creates it with one PUT (If-None-Match: *) on close."""

    def __init__(self, client, location):
        super().__init__()
        self.client, self.location = client, location

    def close(self):
        if not self.closed:
            bucket, key = self.location.removeprefix("s3://").split("/", 1)
            self.client.put_object(Bucket=bucket, Key=key, Body=self.getvalue(), IfNoneMatch="*")
        super().close()


class _PutOnlyFile(PyArrowFile):
    def create(self, overwrite: bool = False):
        return _PutOnCloseStream(self._put_client, self.location)


class PutOnlyFileIO(PyArrowFileIO):
    """Writes each file with a single PUT that only creates (what the local lake accepts,
    like a table bucket's own rule); reads as PyArrow does."""

    def new_output(self, location: str) -> PyArrowFile:
        out = super().new_output(location)
        out.__class__ = _PutOnlyFile
        p = self.properties
        out._put_client = boto3.client(
            "s3", endpoint_url=p["s3.endpoint"], region_name=p["s3.region"],
            aws_access_key_id=p["s3.access-key-id"], aws_secret_access_key=p["s3.secret-access-key"],
            aws_session_token=p.get("s3.session-token"))
        return out


def _gzip_name(location: str, properties) -> str:
    """Java Iceberg names gzip metadata `NNNNN-<uuid>.gz.metadata.json`; PyIceberg reads that name as gzip."""
    if properties.get("write.metadata.compression-codec") == "gzip" and not location.endswith(".gz.metadata.json"):
        return location[: -len(".metadata.json")] + ".gz.metadata.json"
    return location


class S3TablesCatalog(MetastoreCatalog):
    """One table bucket of the emulator as a PyIceberg catalog (only what the tests use)."""

    def __init__(self, endpoint: str, bucket_arn: str, region=REGION, access_key=ACCESS_KEY, secret_key=SECRET_KEY,
                 session_token=SESSION_TOKEN, io_impl="TableBucketFileIO"):
        super().__init__(
            "s3tables",
            **{
                "py-io-impl": f"{__name__}.{io_impl}",
                "s3.endpoint": endpoint,
                "s3.region": region,
                "s3.access-key-id": access_key,
                "s3.secret-access-key": secret_key,
                **({"s3.session-token": session_token} if session_token else {}),
                "s3.force-virtual-addressing": "false",
            },
        )
        self.bucket_arn = bucket_arn
        self.client = boto3.client(
            "s3tables",
            endpoint_url=endpoint,
            region_name=region,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            aws_session_token=session_token,
        )

    def _location(self, identifier):
        namespace, name = identifier
        try:
            return self.client.get_table_metadata_location(tableBucketARN=self.bucket_arn, namespace=namespace, name=name)
        except self.client.exceptions.NotFoundException as e:
            raise NoSuchTableError(f"{namespace}.{name}") from e

    def create_table(self, identifier, schema, location=None, partition_spec=UNPARTITIONED_PARTITION_SPEC,
                     sort_order=UNSORTED_SORT_ORDER, properties=None) -> Table:
        namespace, name = identifier
        properties = dict(properties or {})
        self.client.create_table(tableBucketARN=self.bucket_arn, namespace=namespace, name=name, format="ICEBERG")
        loc = self._location(identifier)
        warehouse = loc["warehouseLocation"]
        schema = self._convert_schema_if_needed(schema, int(properties.get("format-version", 2)))
        metadata = new_table_metadata(location=warehouse, schema=schema, partition_spec=partition_spec,
                                      sort_order=sort_order, properties=properties)
        metadata_location = _gzip_name(f"{warehouse}/metadata/00000-{metadata.table_uuid}.metadata.json", properties)
        io = self._load_file_io(properties=properties, location=metadata_location)
        self._write_metadata(metadata, io, metadata_location)
        self.client.update_table_metadata_location(tableBucketARN=self.bucket_arn, namespace=namespace, name=name,
                                                   versionToken=loc["versionToken"], metadataLocation=metadata_location)
        return self.load_table(identifier)

    def load_table(self, identifier) -> Table:
        loc = self._location(identifier)
        io = self._load_file_io(location=loc["metadataLocation"])
        metadata = FromInputFile.table_metadata(io.new_input(loc["metadataLocation"]))
        return Table(identifier=identifier, metadata=metadata, metadata_location=loc["metadataLocation"],
                     io=self._load_file_io(metadata.properties, loc["metadataLocation"]), catalog=self)

    def commit_table(self, table, requirements, updates) -> CommitTableResponse:
        identifier = table.name()
        loc = self._location(identifier)
        current = self.load_table(identifier)
        staged = self._update_and_stage_table(current, identifier, requirements, updates)
        new_location = _gzip_name(staged.metadata_location, staged.metadata.properties)
        self._write_metadata(staged.metadata, staged.io, new_location)
        namespace, name = identifier
        try:
            self.client.update_table_metadata_location(tableBucketARN=self.bucket_arn, namespace=namespace, name=name,
                                                       versionToken=loc["versionToken"], metadataLocation=new_location)
        except self.client.exceptions.ConflictException as e:
            raise CommitFailedException(str(e)) from e
        return CommitTableResponse(metadata=staged.metadata, metadata_location=new_location)

    # The rest of the Catalog interface is not needed by the tests.
    def _unsupported(self, *args, **kwargs):
        raise NotImplementedError

    register_table = drop_table = rename_table = create_namespace = drop_namespace = _unsupported
    list_tables = list_namespaces = load_namespace_properties = update_namespace_properties = _unsupported
    list_views = drop_view = view_exists = load_view = register_view = namespace_exists = _unsupported
