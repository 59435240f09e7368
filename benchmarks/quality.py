#!/usr/bin/env python
"""Extraction quality and speed of boilerfilter next to its baselines.

For every development page with a gold text (and, where a page has them, its
must / must-not snippets), the raw bytes are decoded once with
``boilerfilter.decode.decode_bytes`` and every system runs on the same ``str``:

* ``boilerfilter``: ``boilerfilter.clean(text, url=url, content_type="html").text``
  (left out, with a warning, when the package cannot be imported yet);
* ``trafilatura``: ``trafilatura.extract(text)`` with its defaults;
* ``trafilatura_precision`` / ``trafilatura_recall``: the same with
  ``favor_precision=True`` / ``favor_recall=True``;
* ``justext``: ``justext.justext`` with the stoplist of the page's language
  (the ``lang`` of the development data, detected from the gold text: an
  oracle the other systems do not get). Where jusText has no stoplist (Chinese,
  Japanese, unknown languages) it runs in its own language-independent mode:
  an empty stoplist with ``stopwords_low = stopwords_high = 0``, so that only
  link density and paragraph length decide. Its length thresholds count
  characters, which favours Latin-script text over CJK.

Scores are the token-shingle precision / recall / F1 of
``boilerfilter.metrics`` (averaged over pages, F1 of the averages), by
dataset and by language bucket (en / zh / ja / other), plus snippet scores.
Time is each system's own seconds summed over pages (decoding excluded), so
pages/s is a single-process figure whatever ``--jobs`` is.

Usage::

    python benchmarks/quality.py --max-pages 30 --systems trafilatura,justext
    python benchmarks/quality.py --datasets magic-html-bench --langs zh,ja --jobs 4

Results go to ``--out`` (JSON) and a Markdown file of the same name. They hold
scores and counts only, never page text.
"""
from __future__ import annotations

import os

# Before numpy / scikit-learn load anywhere (workers inherit the environment):
# an oversubscribed gradient-boosting model predicts about 10x slower.
os.environ["OMP_NUM_THREADS"] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from boilerfilter.decode import decode_bytes  # noqa: E402
from boilerfilter.devdata import DevPage, data_dir, list_datasets  # noqa: E402
from boilerfilter.metrics import aggregate, page_scores, snippet_scores  # noqa: E402
# the other extractors and the page selection live in the package (``boilerfilter evaluate`` uses them)
from boilerfilter.evaluate import make_trafilatura as _make_trafilatura  # noqa: E402
from boilerfilter.evaluate import run_justext as _run_justext  # noqa: E402
from boilerfilter.evaluate import select_pages  # noqa: E402,F401

ALL_SYSTEMS = ("boilerfilter", "trafilatura", "trafilatura_precision", "trafilatura_recall", "justext")
REFERENCE = "trafilatura"
LANG_BUCKETS = ("en", "zh", "ja", "other")

_WARMUP_HTML = (
    "<html><head><title>t</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><p>" + "This is a short paragraph of text for warming up. " * 8 + "</p></article>"
    "</body></html>"
)


# --- systems (run inside the worker processes) ----------------------------------------


def _run_boilerfilter(text: str, url: str | None, lang: str | None) -> str:
    """boilerfilter's cleaned text."""
    import boilerfilter

    return boilerfilter.clean(text, url=url, content_type="html").text or ""


_VARIANTS: dict = {}


def _variant(**options):
    """A runner of boilerfilter with non-default ``Options`` (one filter per process)."""

    def _run(text: str, url: str | None, lang: str | None) -> str:
        import boilerfilter

        key = tuple(sorted(options.items()))
        if key not in _VARIANTS:
            _VARIANTS[key] = boilerfilter.BoilerFilter(options=boilerfilter.Options(**options))
        return _VARIANTS[key].clean(text, url=url, content_type="html").text or ""

    return _run


def _run_resiliparse(text: str, url: str | None, lang: str | None) -> str:
    """resiliparse's own main-content extraction."""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(text, preserve_formatting=True, main_content=True, alt_texts=False) or ""


RUNNERS = {
    "boilerfilter": _run_boilerfilter,
    "boilerfilter_resiliparse": _variant(extractor="resiliparse"),
    "boilerfilter_nofallback": _variant(fallback=False),
    "resiliparse": _run_resiliparse,
    "trafilatura": _make_trafilatura(),
    "trafilatura_precision": _make_trafilatura(favor_precision=True),
    "trafilatura_recall": _make_trafilatura(favor_recall=True),
    "justext": _run_justext,
}

