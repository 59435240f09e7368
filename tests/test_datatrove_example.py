"""examples/datatrove_step.py runs as a datatrove pipeline on examples/pages (skipped without datatrove)."""
from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="datatrove is not installed (pip install datatrove)")
pytest.importorskip("orjson", reason="orjson (for datatrove's JsonlWriter) is not installed")

from boilerfilter import BoilerFilter  # noqa: E402
from boilerfilter.decode import decode_bytes  # noqa: E402
from boilerfilter.io import iter_inputs, read_input  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "examples" / "pages"


def _example():
    spec = importlib.util.spec_from_file_location("datatrove_step", REPO / "examples" / "datatrove_step.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_datatrove_pipeline_cleans_the_example_pages(tmp_path, tiny_model):
    out = tmp_path / "out"
    _example().main([str(PAGES), "-o", str(out), "--model", tiny_model, "--tasks", "2"])
    docs = [json.loads(line) for f in sorted(out.glob("*.jsonl.gz"))
            for line in gzip.decompress(f.read_bytes()).decode("utf-8").splitlines()]
    filt = BoilerFilter(tiny_model)
    expected = {}
    for path, _ in iter_inputs([PAGES]):
        page = filt.clean(decode_bytes(read_input(path))[0])
        if page.text:  # pages that come out empty are dropped by the step
            expected[str(path)] = page
    assert len(list(out.glob("*.jsonl.gz"))) == 2  # one file per task
    assert {d["id"]: d["text"] for d in docs} == {k: p.text for k, p in expected.items()}
    assert expected  # the tiny model keeps something on these pages
    for d in docs:
        assert d["metadata"]["title"] == expected[d["id"]].title
        assert d["metadata"]["blocks_kept"] == len(expected[d["id"]].kept)
