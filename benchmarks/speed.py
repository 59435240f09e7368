#!/usr/bin/env python
"""Single-process speed of boilerfilter next to its baselines, with boilerfilter's stage breakdown.

All pages' raw bytes are read into memory first and decoded once with
``boilerfilter.decode.decode_bytes`` (file I/O is never timed). Every system then
runs on the same decoded ``str`` in one process with one OpenMP thread:

* ``lxml_parse``: ``lxml.html.fromstring`` only, the floor any DOM-based extractor pays;
* ``trafilatura`` / ``trafilatura_precision`` / ``trafilatura_recall``:
  ``trafilatura.extract`` with its defaults, ``favor_precision=True``, ``favor_recall=True``;
* ``justext``: the English stoplist for English pages, else its language-independent
  mode (empty stoplist, ``stopwords_low = stopwords_high = 0``), as in ``quality.py``;
* ``resiliparse``: ``extract_plain_text(html, main_content=True)``, when it is installed;
* ``boilerfilter``: ``BoilerFilter().clean_many(texts, content_type="html")``, the
  full pipeline on the decoded strs, batched as the library batches.

Every system is warmed up on a few pages first, and boilerfilter makes one whole
first pass, timed apart as its cold figure (one-time costs such as dateparser's
per-locale tables). The pages are then cut into blocks of the library's batch size
(64 pages); each block is run through every system in turn, the order rotating from
block to block, so that load from other jobs on a shared machine falls on all
systems alike. With ``--repeat`` above 1 the best pass of each system is reported.

Two more passes in the same rotation time boilerfilter stage by stage, calling its
pieces: ``decode`` (``decode_bytes`` on the raw bytes), ``segment`` (``segment_html``,
fallback and DOM attachment included), ``features`` (``page_features``), ``predict``
(``Model.predict_proba`` once per block of pages) and ``revise_assemble``
(``filter._assemble``); and, inside segmentation, the primary recall-mode extraction,
the fallback extraction (on the pages that trigger it), ``merge_fragments`` and
``attach_dom`` alone.
The stage passes use private helpers (``filter._assemble``, ``segment._extract``);
when they change, the affected figures are left out with a note.

Usage::

    python benchmarks/speed.py --max-pages 200
    python benchmarks/speed.py --folder some/html/pages --repeat 3

Results go to ``--out`` (JSON) and a Markdown file of the same name; they hold
timings and counts only, never page text.
"""
from __future__ import annotations

import os

# Before numpy / scikit-learn load: one OpenMP thread, as a single-process worker runs.
os.environ["OMP_NUM_THREADS"] = "1"

import argparse  # noqa: E402
import gc  # noqa: E402
import gzip  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from functools import lru_cache  # noqa: E402
from pathlib import Path  # noqa: E402

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from boilerfilter import filter as bf_filter  # noqa: E402
from boilerfilter import segment as bf_segment  # noqa: E402
from boilerfilter.decode import DecodeError, decode_bytes  # noqa: E402
from boilerfilter.devdata import data_dir, iter_pages, list_datasets  # noqa: E402
from boilerfilter.evaluate import make_trafilatura, run_justext  # noqa: E402
from boilerfilter.features import page_features  # noqa: E402

REFERENCE = "trafilatura"
BASELINES = ("lxml_parse", "trafilatura", "trafilatura_precision", "trafilatura_recall",
             "justext", "resiliparse")
STAGES = ("decode", "segment", "features", "predict", "revise_assemble")
CLASSIFICATION_STAGES = ("features", "predict", "revise_assemble")
SEGMENT_PIECES = ("parse", "primary_extraction", "fallback_extraction", "merge_fragments", "attach_dom")

_WARMUP_HTML = (
    "<html><head><title>t</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><p>" + "This is a short paragraph of text for warming up. " * 8 + "</p></article>"
    "</body></html>"
)


@dataclass
class Page:
    """One page held in memory: raw bytes, decoded text and what is needed to run it."""

    key: str
    raw: bytes
    text: str
    lang: str | None
    mb: float  # UTF-8 size of the decoded text, in MB


# --- loading ------------------------------------------------------------------------------