_WORKER: dict = {}


def _init_worker(systems: list[str]) -> None:
    """Per-process setup: pin BLAS/OpenMP threads, pick the decoder, warm systems up."""
    os.environ["OMP_NUM_THREADS"] = "1"
    _WORKER["decode"] = decode_bytes
    _WORKER["systems"] = systems
    for name in systems:
        try:
            RUNNERS[name](_WARMUP_HTML, None, "en")
        except Exception:  # noqa: BLE001 - a failing warm-up shows up again, per page
            pass


def _evaluate_page(page: DevPage) -> dict:
    """Decode one page, run every system on it and score the outputs."""
    record = {"dataset": page.dataset, "id": page.id, "lang": page.text_lang, "systems": {}}
    try:
        start = time.perf_counter()
        text, encoding = _WORKER["decode"](page.raw())
        record["decode_seconds"] = time.perf_counter() - start
        record["encoding"] = encoding
    except Exception as exc:  # noqa: BLE001 - reported, the page is skipped
        record["decode_error"] = f"{type(exc).__name__}: {exc}"
        return record
    has_snippets = bool(page.gold_with or page.gold_without)
    for name in _WORKER["systems"]:
        out: dict = {}
        start = time.perf_counter()
        try:
            predicted = RUNNERS[name](text, page.url, page.lang)
        except Exception as exc:  # noqa: BLE001 - scored as an empty extraction
            predicted = ""
            out["error"] = f"{type(exc).__name__}: {exc}"[:300]
        out["seconds"] = time.perf_counter() - start
        out["chars"] = len(predicted)
        if page.gold_text:
            out["precision"], out["recall"] = page_scores(predicted, page.gold_text)
        if has_snippets:
            out["with_found"], out["without_absent"] = snippet_scores(
                predicted, page.gold_with, page.gold_without
            )
        record["systems"][name] = out
    return record


# --- page selection --------------------------------------------------------------------


