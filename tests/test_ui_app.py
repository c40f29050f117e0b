"""The MCP Apps view of results (extension `io.modelcontextprotocol/ui`, spec 2026-01-26): the
real binary serves `ui://s3tables-mcp/results.html` and links `preview_table` and
`query_database` to it; headless Chromium (Debian's `chromium` and `chromium-driver`, driven by
Selenium) loads that HTML in a minimal host page (`tests/ui/host.html`) that speaks the app
protocol, and feeds it real tool results over tables PyIceberg wrote into moto.

What the view shows is checked against the tool result it was given (its job is to show it
faithfully), and the results against the rows written. No timing is asserted anywhere."""
import json
import re
import shutil
import struct
import zlib
from decimal import Decimal

import pyarrow as pa
import pytest
from pyiceberg.schema import Schema
from pyiceberg.types import (
    DoubleType, IntegerType, ListType, LongType, NestedField, StringType, StructType, DecimalType,
)
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, error_text, mcp_session, structured
from test_table_data import names

pytestmark = pytest.mark.anyio

UI_URI = "ui://s3tables-mcp/results.html"
MIME = "text/html;profile=mcp-app"
# What an MCP Apps host declares in `initialize` (spec, "Client (Host) Capabilities").
UI_CLIENT = {"extensions": {"io.modelcontextprotocol/ui": {"mimeTypes": [MIME]}}}
HOST_PAGE = ROOT / "tests" / "ui" / "host.html"
PAGE = 50       # the view's page size
BAR_CAP = 50    # the view's bar limit

ITEMS = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "name", StringType(), required=False),
    NestedField(3, "category", StringType(), required=False),
    NestedField(4, "qty", IntegerType(), required=False),
    NestedField(5, "price", DecimalType(10, 2), required=False),
)


def item(i):
    # qty: distinct for every id (7919 is prime to 1000), null for every 40th; price: numbers
    # whose text sorts differently ("9.25" < "10.50" only as numbers); one name is markup.
    return {"id": i, "name": "<b>bold?</b> & <i>" if i == 1 else f"item-{i:03d}", "category": f"c{i % 5}",
            "qty": None if i % 40 == 0 else (i * 7919) % 1000, "price": Decimal((i * 37) % 1000) / 4}


def write_items(catalog, table_name, count):
    table = catalog.create_table(("sales", table_name), ITEMS)
    table.append(pa.Table.from_pylist([item(i) for i in range(1, count + 1)], schema=table.schema().as_arrow()))
    return catalog.load_table(("sales", table_name))


def query(arn, sql, **extra):
    return {"warehouse": arn, "namespace": "sales", "query": sql, **extra}


def as_sent(result):
    """A CallToolResult as the host forwards it (`ui/notifications/tool-result` params)."""
    return result.model_dump(mode="json", by_alias=True, exclude_none=True)


def js(v):
    """`v` with JavaScript's number spelling: integral floats have no fraction (-2.0 is -2)."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, dict):
        return {k: js(x) for k, x in v.items()}
    if isinstance(v, list):
        return [js(x) for x in v]
    return v


def shown(v):
    """A value as the view writes it in a cell: compact JSON for nested values, `null` for null."""
    v = js(v)
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict, list)):
        return json.dumps(v, separators=(",", ":"), ensure_ascii=False)
    return str(v)


def num(v):
    return Decimal(str(v))


def sort_rows(rows, col, descending=False):
    """The view's order: numeric by value, ties in result order, nulls last either way."""
    present = [r for r in rows if r[col] is not None]
    return sorted(present, key=lambda r: num(r[col]), reverse=descending) + [r for r in rows if r[col] is None]