def _stable_key(name: str) -> str:
    """A stable pseudo-random order (so --max-pages is a sample, not file order)."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def _dev_sources(root: Path, datasets: list[str]) -> list[tuple[str, Callable[[], bytes], str | None]]:
    """(key, read-raw-bytes, lang) for every page of the datasets."""
    out = []
    for dataset in datasets:
        for p in iter_pages(dataset, root=root):
            out.append((f"{dataset}/{p.id}", p.raw, p.lang))
    return out


def _folder_sources(folder: Path) -> list[tuple[str, Callable[[], bytes], str | None]]:
    """(key, read-raw-bytes, None) for every .html/.htm/.html.gz file under a folder."""
    out = []
    for path in sorted(folder.rglob("*")):
        name = path.name.lower()
        if not path.is_file() or not name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            continue

        def read(path=path) -> bytes:
            data = path.read_bytes()
            return gzip.decompress(data) if path.name.lower().endswith(".gz") else data

        out.append((str(path.relative_to(folder)), read, None))
    return out


def load_pages(sources: list, max_pages: int | None) -> tuple[list[Page], int]:
    """Read and decode a stable sample of pages; returns them and the number that failed to decode."""
    sources = sorted(sources, key=lambda s: _stable_key(s[0]))
    pages, failed = [], 0
    for key, read, lang in sources:
        if max_pages is not None and len(pages) >= max_pages:
            break
        raw = read()
        try:
            text, _ = decode_bytes(raw)
        except DecodeError:
            failed += 1
            continue
        if not text.strip():
            failed += 1
            continue
        pages.append(Page(key, raw, text, lang, len(text.encode("utf-8")) / 1e6))
    return pages, failed


# --- baseline runners (one page at a time) ------------------------------------------------


def _run_justext(page: Page) -> None:
    run_justext(page.text, None, page.lang)


def _make_trafilatura(**options):
    extract = make_trafilatura(**options)

    def run(page: Page) -> None:
        extract(page.text, None, page.lang)

    return run


def _run_lxml(page: Page) -> None:
    import lxml.html

    lxml.html.fromstring(page.text)


def _resiliparse_runner():
    """The resiliparse runner, or None when resiliparse is not installed."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:
        return None

    def run(page: Page) -> None:
        extract_plain_text(page.text, main_content=True)

    return run


def baseline_runners(include_resiliparse: bool = True) -> dict:
    """name → per-page callable, for the baselines that can run here."""
    runners = {
        "lxml_parse": _run_lxml,
        "trafilatura": _make_trafilatura(),
        "trafilatura_precision": _make_trafilatura(favor_precision=True),
        "trafilatura_recall": _make_trafilatura(favor_recall=True),
        "justext": _run_justext,
    }
    resili = _resiliparse_runner() if include_resiliparse else None
    if resili is not None:
        runners["resiliparse"] = resili
    return runners


# --- timed passes over one block of pages --------------------------------------------------


class Timer:
    """Accumulates seconds and errors per name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.errors: dict[str, int] = {}
        self.count: dict[str, int] = {}

    def add(self, name: str, seconds: float, n: int = 1) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.count[name] = self.count.get(name, 0) + n

    def error(self, name: str) -> None:
        self.errors[name] = self.errors.get(name, 0) + 1


def time_baseline(name: str, run, block: list[Page], timer: Timer) -> None:
    """Run a baseline on each page of a block; errors count and their time is kept."""
    clock = time.perf_counter
    for page in block:
        start = clock()
        try:
            run(page)
        except Exception:  # noqa: BLE001 - a failing page still costs its time
            timer.error(name)
        timer.add(name, clock() - start)


def time_boilerfilter(bf, block: list[Page], timer: Timer) -> None:
    """The full pipeline on the block's decoded strs (one library batch)."""
    texts = [p.text for p in block]
    start = time.perf_counter()
    for _ in bf.clean_many(texts, content_type="html"):
        pass
    timer.add("boilerfilter", time.perf_counter() - start, len(block))


def time_stages(bf, block: list[Page], timer: Timer, seg_blocks: dict) -> None:
    """boilerfilter stage by stage on one block, as ``prepare`` and ``_classify`` run them."""
    clock = time.perf_counter
    model = bf.load()
    threshold = bf.threshold
    options = bf.options
    prepared = []
    for page in block:
        start = clock()
        try:
            decode_bytes(page.raw)
        except DecodeError:
            timer.error("decode")
        timer.add("decode", clock() - start)
        start = clock()
        try:
            seg = bf_segment.segment_html(page.text, None, fallback=options.fallback)
        except Exception:  # noqa: BLE001 - an extraction failure is a per-page outcome
            timer.error("segment")
            seg = None
        timer.add("segment", clock() - start)
        seg_blocks[page.key] = len(seg.blocks) if seg is not None else -1
        if seg is not None and seg.blocks:
            prepared.append(bf_filter._Prepared(seg.blocks, "html", seg.title, "", None))
    if not prepared:
        return
    rows, spans = [], []
    for p in prepared:
        start = clock()
        feats = page_features(p.blocks, is_html=True)
        timer.add("features", clock() - start)
        spans.append((len(rows), len(rows) + len(feats)))
        rows.extend(feats)
    start = clock()
    scores = model.predict_proba(rows)
    timer.add("predict", clock() - start, len(block))
    assemble_takes_feats = _assemble_takes_feats()
    for p, (a, b) in zip(prepared, spans):
        start = clock()
        if assemble_takes_feats:
            bf_filter._assemble(p, list(scores[a:b]), threshold, options, rows[a:b])
        else:
            bf_filter._assemble(p, list(scores[a:b]), threshold, options)
        timer.add("revise_assemble", clock() - start)


