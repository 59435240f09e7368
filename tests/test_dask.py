"""Cleaning on a Dask cluster (boilerfilter.dask, ``clean --dask``): the same output as one process.

One LocalCluster of two one-thread worker processes serves every test of the module.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed "
                                                        "(pip install 'boilerfilter[dask]')")
pytest.importorskip("fastwarc", reason="fastwarc is not installed (pip install 'boilerfilter[warc]')")

from boilerfilter import BoilerFilter  # noqa: E402
from boilerfilter.cli import main  # noqa: E402

SENTENCES = ["The harbor council voted on Tuesday to turn the old ferry terminal into a park.",
             "Residents said the plan would protect the homes along the shore while opening the water to walkers.",
             "Construction is expected to begin next spring and to last about eighteen months, officials said."]


def page(i: int) -> str:
    body = "".join(f"<p>{s.replace('Tuesday', f'day {i}')}</p>" for s in SENTENCES[: 1 + i % 3])
    return (f"<html><head><title>Page {i}</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
            f"<article>{body}</article><footer>Privacy</footer></body></html>")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") \
            as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture
def inputs(tmp_path: Path, warc_record) -> list[str]:
    """A WARC of 10 pages and a JSONL of 6 (one bad line): more records than one batch would need workers for."""
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(gzip.compress(warc_record(f"http://x.example/{i}", page(i).encode()))
                              for i in range(10)))
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join([json.dumps({"url": f"http://j.example/{i}", "html": page(20 + i)}) for i in range(5)]
                              + ["{bad"]) + "\n", encoding="utf-8")
    return [str(warc), str(docs)]


def test_clean_dask_writes_what_one_process_writes(client, inputs, tmp_path, tiny_model, capsys, monkeypatch):
    import boilerfilter.stream as stream

    monkeypatch.setattr(stream, "_BATCH", 3)  # several tasks, spread over both workers
    outputs = {}
    runs = [("single", "jsonl", []), ("single", "parquet", []),
            # a LocalCluster of two worker processes started by the command, and the module's cluster by address
            ("dask", "jsonl", ["--dask", "local", "--dask-workers", "2"]),
            ("dask", "parquet", ["--dask", client.scheduler.address])]
    for name, fmt, extra in runs:
        out = tmp_path / f"{name}.{fmt}"
        assert main(["clean", *inputs, "-o", str(out), "--model", tiny_model, *extra]) == 1
        outputs[name, fmt] = out.read_bytes()
        err = capsys.readouterr().err
        assert "16 pages: 15 written, 0 empty, 1 error;" in err
    assert outputs["dask", "jsonl"] == outputs["single", "jsonl"]
    assert outputs["dask", "parquet"] == outputs["single", "parquet"]
    assert outputs["single", "jsonl"].count(b"\n") == 15
    # both workers of the module's cluster cleaned pages, each loading the model once (shared per process)
    loaded = client.run(lambda: len(__import__("boilerfilter.stream").stream._SHARED))
    assert sorted(loaded.values()) == [1, 1]


def test_clean_bag_and_dataframe_helpers_match_clean_many(client, tiny_model):
    import dask.bag as db

    from boilerfilter.dask import PAGE_FIELDS, clean_bag, clean_dataframe

    filt = BoilerFilter(tiny_model)
    items = [(page(i), f"http://x.example/{i}") for i in range(8)]
    expected = list(filt.clean_many(items))
    rows = clean_bag(db.from_sequence(items, npartitions=3), filt).compute()
    assert rows == [{k: v for k, v in p.to_dict(blocks=False).items() if k in PAGE_FIELDS} for p in expected]

    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install 'boilerfilter[dask]')")
    import dask.dataframe as dd

    df = pd.DataFrame({"body": [p for p, _ in items], "link": [u for _, u in items], "n": range(8)})
    out = clean_dataframe(dd.from_pandas(df, npartitions=2), filt, column="body", url_column="link").compute()
    assert list(out["n"]) == list(range(8)) and list(out["body"]) == list(df["body"])
    assert list(out["clean_text"]) == [p.text for p in expected]
    assert list(out["clean_title"]) == [p.title for p in expected]
    assert set(out.columns) == {"body", "link", "n"} | {f"clean_{f}" for f in PAGE_FIELDS if f != "url"}