async def fetch_view(s):
    """The view's HTML, read from the server as a host does (`resources/read`), after checking
    that both tools link to it."""
    tools = {t.name: t for t in (await s.list_tools()).tools}
    for name in ("preview_table", "query_database"):
        assert (tools[name].meta or {}).get("ui", {}).get("resourceUri") == UI_URI, (name, tools[name].meta)
    read = await s.read_resource(UI_URI)
    assert len(read.contents) == 1
    content = read.contents[0]
    assert (str(content.uri), content.mime_type) == (UI_URI, MIME)
    # It needs nothing from the network: no CSP domains, so hosts apply their strictest default.
    csp = ((content.meta or {}).get("ui") or {}).get("csp") or {}
    assert not any(csp.values()), csp
    # The file in the repository, embedded by the guest (a stale binary fails here).
    assert content.text == (ROOT / "guest" / "ui" / "results.html").read_text(), "not guest/ui/results.html"
    return content.text


# ------------------------------------------------------------------------------ the browser


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium from the distribution. Missing, the tests fail (CI installs it)."""
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver_path):
        pytest.fail("the MCP Apps view is tested in headless Chromium: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    # --no-sandbox: CI runs as root, where Chromium's own sandbox cannot start.
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1100,900", "--lang=en-US"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver given by path: Selenium Manager never looks anything up.
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    try:
        yield driver
    finally:
        driver.quit()


class View:
    """The results view inside the test host, after the host sent it the tool input and
    result. Reads go through one script each; clicks are real WebDriver clicks."""

    def __init__(self, driver, html, tool_input, result, **host):
        self.d = driver
        driver.switch_to.default_content()
        driver.get(HOST_PAGE.as_uri())
        driver.get_log("browser")   # only this page's console counts
        driver.execute_script("startHost(arguments[0])",
                              {"html": html, "toolInput": tool_input, "toolResult": result, **host})
        try:
            WebDriverWait(driver, 60).until(lambda d: d.execute_script("return hostState.resultSent"))
        except TimeoutException:
            raise AssertionError("the view never finished ui/initialize; it sent: "
                                 + json.dumps(driver.execute_script("return hostLog"))) from None
        driver.switch_to.frame(driver.find_element(By.TAG_NAME, "iframe"))
        WebDriverWait(driver, 60).until(lambda d: self.state != "waiting")

    def js(self, script, *args):
        return self.d.execute_script(script, *args)

    @property
    def state(self):
        return self.js("return document.body.dataset.state")

    def text(self, element_id):
        return self.js("return document.getElementById(arguments[0]).textContent", element_id)

    def visible(self, element_id):
        return self.d.find_element(By.ID, element_id).is_displayed()

    def headers(self):
        return self.js("return [...document.querySelectorAll('#grid th .name')].map(e => e.textContent)")

    def header_types(self):
        return self.js("return [...document.querySelectorAll('#grid th')].map(th => th.querySelector('.type')?.textContent ?? '')")

    def rows(self):
        return self.js("return [...document.querySelectorAll('#grid tbody tr')].map(tr => [...tr.cells].map(td => td.textContent))")

    def sort(self, column):
        """Clicks the column's header; returns its `aria-sort` afterwards."""
        header = self.d.find_element(By.XPATH, f"//th[span[@class='name' and text()='{column}']]")
        header.click()
        return header.get_attribute("aria-sort")

    def click(self, element_id):
        self.d.find_element(By.ID, element_id).click()

    def choose(self, select_id, text):
        Select(self.d.find_element(By.ID, select_id)).select_by_visible_text(text)

    def options(self, select_id):
        return [o.text for o in Select(self.d.find_element(By.ID, select_id)).options]

    def marks(self, kind="bar"):
        """The chart's bars (or line points): (label, value text, height or y)."""
        size = "height" if kind == "bar" else "cy"
        return [(m[0], m[1], float(m[2])) for m in self.js(
            f"return [...document.querySelectorAll('#chart .{'bar' if kind == 'bar' else 'point'}')]"
            f".map(e => [e.dataset.label, e.dataset.value, e.getAttribute('{size}')])")]

    def host(self, name):
        self.d.switch_to.default_content()
        try:
            return self.d.execute_script(f"return {name}")
        finally:
            self.d.switch_to.frame(self.d.find_element(By.TAG_NAME, "iframe"))

    def screenshot(self, path):
        """The host page with the view, as a user sees it; checked to be a real picture."""
        self.d.switch_to.default_content()
        try:
            self.d.execute_script("scrollTo(0, 0)")   # the view's top: title, chart, first rows
            png = self.d.get_screenshot_as_png()
            viewport = tuple(self.d.execute_script("return [innerWidth, innerHeight]"))
        finally:
            self.d.switch_to.frame(self.d.find_element(By.TAG_NAME, "iframe"))
        path.write_bytes(png)
        width, height, colours = png_colours(png)
        assert (width, height) == viewport
        assert len(colours) > 20, f"{path} is nearly one colour: {len(colours)} colours"
        return colours

    def check_protocol(self):
        """The view spoke the protocol as the spec orders it, and the page logged no error."""
        assert self.host("hostErrors") == []
        log = self.host("hostLog")
        init = log[0]
        assert init["method"] == "ui/initialize" and "id" in init
        assert init["params"]["protocolVersion"] == "2026-01-26"
        assert init["params"]["appInfo"]["name"] and init["params"]["appCapabilities"] == {
            "availableDisplayModes": ["inline"]}
        assert log[1] == {"jsonrpc": "2.0", "method": "ui/notifications/initialized", "params": {}}
        sizes = [m["params"] for m in log if m.get("method") == "ui/notifications/size-changed"]
        assert sizes and all(s["height"] > 0 and s["width"] > 0 for s in sizes)
        # The host's requests are answered: teardown and ping with {}.
        self.d.switch_to.default_content()
        try:
            answers = self.d.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "Promise.all([hostRequest('ui/resource-teardown', {reason: 'test'}), hostRequest('ping', {})]).then(done)")
        finally:
            self.d.switch_to.frame(self.d.find_element(By.TAG_NAME, "iframe"))
        assert [a.get("result") for a in answers] == [{}, {}], answers
        errors = [e for e in self.d.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == [], errors


def png_colours(data):
    """(width, height, set of colours) of an 8-bit RGB(A) PNG, decoded here, by hand."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + size]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + size
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(idat)
    assert len(raw) == height * (stride + 1)
    prev, colours = bytearray(stride), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):   # undo the scanline filter (PNG spec, section 9)
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp))
        prev = line
    return width, height, colours


def check_bars(bars, rows, label, value):
    """One bar per charted row, in order, with heights proportional to the values (the axis
    starts at zero for these non-negative values)."""
    assert [(b[0], b[1]) for b in bars] == [(shown(r[label]), shown(r[value])) for r in rows]
    top = max(num(r[value]) for r in rows)
    tallest = max(b[2] for b in bars)
    for (_, _, height), r in zip(bars, rows):
        assert height == pytest.approx(tallest * float(num(r[value]) / top), abs=1e-6)
    by_value = sorted(zip(bars, rows), key=lambda p: num(p[1][value]))
    heights = [b[2] for b, _ in by_value]
    assert heights == sorted(heights)


# ------------------------------------------------------------------------------ the tests


@pytest.fixture
def moto_lake(lake, endpoint):
    """`lake` (a table bucket with namespace `sales` on moto): (arn, catalog, server arguments)."""
    arn, catalog, _ = lake
    return arn, catalog, ["--endpoint-url", endpoint]


async def test_query_result_table_sorting_paging_and_chart(moto_lake, browser, tmp_path):
    arn, catalog, args = moto_lake
    write_items(catalog, "items", 120)
    sql = "SELECT name, category, qty, price FROM items ORDER BY id"
    async with mcp_session(*args, **UI_CLIENT) as s:
        html = await fetch_view(s)
        result = await s.call_tool("query_database", query(arn, sql))
        grouped = await s.call_tool("query_database", query(
            arn, "SELECT category, sum(price) AS total, count(*) AS n FROM items GROUP BY category ORDER BY category"))
    # A client without the extension gets the same text and structured content as before.
    async with mcp_session(*args) as s:
        plain = structured(await s.call_tool("query_database", query(arn, sql)))
    answer = structured(result)
    assert (plain["columns"], plain["rows"]) == (answer["columns"], answer["rows"])

    # The view is self-contained and small.
    assert len(html.encode()) < 32 * 1024
    assert not re.search(r"<script[^>]+src|<link|@import|url\(", html, re.I)
    assert set(re.findall(r"https?://[^\s\"'<>)]+", html)) <= {"http://www.w3.org/2000/svg"}

    cols = [c["name"] for c in answer["columns"]]
    rows = [dict(zip(cols, r)) for r in answer["rows"]]
    assert [r["name"] for r in rows] == [item(i)["name"] for i in range(1, 121)]
    assert cols == ["name", "category", "qty", "price"]
    table = lambda rs: [[shown(r[c]) for c in cols] for r in rs]  # noqa: E731

    view = View(browser, html, query(arn, sql), as_sent(result))
    assert view.state == "ready"
    assert view.headers() == cols
    assert view.header_types() == [c["type"] for c in answer["columns"]]
    assert view.text("status") == "120 rows"
    assert view.text("query") == sql
    assert view.rows() == table(rows[:PAGE])
    # Values are text, never markup.
    assert view.rows()[0][0] == "<b>bold?</b> & <i>"
    assert view.js("return document.querySelectorAll('#grid tbody b, #grid tbody i').length") == 0
    assert view.text("page-info") == "Page 1 of 3 · rows 1–50 of 120"

    # The chart: qty (the first numeric column) by name (the first text column), the first
    # 50 rows holding a value, in table order.
    assert view.options("chart-col") == ["qty", "price"]
    assert view.options("chart-label") == ["row number", "name", "category"]
    charted = [r for r in rows if r["qty"] is not None][:BAR_CAP]
    check_bars(view.marks(), charted, "name", "qty")
    assert "first 50 of 117" in view.text("chart-note")
    view.screenshot(tmp_path / "query.png")
    view.choose("chart-kind", "line")
    points = view.marks("point")
    assert [(p[0], p[1]) for p in points] == [(shown(r["name"]), shown(r["qty"])) for r in charted]
    assert view.marks() == []
    view.choose("chart-kind", "bars")

    # Sorting: numeric, nulls last, then descending; paging walks the sorted rows.
    assert view.sort("qty") == "ascending"
    assert view.rows() == table(sort_rows(rows, "qty")[:PAGE])
    assert view.text("page-info").startswith("Page 1 of 3")
    assert view.sort("qty") == "descending"
    by_qty = sort_rows(rows, "qty", descending=True)
    assert view.rows() == table(by_qty[:PAGE])
    view.click("next")
    assert view.text("page-info") == "Page 2 of 3 · rows 51–100 of 120"
    assert view.rows() == table(by_qty[PAGE:2 * PAGE])
    view.click("last")
    assert view.rows() == table(by_qty[2 * PAGE:])
    assert view.rows()[-1][2] == "null"
    assert view.d.find_element(By.ID, "next").get_attribute("disabled") is not None
    # Decimals arrive as text and sort as numbers ("9.25" before "10.50").
    assert view.sort("price") == "ascending"
    assert view.rows() == table(sort_rows(rows, "price")[:PAGE])
    assert view.text("page-info").startswith("Page 1 of 3")
    # A third click restores the result's order.
    view.sort("price")
    assert view.sort("price") == "none"
    assert view.rows() == table(rows[:PAGE])
    view.check_protocol()

    # An aggregate: one bar per category, decimals charted by value.
    answer = structured(grouped)
    cols = [c["name"] for c in answer["columns"]]
    rows = [dict(zip(cols, r)) for r in answer["rows"]]
    totals = {}
    for i in range(1, 121):
        totals[item(i)["category"]] = totals.get(item(i)["category"], 0) + item(i)["price"]
    assert {r["category"]: Decimal(r["total"]) for r in rows} == totals
    view = View(browser, html, {}, as_sent(grouped))
    view.choose("chart-col", "total")
    check_bars(view.marks(), rows, "category", "total")
    assert len(view.marks()) == 5
    view.choose("chart-col", "n")
    check_bars(view.marks(), rows, "category", "n")
    view.screenshot(tmp_path / "grouped.png")
    view.check_protocol()


NESTED = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "label", StringType(), required=False),
    NestedField(3, "point", StructType(NestedField(4, "x", DoubleType(), required=False),
                                       NestedField(5, "y", DoubleType(), required=False)), required=False),
    NestedField(6, "tags", ListType(7, StringType(), element_required=False), required=False),
)


async def test_preview_rows_as_objects_and_nested_values(moto_lake, browser, tmp_path):
    arn, catalog, args = moto_lake
    write_items(catalog, "items", 30)
    nested = catalog.create_table(("sales", "shapes"), NESTED)
    nested.append(pa.Table.from_pylist([
        {"id": 1, "label": "a", "point": {"x": 1.5, "y": -2.0}, "tags": ["red", "round"]},
        {"id": 2, "label": None, "point": None, "tags": []},
        {"id": 3, "label": "c", "point": {"x": 0.25, "y": None}, "tags": None},
    ], schema=nested.schema().as_arrow()))
    async with mcp_session(*args, **UI_CLIENT) as s:
        html = await fetch_view(s)
        items = await s.call_tool("preview_table", {**names(arn, "items"), "limit": 30})
        shapes = await s.call_tool("preview_table", names(arn, "shapes"))

    answer = structured(items)
    cols = [c["name"] for c in answer["columns"]]
    assert cols == [f.name for f in ITEMS.fields] and isinstance(answer["rows"][0], dict)
    rows = answer["rows"]
    assert sorted(r["id"] for r in rows) == list(range(1, 31))
    table = lambda rs: [[shown(r[c]) for c in cols] for r in rs]  # noqa: E731
    view = View(browser, html, names(arn, "items"), as_sent(items))
    assert view.text("title") == "sales.items"
    assert view.text("query") == "preview of sales.items"
    assert view.headers() == cols
    assert view.header_types() == ["long", "string", "string", "int", "decimal(10, 2)"]
    assert view.text("status") == "30 rows"
    assert view.rows() == table(rows)
    assert not view.visible("pager")
    assert view.options("chart-col") == ["id", "qty", "price"]
    # An id is numeric but no measure: the chart starts on qty.
    assert Select(view.d.find_element(By.ID, "chart-col")).first_selected_option.text == "qty"
    assert view.sort("id") == "ascending"
    assert view.rows() == table(sorted(rows, key=lambda r: r["id"]))
    view.choose("chart-col", "price")
    check_bars(view.marks(), sorted(rows, key=lambda r: r["id"]), "name", "price")
    view.screenshot(tmp_path / "preview.png")
    view.check_protocol()

    answer = structured(shapes)
    cols = [c["name"] for c in answer["columns"]]
    view = View(browser, html, names(arn, "shapes"), as_sent(shapes))
    assert view.headers() == ["id", "label", "point", "tags"]
    # Nested types arrive as objects; the header names their kind.
    assert view.header_types()[2:] == [answer["columns"][2]["type"]["type"], answer["columns"][3]["type"]["type"]]
    rows = sorted(answer["rows"], key=lambda r: r["id"])
    assert rows[0]["point"] == {"x": 1.5, "y": -2.0} and rows[0]["tags"] == ["red", "round"]
    view.sort("id")
    assert view.rows() == [[shown(r[c]) for c in cols] for r in rows]
    assert view.rows()[0][2] == '{"x":1.5,"y":-2}'
    # Only id is numeric: the chart plots it by label.
    assert view.options("chart-col") == ["id"]
    assert view.options("chart-label") == ["row number", "label"]
    view.check_protocol()


async def test_empty_truncated_and_failed_results(moto_lake, browser):
    arn, catalog, args = moto_lake
    write_items(catalog, "items", 20)
    async with mcp_session(*args, **UI_CLIENT) as s:
        html = await fetch_view(s)
        empty = await s.call_tool("query_database", query(arn, "SELECT name, qty FROM items WHERE false"))
        cut = await s.call_tool("query_database", query(arn, "SELECT id, qty FROM items ORDER BY id", max_rows=10))
        failed = await s.call_tool("query_database", query(arn, "SELECT nope FROM items"))
        as_csv = await s.call_tool("query_database", query(arn, "SELECT id, qty FROM items ORDER BY id", format="csv"))

    assert structured(empty)["rows"] == []
    view = View(browser, html, {}, as_sent(empty))
    assert view.state == "empty"
    assert view.visible("empty") and view.text("empty") == "No rows."
    assert view.headers() == ["name", "qty"] and view.rows() == []
    assert not view.visible("chart-box") and not view.visible("pager")
    assert view.text("status") == "0 rows"
    view.check_protocol()

    answer = structured(cut)
    assert answer["truncated"] and "max_rows" in answer["truncatedReason"]
    view = View(browser, html, {}, as_sent(cut))
    assert view.text("status") == f"10 rows (truncated: {answer['truncatedReason']})"
    assert view.rows() == [[shown(v) for v in r] for r in answer["rows"]]
    view.check_protocol()

    message = error_text(failed)
    view = View(browser, html, {}, as_sent(failed))
    assert view.state == "error"
    assert view.visible("error") and view.text("error") == message
    assert not view.visible("grid-box") and not view.visible("chart-box")
    view.check_protocol()

    # format=csv: the text as the server wrote it, not an error and not a table.
    view = View(browser, html, {}, as_sent(as_csv))
    assert view.state == "formatted"
    assert view.visible("formatted") and not view.visible("error") and not view.visible("grid-box")
    assert view.text("formatted").splitlines() == as_csv.structured_content["formatted"].splitlines()
    assert view.text("status") == "20 rows (as text)"
    view.check_protocol()


async def test_ten_thousand_rows_stay_one_page_in_the_dom(moto_lake, browser, tmp_path):
    arn, catalog, args = moto_lake
    write_items(catalog, "big", 10_000)
    sql = "SELECT id, name, qty FROM big ORDER BY id"
    async with mcp_session(*args, **UI_CLIENT) as s:
        html = await fetch_view(s)
        result = await s.call_tool("query_database", query(arn, sql, max_rows=10_000))
    answer = structured(result)
    assert (answer["rowCount"], answer["truncated"]) == (10_000, False)
    rows = [dict(zip(["id", "name", "qty"], r)) for r in answer["rows"]]
    assert [r["id"] for r in rows] == list(range(1, 10_001))
    table = lambda rs: [[shown(r[c]) for c in ("id", "name", "qty")] for r in rs]  # noqa: E731

    # In the host's dark theme.
    view = View(browser, html, query(arn, sql, max_rows=10_000), as_sent(result), hostContext={"theme": "dark"})
    assert view.text("status") == "10,000 rows"
    assert view.js("return document.querySelectorAll('tr').length") == PAGE + 1   # the header's and one page
    assert view.rows() == table(rows[:PAGE])
    assert view.text("page-info") == "Page 1 of 200 · rows 1–50 of 10,000"
    red, green, blue = map(int, re.findall(r"\d+", view.js("return getComputedStyle(document.body).backgroundColor"))[:3])
    assert red + green + blue < 3 * 64, "the host asked for the dark theme"
    view.click("last")
    assert view.text("page-info") == "Page 200 of 200 · rows 9,951–10,000 of 10,000"
    assert view.rows() == table(rows[-PAGE:])
    view.click("prev")
    assert view.rows() == table(rows[-2 * PAGE:-PAGE])
    assert view.sort("qty") == "ascending"
    by_qty = sort_rows(rows, "qty")
    assert view.rows() == table(by_qty[:PAGE])
    assert view.js("return document.querySelectorAll('tr').length") == PAGE + 1
    # The chart follows the table's order, capped at 50 bars.
    check_bars(view.marks(), by_qty[:BAR_CAP], "name", "qty")
    assert "first 50 of 9,750" in view.text("chart-note") and "250 without a value" in view.text("chart-note")
    view.click("last")
    assert view.rows()[-1] == table(by_qty[-1:])[0] and view.rows()[-1][2] == "null"
    view.screenshot(tmp_path / "big.png")
    view.check_protocol()