@lru_cache(maxsize=None)
def _assemble_takes_feats() -> bool:
    """Whether ``filter._assemble`` takes the page's feature dicts (reusing their block stats)."""
    import inspect

    return len(inspect.signature(bf_filter._assemble).parameters) >= 5


def time_segment_pieces(bf, block: list[Page], timer: Timer, piece_blocks: dict) -> None:
    """The pieces of ``segment_html`` called one by one: parse, primary extraction, fallback,
    merge_fragments, attach_dom.

    Replicates ``segment_html``'s logic; ``piece_blocks`` gets each page's block count,
    to check against what ``segment_html`` itself found in the stage pass.
    """
    clock = time.perf_counter
    extract = bf_segment._extract
    limit = bf_segment.FALLBACK_TOKENS
    count = bf_segment.tokens
    from trafilatura.utils import load_html

    for page in block:
        try:
            start = clock()
            tree = load_html(page.text)
            timer.add("parse", clock() - start)
            if tree is None:
                piece_blocks[page.key] = 0
                continue
            start = clock()
            loose: set = set()
            blocks = extract(tree, None, favor_recall=True, fast=True, loose=loose)
            timer.add("primary_extraction", clock() - start)
            if bf.options.fallback and sum(len(count(b.text)) for b in blocks) < limit:
                start = clock()
                other = extract(tree, None, favor_recall=False, fast=False, loose=loose)
                timer.add("fallback_extraction", clock() - start)
                if sum(len(b.text) for b in other) > sum(len(b.text) for b in blocks):
                    blocks = other
            start = clock()
            blocks = bf_segment.merge_fragments(blocks, tree, loose)
            timer.add("merge_fragments", clock() - start)
            start = clock()
            blocks, _ = bf_segment.attach_dom(blocks, tree)
            timer.add("attach_dom", clock() - start)
        except Exception:  # noqa: BLE001 - counted; segment_html fails on the same page
            timer.error("segment_pieces")
            blocks = None
        piece_blocks[page.key] = len(blocks) if blocks is not None else -1


def _pieces_available() -> str | None:
    """None when segment's private pieces look as this script expects, else why not."""
    missing = [n for n in ("_extract", "FALLBACK_TOKENS", "tokens", "merge_fragments", "attach_dom")
               if not hasattr(bf_segment, n)]
    return f"boilerfilter.segment lacks {', '.join(missing)}" if missing else None


def _stages_available() -> str | None:
    missing = [n for n in ("_Prepared", "_assemble") if not hasattr(bf_filter, n)]
    return f"boilerfilter.filter lacks {', '.join(missing)}" if missing else None


# --- the run -------------------------------------------------------------------------------