def _load_split(path: Path, split_name: str) -> dict[str, set[str]]:
    """Read a split file: JSON ``{dataset: [ids]}``, optionally under a ``split_name`` key."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get(split_name), dict):
        data = data[split_name]
    if isinstance(data, list):  # ["dataset/id", ...]
        grouped: dict[str, set[str]] = defaultdict(set)
        for item in data:
            dataset, _, page_id = str(item).partition("/")
            grouped[dataset].add(page_id)
        return dict(grouped)
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a JSON object {{dataset: [ids]}} or a list")
    return {dataset: {str(i) for i in ids} for dataset, ids in data.items() if isinstance(ids, list)}


# --- summaries ---------------------------------------------------------------------------


def _mean(values: list[float]) -> float | None:
    """Mean of a list, None when empty."""
    return sum(values) / len(values) if values else None


def summarise(records: list[dict], systems: list[str], wall_seconds: float) -> dict:
    """Aggregate per-page records into the report structure.

    Args:
        records: outputs of ``_evaluate_page``.
        systems: the systems that ran, in report order.
        wall_seconds: wall-clock time of the whole run.

    Returns:
        A JSON-ready dict with ``by_dataset``, ``by_lang``, ``all``, ``snippets`` and ``speed``.
    """
    ok = [r for r in records if "decode_error" not in r]
    text_groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    snippet_groups: dict[str, list[dict]] = defaultdict(list)
    for record in ok:
        for name, out in record["systems"].items():
            if "precision" in out:
                text_groups[("dataset", record["dataset"])].append({"system": name, **out})
                text_groups[("lang", record["lang"])].append({"system": name, **out})
                text_groups[("all", "all")].append({"system": name, **out})
            if "with_found" in out:
                snippet_groups[record["dataset"]].append({"system": name, **out})

    def _scores(rows: list[dict]) -> dict:
        """Token scores of each system over some pages."""
        result = {}
        for name in systems:
            mine = [r for r in rows if r["system"] == name]
            result[name] = aggregate((r["precision"], r["recall"]) for r in mine)
            result[name]["empty"] = sum(1 for r in mine if r["chars"] == 0)
        return result

    by_dataset = {key: _scores(rows) for (kind, key), rows in sorted(text_groups.items())
                  if kind == "dataset"}
    by_lang = {lang: _scores(text_groups[("lang", lang)]) for lang in LANG_BUCKETS
               if text_groups.get(("lang", lang))}
    overall = _scores(text_groups.get(("all", "all"), []))

    snippets = {}
    for dataset, rows in sorted(snippet_groups.items()):
        snippets[dataset] = {}
        for name in systems:
            mine = [r for r in rows if r["system"] == name]
            snippets[dataset][name] = {
                "with_found": _mean([r["with_found"] for r in mine if r["with_found"] is not None]),
                "without_absent": _mean(
                    [r["without_absent"] for r in mine if r["without_absent"] is not None]),
                "pages": len(mine),
            }

    speed = {}
    for name in systems:
        seconds = sum(r["systems"][name]["seconds"] for r in ok if name in r["systems"])
        pages = sum(1 for r in ok if name in r["systems"])
        failures = [r["systems"][name]["error"] for r in ok if "error" in r["systems"].get(name, {})]
        speed[name] = {"seconds": seconds, "pages": pages, "errors": len(failures),
                       "first_error": failures[0] if failures else None,
                       "pages_per_s": pages / seconds if seconds > 0 else None}
    ref = speed.get(REFERENCE, {}).get("pages_per_s")
    for name in systems:
        own = speed[name]["pages_per_s"]
        speed[name]["ratio_to_trafilatura"] = own / ref if own and ref else None

    return {
        "pages": len(records),
        "decode_errors": len(records) - len(ok),
        "decode_seconds": sum(r.get("decode_seconds", 0.0) for r in ok),
        "wall_seconds": wall_seconds,
        "by_dataset": by_dataset,
        "by_lang": by_lang,
        "all": overall,
        "snippets": snippets,
        "speed": speed,
    }


def _fmt(value: float | None, digits: int = 3) -> str:
    """A number for a table cell ('–' for missing)."""
    return "–" if value is None else f"{value:.{digits}f}"


def to_markdown(summary: dict, systems: list[str], settings: dict) -> str:
    """Render the summary as Markdown tables.

    Args:
        summary: the output of :func:`summarise`.
        systems: the systems, in column order.
        settings: the run's settings, printed in the header.

    Returns:
        The Markdown text.
    """
    head = "| {} | pages | " + " | ".join(systems) + " |"
    rule = "|---|---:|" + "---:|" * len(systems)
    lines = [
        "# Extraction quality",
        "",
        "Token 4-shingle scores (boilerfilter.metrics): precision and recall averaged over "
        "pages, F1 of the averages. Settings: "
        + ", ".join(f"{k}={v}" for k, v in settings.items()) + ".",
        "",
    ]

    def _table(title: str, label: str, rows: dict, cell) -> None:
        """Append one table of systems side by side."""
        lines.extend([f"## {title}", "", head.format(label), rule])
        for key, scores in rows.items():
            pages = max((s.get("pages", 0) for s in scores.values()), default=0)
            lines.append(f"| {key} | {pages} | " + " | ".join(cell(scores[n]) for n in systems) + " |")
        lines.append("")

    with_all = dict(summary["by_dataset"])
    with_all["**all pages**"] = summary["all"]
    f1 = lambda s: _fmt(s["f1"])  # noqa: E731
    pr = lambda s: f"{_fmt(s['precision'])} / {_fmt(s['recall'])}"  # noqa: E731
    _table("F1 by dataset", "dataset", with_all, f1)
    _table("F1 by language", "lang", summary["by_lang"], f1)
    _table("Precision / recall by dataset", "dataset", with_all, pr)
    _table("Precision / recall by language", "lang", summary["by_lang"], pr)
    if summary["snippets"]:
        _table("Snippets: share of must-have found / share of must-not absent", "dataset",
               summary["snippets"],
               lambda s: f"{_fmt(s['with_found'], 2)} / {_fmt(s['without_absent'], 2)}")
    lines.extend(["## Speed (own seconds summed over pages, decoding excluded)", "",
                  "| system | pages | seconds | pages/s | × trafilatura | errors |",
                  "|---|---:|---:|---:|---:|---:|"])
    for name in systems:
        s = summary["speed"][name]
        lines.append(f"| {name} | {s['pages']} | {s['seconds']:.1f} | {_fmt(s['pages_per_s'], 1)} "
                     f"| {_fmt(s['ratio_to_trafilatura'], 2)} | {s['errors']} |")
    for name in systems:
        if summary["speed"][name]["errors"]:
            lines.append(f"\n{name} failed on {summary['speed'][name]['errors']} pages (scored as "
                         f"empty output), first error: `{summary['speed'][name]['first_error']}`")
    lines.extend([
        "",
        f"Pages: {summary['pages']} (decode errors: {summary['decode_errors']}); decoding "
        f"{summary['decode_seconds']:.1f} s; wall clock {summary['wall_seconds']:.1f} s.",
        "",
    ])
    return "\n".join(lines)


# --- main --------------------------------------------------------------------------------


def _csv(value: str | None) -> list[str] | None:
    """Split a comma-separated option into a list (None stays None)."""
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _boilerfilter_ready() -> str | None:
    """None if boilerfilter.clean can be imported, else the reason it cannot."""
    try:
        import boilerfilter
    except ImportError as exc:
        return f"cannot import boilerfilter: {exc}"
    if not callable(getattr(boilerfilter, "clean", None)):
        return "boilerfilter.clean is not available yet"
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line.

    Args:
        argv: arguments (default ``sys.argv[1:]``).

    Returns:
        The process exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="development data folder (default: boilerfilter.devdata.data_dir())")
    parser.add_argument("--datasets", help="comma-separated dataset names (default: all)")
    parser.add_argument("--langs", help="comma-separated language buckets or codes, e.g. en,zh,ja")
    parser.add_argument("--max-pages", type=int, help="at most N pages per dataset (stable sample)")
    parser.add_argument("--split-file", type=Path,
                        help='JSON {dataset: [ids]} (or {"<split-name>": {...}}, or ["dataset/id"])')
    parser.add_argument("--split-name", default="test", help="key to read in --split-file (default: test)")
    parser.add_argument("--systems", default=",".join(ALL_SYSTEMS),
                        help=f"comma-separated, from: {', '.join(RUNNERS)} (default: {', '.join(ALL_SYSTEMS)})")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--out", type=Path, default=_REPO / "benchmarks" / "results" / "quality.json",
                        help="JSON output; a .md with the same name is written next to it")
    parser.add_argument("--heldout", action="store_true",
                        help="only pages the shipped model never trained on: the dev split of the "
                             "trainable datasets, all pages of the others")
    parser.add_argument("--per-page", action="store_true", help="also store per-page scores in the JSON")
    args = parser.parse_args(argv)

    root = data_dir(args.data)
    if root is None:
        parser.error("development data not found: pass --data or set BOILERFILTER_DATA")
    systems = _csv(args.systems) or []
    unknown = [s for s in systems if s not in RUNNERS]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}")
    if "boilerfilter" in systems:
        reason = _boilerfilter_ready()
        if reason:
            print(f"warning: {reason}; running the baselines only", file=sys.stderr)
            systems.remove("boilerfilter")
    if not systems:
        parser.error("no system to run")

    available = list_datasets(root)
    datasets = _csv(args.datasets) or available
    missing = [d for d in datasets if d not in available]
    if missing:
        parser.error(f"datasets not in {root}: {', '.join(missing)}")
    split = _load_split(args.split_file, args.split_name) if args.split_file else None
    pages = select_pages(root, datasets, _csv(args.langs), args.max_pages, split, heldout=args.heldout)
    if not pages:
        parser.error("no page matches the selection")
    print(f"{len(pages)} pages from {len(datasets)} datasets; systems: {', '.join(systems)}; "
          f"jobs: {args.jobs}", file=sys.stderr)

    start = time.perf_counter()
    records: list[dict] = []
    if args.jobs <= 1:
        _init_worker(systems)
        records = [_evaluate_page(page) for page in pages]
    else:
        with multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(
            args.jobs, initializer=_init_worker, initargs=(systems,)
        ) as pool:
            for i, record in enumerate(pool.imap_unordered(_evaluate_page, pages, chunksize=4), 1):
                records.append(record)
                if i % 200 == 0:
                    print(f"  {i}/{len(pages)} pages", file=sys.stderr)
    wall = time.perf_counter() - start
    records.sort(key=lambda r: (r["dataset"], r["id"]))

    summary = summarise(records, systems, wall)
    settings = {
        "data": str(root), "datasets": ",".join(datasets), "langs": args.langs or "all",
        "max_pages": args.max_pages, "split_file": str(args.split_file) if args.split_file else None,
        "systems": ",".join(systems), "jobs": args.jobs, "heldout": args.heldout,
    }
    report = {"settings": settings, **summary}
    if args.per_page:
        report["per_page"] = records
    markdown = to_markdown(summary, systems, settings)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path = args.out.with_suffix(".md")
    md_path.write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"wrote {args.out} and {md_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
