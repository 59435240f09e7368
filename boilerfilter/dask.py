"""Cleaning on a Dask cluster: the engine behind ``clean --dask``, and helpers for Dask bags and DataFrames.

The filter travels to the workers pickled (a few hundred bytes, never the model's bytes)
and each worker process loads the model once, on first use (``stream.shared_filter``).
Needs the ``dask`` extra: ``pip install 'boilerfilter[dask]'``.

Example::

    import dask.bag as db
    from boilerfilter import BoilerFilter
    from boilerfilter.dask import clean_bag

    pages = db.from_sequence([(html, url) for html, url in crawl], npartitions=8)
    rows = clean_bag(pages, BoilerFilter()).compute()   # dicts: url, text, title, language, reason...
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from .filter import BoilerFilter
from .formats import require
from .sinks import ROW_FIELDS
from .stream import Engine, clean_records, shared_filter

__all__ = ["clean_bag", "clean_partition", "clean_dataframe", "connect", "dask_engine", "PAGE_FIELDS"]

#: The fields of a cleaned page in ``clean_bag``'s dicts and ``clean_partition``'s columns.
PAGE_FIELDS = tuple(f for f in ROW_FIELDS if f != "source")


def _row(page) -> dict:
    return {k: v for k, v in page.to_dict(blocks=False).items() if k in PAGE_FIELDS}


def _clean_items(items, filt: BoilerFilter, content_type: str | None) -> list[dict]:
    """One partition of pages (``str``/``bytes``, or ``(page, url)`` pairs) → one dict per page."""
    return [_row(p) for p in shared_filter(filt).clean_many(list(items), content_type=content_type)]


def clean_bag(bag, filt: BoilerFilter | None = None, *, content_type: str | None = None):
    """Clean every page of a Dask bag.

    Args:
        bag: a ``dask.bag.Bag`` of pages (``str`` or ``bytes``) or ``(page, url)`` pairs.
        filt: the filter (None: the shipped model with default options).
        content_type: ``"html"``, ``"text"`` or None to sniff each page.

    Returns:
        a bag of dicts with ``PAGE_FIELDS`` (``url``, ``text``, ``title``, ``language``,
        ``reason``, ``content_type``, ``encoding``), in the order of the pages. Each
        partition is cleaned as one batch.
    """
    return bag.map_partitions(_clean_items, filt or BoilerFilter(), content_type)


def clean_partition(df, filt: BoilerFilter | None = None, *, column: str = "html", url_column: str | None = None,
                    content_type: str | None = None, prefix: str = "clean_"):
    """Clean the pages in one column of a pandas DataFrame (a Dask DataFrame's partition).

    Args:
        df: a ``pandas.DataFrame``.
        filt: the filter (None: the shipped model with default options).
        column: the column holding the pages (``str`` or ``bytes``; a missing value is an empty page).
        url_column: a column holding the pages' URLs, if any.
        content_type: ``"html"``, ``"text"`` or None to sniff each page.
        prefix: the new columns are ``PAGE_FIELDS`` but ``url`` with this prefix
            (``clean_text``, ``clean_title``, ...).

    Returns:
        a copy of ``df`` with the new columns, same index. Use it on a Dask DataFrame with
        ``ddf.map_partitions(clean_partition, filt, column=...)`` or ``clean_dataframe``.
    """
    pages = ["" if not isinstance(p, (str, bytes)) else p for p in df[column]]
    urls = [u if isinstance(u, str) else None for u in df[url_column]] if url_column else [None] * len(pages)
    rows = _clean_items(list(zip(pages, urls)), filt or BoilerFilter(), content_type)
    fields = [f for f in PAGE_FIELDS if f != "url"]
    return df.assign(**{prefix + f: [r[f] for r in rows] for f in fields})


def clean_dataframe(ddf, filt: BoilerFilter | None = None, **kwargs):
    """``clean_partition`` over every partition of a Dask DataFrame (same keyword arguments)."""
    pd = require("pandas", "dask")
    prefix = kwargs.get("prefix", "clean_")
    meta = ddf._meta.assign(**{prefix + f: pd.Series(dtype="object") for f in PAGE_FIELDS if f != "url"})
    return ddf.map_partitions(clean_partition, filt or BoilerFilter(), meta=meta, **kwargs)


@contextmanager
def connect(address: str, workers: int | None = None) -> Iterator:
    """A ``distributed.Client``: ``"local"`` starts a LocalCluster of ``workers`` one-thread processes
    (None: one per CPU); anything else is a scheduler address (``tcp://host:8786``).

    Raises:
        MissingExtra: when dask.distributed is not installed.
    """
    distributed = require("distributed", "dask")
    if address == "local":
        import os

        n = workers or os.cpu_count() or 1
        # the dashboard on a free port: the default 8787 may be taken (another cluster, another run)
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
            yield client
    else:
        with distributed.Client(address) as client:
            yield client


def dask_engine(client, filt: BoilerFilter, blocks: bool) -> Iterator[Engine]:
    """Clean batches of records on the cluster of ``client`` (see ``stream.clean_stream``).

    Each batch is one task; its records travel with it, so the workers need not see this
    machine's files.
    """
    yield lambda batch: client.submit(clean_records, filt, batch, blocks, pure=False)