def run_benchmark(pages: list[Page], repeat: int, batch: int, include_resiliparse: bool,
                  pieces: bool, model: str | None = None, progress: bool = True) -> dict:
    """Time every system over the pages, interleaved by blocks; returns raw timings per repeat."""
    from boilerfilter import BoilerFilter, ModelError

    bf = BoilerFilter(model=model)
    runners = baseline_runners(include_resiliparse)
    notes = []
    try:
        bf.load()
        unusable = None
    except ModelError as exc:
        unusable = str(exc)
        notes.append(f"boilerfilter left out, its model cannot be loaded: {exc}")
        print(f"warning: {notes[-1]}; running the baselines only", file=sys.stderr)
    stages_ok = unusable or _stages_available()
    pieces_ok = unusable or stages_ok or (_pieces_available() if pieces else "disabled (--no-pieces)")
    if stages_ok and not unusable:
        notes.append(f"stage breakdown skipped: {stages_ok}")
    if pieces_ok and not (unusable or stages_ok):
        notes.append(f"segmentation pieces skipped: {pieces_ok}")
    if include_resiliparse and "resiliparse" not in runners:
        notes.append("resiliparse not installed: left out")

    # Warm-up outside the timings: imports, the model, stoplists, lxml and trafilatura state.
    warm = [Page("warmup", _WARMUP_HTML.encode(), _WARMUP_HTML, "en", 0.0)] + pages[:2]
    for run in runners.values():
        for page in warm:
            try:
                run(page)
            except Exception:  # noqa: BLE001 - it fails again, counted, in the timed pass
                pass
    cold = None
    if not unusable:
        for _ in bf.clean_many([p.text for p in warm], content_type="html"):
            pass
        # A first boilerfilter pass over all pages, kept out of the table: trafilatura's
        # metadata extraction (which boilerfilter asks for) calls htmldate/dateparser,
        # whose per-locale tables are built on first use and cost seconds per process.
        # Its time is reported apart as the cold figure; the table is the steady state.
        start = time.perf_counter()
        for _ in bf.clean_many([p.text for p in pages], content_type="html"):
            pass
        cold = time.perf_counter() - start
        if progress:
            print(f"  cold boilerfilter pass: {cold:.1f} s", file=sys.stderr)

    systems = list(runners) + ([] if unusable else ["boilerfilter"])
    passes = systems + ([] if stages_ok else ["_stages"]) + ([] if pieces_ok else ["_pieces"])
    blocks = [pages[i:i + batch] for i in range(0, len(pages), batch)]
    dropped: set = set()
    repeats = []
    for r in range(repeat):
        timer = Timer()
        seg_blocks: dict = {}
        piece_blocks: dict = {}
        for b, block in enumerate(blocks):
            shift = (b + r) % len(passes)
            for name in passes[shift:] + passes[:shift]:
                if name not in passes:  # dropped earlier in this block
                    continue
                gc.collect()
                try:
                    if name == "boilerfilter":
                        time_boilerfilter(bf, block, timer)
                    elif name == "_stages":
                        time_stages(bf, block, timer, seg_blocks)
                    elif name == "_pieces":
                        time_segment_pieces(bf, block, timer, piece_blocks)
                    else:
                        time_baseline(name, runners[name], block, timer)
                except Exception as exc:  # noqa: BLE001 - the private helpers may have changed
                    if name not in ("_stages", "_pieces"):
                        raise
                    notes.append(f"{name.strip('_')} pass dropped: {type(exc).__name__}: {exc}"[:300])
                    print(f"warning: {notes[-1]}", file=sys.stderr)
                    dropped.add(name)
                    passes = [x for x in passes if x != name and not (name == "_stages" and x == "_pieces")]
            if progress:
                done = sum(len(x) for x in blocks[:b + 1])
                print(f"  repeat {r + 1}/{repeat}: {done}/{len(pages)} pages", file=sys.stderr)
        both = [k for k in piece_blocks if k in seg_blocks]
        agree = [sum(seg_blocks[k] == piece_blocks[k] for k in both), len(both)] if both else None
        repeats.append({"seconds": timer.seconds, "errors": timer.errors, "count": timer.count,
                        "pieces_agree": agree})
    return {"systems": systems, "repeats": repeats, "notes": notes, "boilerfilter_cold_seconds": cold,
            "stages": not stages_ok and "_stages" not in dropped,
            "pieces": not pieces_ok and not dropped}


