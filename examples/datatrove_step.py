"""boilerfilter as a step of a datatrove pipeline (https://github.com/huggingface/datatrove).

``BoilerFilterStep`` takes the place of datatrove's ``Trafilatura`` extractor: it cleans each
Document's HTML (or plain text) in batches, keeps the kept text, records the page's title,
language and content type in its metadata, and drops the pages that come out empty —
counted by reason in the step's stats, and handed to an ``exclusion_writer`` if you give one
(what was dropped, with why, is the raw material for relabelling).

The filter pickles without its model and loads it lazily, so the step travels cheaply to
datatrove's workers (local, Slurm or Ray) and each loads the model once.

Run it on the bundled pages (needs ``pip install datatrove``)::

    python examples/datatrove_step.py examples/pages -o datatrove-out   # [--model PATH] [--tasks N]

For a crawl, put a reader of your crawl in place of ``PagesReader``, e.g.
``WarcReader("s3://bucket/crawl/", glob_pattern="*.warc.gz")``: its Documents hold the
response's HTML in ``text`` and the URL in ``metadata["url"]``, which the step uses.
"""
from __future__ import annotations

import argparse
from itertools import islice

from datatrove.data import Document, DocumentsPipeline
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers import JsonlWriter

from boilerfilter import BoilerFilter
from boilerfilter.decode import DecodeError, decode_bytes
from boilerfilter.io import iter_inputs, read_input

# Documents per clean_many call: one predict call over a batch is much cheaper than one per page.
BATCH = 32


class PagesReader(PipelineStep):
    """Documents from page files (``.html``, ``.txt``... as ``boilerfilter clean`` finds them), sharded by rank."""

    name = "📄 boilerfilter pages"
    type = "📖 - READER"

    def __init__(self, *folders: str):
        super().__init__()
        self.folders = folders

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data:
            yield from data
        for i, (path, _) in enumerate(iter_inputs(self.folders)):
            if i % world_size != rank:
                continue
            try:
                text, _ = decode_bytes(read_input(path))
            except (OSError, ValueError, DecodeError):
                self.stat_update("unreadable")
                continue
            self.stat_update("documents")
            yield Document(text=text, id=str(path))


class BoilerFilterStep(PipelineStep):
    """Clean each Document's text with a ``BoilerFilter``; drop the pages that come out empty.

    Args:
        filt: the filter (None: the shipped model with default options).
        exclusion_writer: a datatrove writer that receives the dropped Documents, their
            ``metadata["boilerfilter_reason"]`` saying why.
    """

    name = "🧹 boilerfilter"
    type = "🛢 - EXTRAC"

    def __init__(self, filt: BoilerFilter | None = None, exclusion_writer=None):
        super().__init__()
        self.filt = filt or BoilerFilter()
        self.exclusion_writer = exclusion_writer

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        writer = self.exclusion_writer
        with writer if writer is not None else _Nothing() as excluded:
            docs = iter(data or ())
            while batch := list(islice(docs, BATCH)):
                with self.track_time(unit="batch"):
                    pages = list(self.filt.clean_many(
                        [(d.text, d.metadata.get("url")) for d in batch]))
                for doc, page in zip(batch, pages):
                    self.stat_update("total")
                    doc.metadata.update(title=page.title, language=page.language, content_type=page.content_type,
                                        blocks_kept=len(page.kept), blocks_dropped=len(page.dropped))
                    if not page.text:
                        self.stat_update(f"dropped: {page.reason}")
                        doc.metadata["boilerfilter_reason"] = page.reason
                        if excluded is not None:
                            excluded.write(doc, rank)
                        continue
                    doc.text = page.text
                    self.stat_update("forwarded")
                    self.update_doc_stats(doc)
                    yield doc


class _Nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def pipeline(folders: list[str], output: str, model: str | None = None) -> list[PipelineStep]:
    """Read the pages of ``folders``, clean them, write the kept text as JSON lines to ``output``."""
    return [PagesReader(*folders), BoilerFilterStep(BoilerFilter(model)), JsonlWriter(output)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", help="folders (or files) of pages")
    parser.add_argument("-o", "--output", required=True, help="output folder (datatrove writes 00000.jsonl.gz...)")
    parser.add_argument("--model", help="a .joblib model (default: the shipped model)")
    parser.add_argument("--tasks", type=int, default=1, help="datatrove tasks (shards of the pages)")
    parser.add_argument("--logs", help="datatrove's logging folder (default: OUTPUT/logs)")
    args = parser.parse_args(argv)
    LocalPipelineExecutor(pipeline(args.folders, args.output, args.model), tasks=args.tasks, workers=1,
                          logging_dir=args.logs or f"{args.output}/logs").run()


if __name__ == "__main__":
    main()
