"""The table most suites use: `sales.orders (id long, region string, amount decimal(10, 2))`,
its rows as PyIceberg appends them, and the two-append partitioned version of it."""
from decimal import Decimal

import pyarrow as pa
from pyiceberg.partitioning import PartitionField, PartitionSpec
from pyiceberg.schema import Schema
from pyiceberg.transforms import IdentityTransform
from pyiceberg.types import DecimalType, LongType, NestedField, StringType

ORDERS = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "region", StringType(), required=False),
    NestedField(3, "amount", DecimalType(10, 2), required=False),
)


def orders(table, ids, region):
    """Rows of `table` (an ORDERS table) for `ids`, all in `region`; amount is id / 4."""
    return pa.table({"id": pa.array(ids, pa.int64()), "region": [region] * len(ids),
                     "amount": pa.array([Decimal(i) / 4 for i in ids], pa.decimal128(10, 2))},
                    schema=table.schema().as_arrow())


def make_two_appends(catalog):
    """`sales.orders`, partitioned by region, with two appends (one data file each):
    eu 1-3, then us 4-7."""
    spec = PartitionSpec(PartitionField(2, 1000, IdentityTransform(), "region"))
    table = catalog.create_table(("sales", "orders"), ORDERS, partition_spec=spec)
    table.append(orders(table, [1, 2, 3], "eu"))
    table = catalog.load_table(("sales", "orders"))
    table.append(orders(table, [4, 5, 6, 7], "us"))
    return catalog.load_table(("sales", "orders"))