def summarise(raw: dict, pages: list[Page]) -> dict:
    """pages/s, MB/s and ratios per system; the stage breakdown; min over repeats."""
    n = len(pages)
    mb = sum(p.mb for p in pages)
    reps = raw["repeats"]

    def best(name: str) -> float | None:
        values = [r["seconds"][name] for r in reps if name in r["seconds"]]
        return min(values) if values else None

    ref = best(REFERENCE)
    systems = {}
    for name in raw["systems"]:
        sec = best(name)
        if sec is None:
            continue
        systems[name] = {
            "seconds": sec, "pages_per_s": n / sec if sec else None, "mb_per_s": mb / sec if sec else None,
            "ms_per_page": 1000 * sec / n, "ratio_to_trafilatura": (ref / sec) if (ref and sec) else None,
            "errors": max(r["errors"].get(name, 0) for r in reps),
        }
    out = {"pages": n, "mb_decoded": mb, "systems": systems}
    cold = raw.get("boilerfilter_cold_seconds")
    if cold:
        out["boilerfilter_cold"] = {"seconds": cold, "pages_per_s": n / cold,
                                    "extra_seconds": cold - systems["boilerfilter"]["seconds"]}
    if raw["stages"]:
        stages = {name: best(name) or 0.0 for name in STAGES}
        total = sum(stages.values())
        cls = sum(stages[s] for s in CLASSIFICATION_STAGES)
        full = best("boilerfilter")
        out["stages"] = {
            name: {"seconds": sec, "share": sec / total if total else None, "ms_per_page": 1000 * sec / n}
            for name, sec in stages.items()}
        out["stage_total_seconds"] = total
        out["classification_share"] = cls / total if total else None
        out["classification_share_of_pipeline"] = cls / full if full else None
        out["pipeline_seconds"] = full
        # clean_many on strs does not decode; what it costs beyond the staged work
        # (argument checks, NUL/surrogate cleaning of strs, iteration) is this remainder
        out["pipeline_unaccounted_seconds"] = (
            full - (total - stages["decode"]) if full is not None else None)
        out["stage_errors"] = {k: v for k, v in reps[0]["errors"].items() if k in STAGES}
    if raw["pieces"]:
        pieces = {}
        for name in SEGMENT_PIECES:
            sec = best(name)
            counts = [r["count"].get(name, 0) for r in reps]
            pieces[name] = {"seconds": sec or 0.0, "pages": max(counts) if counts else 0,
                            "share_of_segment": (sec or 0.0) / out["stages"]["segment"]["seconds"]
                            if out["stages"]["segment"]["seconds"] else None}
        out["segment_pieces"] = pieces
        agree = reps[0].get("pieces_agree")
        out["segment_pieces_replicate_segment_html"] = agree
    return out


def _versions() -> dict:
    versions = {"python": platform.python_version()}
    for mod in ("boilerfilter", "trafilatura", "lxml", "justext", "sklearn", "resiliparse"):
        try:
            m = __import__(mod)
        except ImportError:
            continue
        v = getattr(m, "__version__", None)
        if v is None:
            try:
                from importlib.metadata import version
                v = version(mod)
            except Exception:  # noqa: BLE001
                v = "?"
        versions[mod] = v
    return versions


