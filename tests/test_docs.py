"""The README stays a quickstart, and every relative link in it and in docs/ leads somewhere: the
file exists, and an `#anchor` is a heading of the page it names (GitHub's slugs)."""
import re
from pathlib import Path

from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target) and [text](target "title"); images too. Code spans and fenced blocks are not links.
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def prose(text: str) -> str:
    """The page without fenced code blocks and code spans, where `[x](y)` is not a link."""
    text = re.sub(r"^(```|~~~).*?^\1[^\n]*$", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: its text (link targets and markup dropped), lowercased,
    without characters other than letters, digits, spaces, hyphens and underscores, spaces
    turned into hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set:
    """Every heading's anchor; a repeated heading gets -1, -2, … as on GitHub."""
    seen, found = {}, set()
    for line in re.sub(r"^(```|~~~).*?^\1[^\n]*$", "", page.read_text(), flags=re.S | re.M).splitlines():
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        base = slug(m.group(1))
        n = seen.get(base, 0)
        seen[base] = n + 1
        found.add(base if n == 0 else f"{base}-{n}")
    return found


def test_slug_follows_github():
    assert slug("Local lake (no AWS account)") == "local-lake-no-aws-account"
    assert slug("What this doesn't do (yet)") == "what-this-doesnt-do-yet"
    assert slug("Packages: `uvx`, `pip`, `npx`, Claude Desktop bundle, MCP registry") == \
        "packages-uvx-pip-npx-claude-desktop-bundle-mcp-registry"
    assert slug("The tools components (wassette): one exported function per tool") == \
        "the-tools-components-wassette-one-exported-function-per-tool"
    assert slug("snake_case and kebab-case") == "snake_case-and-kebab-case"


def test_every_relative_link_and_anchor_resolves():
    checked, broken = 0, []
    for page in PAGES:
        for target in LINK.findall(prose(page.read_text())):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:, …
                continue
            path, _, anchor = target.partition("#")
            dest = (page.parent / path).resolve() if path else page
            where = f"{page.relative_to(ROOT)}: ({target})"
            checked += 1
            if not dest.exists():
                broken.append(f"{where}: no such file")
            elif not dest.is_relative_to(ROOT):
                broken.append(f"{where}: outside the repository")
            elif anchor and (dest.suffix != ".md" or anchor not in anchors(dest)):
                broken.append(f"{where}: no heading with that anchor")
    assert not broken, "\n".join(broken)
    assert checked >= 20, checked  # the README's map alone links every docs/ page


def test_the_readme_maps_every_docs_page_and_every_page_links_back():
    readme = (ROOT / "README.md").read_text()
    for page in PAGES[1:]:
        assert f"](docs/{page.name})" in readme, f"the README's map leaves out docs/{page.name}"
        lines = page.read_text().splitlines()
        assert lines[0].startswith("# "), f"docs/{page.name} does not start with its title"
        assert "](../README.md)" in "\n".join(lines[:4]), f"docs/{page.name} does not link back to the README"


def test_the_readme_stays_a_quickstart():
    lines = (ROOT / "README.md").read_text().splitlines()
    assert len(lines) < 200, f"README.md has {len(lines)} lines: move reference material to docs/"