def _fmt(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def to_markdown(report: dict) -> str:
    """The tables of the report as Markdown."""
    s = report["summary"]
    st = report["settings"]
    lines = [
        "# Speed",
        "",
        f"{s['pages']} pages ({s['mb_decoded']:.1f} MB of decoded HTML, UTF-8), one process, "
        f"OMP_NUM_THREADS=1, blocks of {st['batch']} pages with the systems interleaved, "
        f"best of {st['repeat']} repeat(s). Source: {st['source']}. "
        f"Machine: {report['machine']['cpus']} CPUs, load average {report['machine']['loadavg_start']} "
        f"at start, {report['machine']['loadavg_end']} at end. Peak RSS {report['peak_rss_mb']:.0f} MB.",
        "",
        "| system | pages/s | MB/s | ms/page | × trafilatura | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, row in s["systems"].items():
        lines.append(f"| {name} | {_fmt(row['pages_per_s'])} | {_fmt(row['mb_per_s'], 2)} | "
                     f"{_fmt(row['ms_per_page'])} | {_fmt(row['ratio_to_trafilatura'], 2)} | {row['errors']} |")
    if "boilerfilter_cold" in s:
        c = s["boilerfilter_cold"]
        lines += ["", f"boilerfilter's first pass over the same pages, in the same process before the "
                      f"timed passes, took {c['seconds']:.1f} s ({c['pages_per_s']:.1f} pages/s, "
                      f"{c['extra_seconds']:+.1f} s): one-time costs such as dateparser's per-locale "
                      f"tables, built on first use by trafilatura's metadata extraction."]
    if "stages" in s:
        lines += ["", "## boilerfilter stages", "",
                  "| stage | seconds | ms/page | % of staged total |", "|---|---:|---:|---:|"]
        for name, row in s["stages"].items():
            lines.append(f"| {name} | {row['seconds']:.2f} | {row['ms_per_page']:.1f} | {100 * row['share']:.1f} |")
        lines.append(f"| **staged total** | {s['stage_total_seconds']:.2f} | "
                     f"{1000 * s['stage_total_seconds'] / s['pages']:.1f} | 100.0 |")
        lines += ["",
                  f"Classification share (features + predict + revise_assemble) / staged total: "
                  f"**{100 * s['classification_share']:.1f}%** "
                  f"({100 * (s['classification_share_of_pipeline'] or 0):.1f}% of the measured "
                  f"`clean_many` time, which excludes decoding). `clean_many` on strs: "
                  f"{_fmt(s['pipeline_seconds'], 2)} s; beyond its staged work: "
                  f"{_fmt(s['pipeline_unaccounted_seconds'], 2)} s."]
    if "segment_pieces" in s:
        lines += ["", "### Inside segmentation", "",
                  "| piece | seconds | pages | % of segment |", "|---|---:|---:|---:|"]
        for name, row in s["segment_pieces"].items():
            share = row["share_of_segment"]
            lines.append(f"| {name} | {row['seconds']:.2f} | {row['pages']} | "
                         f"{'–' if share is None else f'{100 * share:.1f}'} |")
        rest = s["stages"]["segment"]["seconds"] - sum(r["seconds"] for r in s["segment_pieces"].values())
        lines.append(f"| rest (fallback test, glue; and noise: pieces and stage run in separate passes) | "
                     f"{rest:.2f} | | {100 * rest / s['stages']['segment']['seconds']:.1f} |")
        agree = s.get("segment_pieces_replicate_segment_html")
        if agree:
            lines += ["", f"The pieces, called one by one, gave `segment_html`'s block count on "
                          f"{agree[0]}/{agree[1]} pages."]
    if report["notes"]:
        lines += ["", "Notes: " + "; ".join(report["notes"]) + "."]
    lines.append("")
    return "\n".join(lines)


def _datasets_arg(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--data", help="development data folder (default: boilerfilter.devdata.data_dir())")
    src.add_argument("--folder", type=Path, help="a folder of .html / .htm / .html.gz files instead")
    parser.add_argument("--datasets", nargs="*", help="dataset names, space- or comma-separated (default: all)")
    parser.add_argument("--max-pages", type=int, default=300,
                        help="pages in all, a stable sample over the datasets (default 300; 0 = all)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages; the best is reported")
    parser.add_argument("--batch", type=int, default=getattr(bf_filter, "_BATCH_PAGES", 64),
                        help="pages per interleaving block (default: the library's batch size)")
    parser.add_argument("--model", help="a .joblib model with its .json card (default: the shipped model)")
    parser.add_argument("--no-resiliparse", action="store_true", help="leave resiliparse out")
    parser.add_argument("--no-pieces", action="store_true",
                        help="skip timing segmentation's pieces (saves one extra extraction per page)")
    parser.add_argument("--out", type=Path, default=_REPO / "benchmarks" / "results" / "speed.json",
                        help="JSON output; a .md with the same name is written next to it")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.batch < 1:
        parser.error("--repeat and --batch must be at least 1")
    max_pages = args.max_pages or None

    if args.folder is not None:
        if not args.folder.is_dir():
            parser.error(f"not a folder: {args.folder}")
        sources = _folder_sources(args.folder)
        source = f"folder {args.folder}"
    else:
        root = data_dir(args.data)
        if root is None:
            parser.error("development data not found: pass --data or set BOILERFILTER_DATA")
        available = list_datasets(root)
        datasets = _datasets_arg(args.datasets) or available
        missing = [d for d in datasets if d not in available]
        if missing:
            parser.error(f"datasets not in {root}: {', '.join(missing)}")
        sources = _dev_sources(root, datasets)
        source = f"{root} ({', '.join(datasets)})"
    pages, failed = load_pages(sources, max_pages)
    if not pages:
        parser.error("no page to run")
    print(f"{len(pages)} pages loaded ({failed} undecodable skipped)", file=sys.stderr)

    load_start = os.getloadavg()
    wall = time.perf_counter()
    raw = run_benchmark(pages, args.repeat, args.batch, not args.no_resiliparse, not args.no_pieces,
                        model=args.model, progress=not args.quiet)
    wall = time.perf_counter() - wall
    load_end = os.getloadavg()
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux

    report = {
        "settings": {"source": source, "model": args.model or "shipped", "max_pages": max_pages, "repeat": args.repeat, "batch": args.batch,
                     "undecodable_skipped": failed},
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "loadavg_start": [round(x, 2) for x in load_start],
                    "loadavg_end": [round(x, 2) for x in load_end]},
        "versions": _versions(),
        "summary": summarise(raw, pages),
        "repeats": raw["repeats"],
        "wall_seconds": wall,
        "peak_rss_mb": peak_rss_mb,
        "notes": raw["notes"],
    }
    markdown = to_markdown(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"wrote {args.out} and {args.out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
