#!/usr/bin/env python
"""Memory of a long boilerfilter run: resident set size sampled while N pages stream through one process.

A pool of development pages (a stable sample over the datasets) is read into memory
once; ``BoilerFilter.clean_many`` then gets N pages from a generator that cycles
through the pool, each copy made unique by a trailing HTML comment with its number,
so no cache keyed on the input can serve it. Pages go in as raw bytes (decoding
included) with ``content_type="html"``; the results are consumed and dropped, as a
streaming caller would.

Every ``--every`` pages the resident set size is read from ``/proc/self/statm``
(with the count of objects the garbage collector tracks) as results come out; the
library classifies pages in batches of 64, so a sample may include up to 63 pages
already prepared but not yet returned. A least-squares slope of
RSS over the second half of the run (after warm-up) is reported in KB per 1,000
pages: near zero when memory stays flat. With ``--pool`` equal to ``--every`` (the
default), every sample follows the same sequence of pages, which keeps the samples
comparable.

Usage::

    python benchmarks/memory.py                 # 10,000 pages
    python benchmarks/memory.py -n 2000 --out /tmp/memory.json

Results go to ``--out`` (JSON) and a Markdown file of the same name.
"""
from __future__ import annotations

import os

# Before numpy / scikit-learn load: one OpenMP thread, as a single-process worker runs.
os.environ["OMP_NUM_THREADS"] = "1"

import argparse  # noqa: E402
import gc  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from boilerfilter import BoilerFilter  # noqa: E402
from boilerfilter.devdata import data_dir, iter_pages, list_datasets  # noqa: E402

_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def rss_kb() -> int:
    """Current resident set size of this process in KB (from /proc/self/statm)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * _PAGE_SIZE // 1024


def load_pool(root: Path, datasets: list[str], size: int) -> list[bytes]:
    """Raw bytes of a stable sample of ``size`` pages over the datasets."""
    entries = [(f"{d}/{p.id}", p) for d in datasets for p in iter_pages(d, root=root)]
    entries.sort(key=lambda e: hashlib.sha1(e[0].encode("utf-8")).hexdigest())
    return [p.raw() for _, p in entries[:size]]


def unique_pages(pool: list[bytes], n: int):
    """N pages cycling through the pool, each with a unique trailing comment."""
    for i in range(n):
        yield pool[i % len(pool)] + b"\n<!-- boilerfilter-memory copy %d -->\n" % i


def slope_kb_per_1000(samples: list[dict]) -> float | None:
    """Least-squares slope of RSS (KB) against pages, times 1,000; None under two points."""
    if len(samples) < 2:
        return None
    xs = [s["pages"] for s in samples]
    ys = [s["rss_kb"] for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return 1000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx


def run(pool: list[bytes], n: int, every: int, model: str | None, progress: bool = True) -> dict:
    """Stream N pages through one filter, sampling RSS every ``every`` pages."""
    bf = BoilerFilter(model=model)
    bf.load()
    samples = [{"pages": 0, "rss_kb": rss_kb(), "gc_objects": len(gc.get_objects()), "seconds": 0.0}]
    start = time.perf_counter()
    done = empty = kept_chars = 0
    for page in bf.clean_many(unique_pages(pool, n), content_type="html"):
        done += 1
        kept_chars += len(page.text)
        empty += not page.text
        if done % every == 0 or done == n:
            sample = {"pages": done, "rss_kb": rss_kb(), "gc_objects": len(gc.get_objects()),
                      "seconds": time.perf_counter() - start}
            samples.append(sample)
            if progress:
                print(f"  {done}/{n} pages: RSS {sample['rss_kb'] / 1024:.1f} MB, "
                      f"{sample['gc_objects']} tracked objects", file=sys.stderr)
    half = [s for s in samples if s["pages"] >= n / 2]
    rss = [s["rss_kb"] for s in samples]
    return {
        "samples": samples,
        "slope_kb_per_1000_pages_second_half": slope_kb_per_1000(half),
        "slope_kb_per_1000_pages_all": slope_kb_per_1000(samples[1:]),
        "second_half_points": len(half),
        "rss_mb": {"start": rss[0] / 1024, "after_first_sample": rss[1] / 1024 if len(rss) > 1 else None,
                   "end": rss[-1] / 1024, "max_sampled": max(rss) / 1024},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KB on Linux
        "pages": done, "empty_results": empty, "kept_chars": kept_chars,
        "seconds": time.perf_counter() - start,
    }


def _fmt(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def to_markdown(report: dict) -> str:
    """The series and the slope as Markdown."""
    r = report["result"]
    st = report["settings"]
    lines = [
        "# Memory",
        "",
        f"{r['pages']} pages through one `BoilerFilter.clean_many` stream (a pool of {st['pool']} "
        f"development pages, cycled, each copy unique), raw bytes in, one process, "
        f"OMP_NUM_THREADS=1; {r['seconds']:.0f} s ({r['pages'] / r['seconds']:.1f} pages/s).",
        "",
        f"RSS slope over the second half: **{_fmt(r['slope_kb_per_1000_pages_second_half'])} KB per "
        f"1,000 pages** ({r['second_half_points']} samples); over the whole run after the first "
        f"sample: {_fmt(r['slope_kb_per_1000_pages_all'])} KB per 1,000 pages. RSS: "
        f"{r['rss_mb']['start']:.0f} MB with the model loaded, {_fmt(r['rss_mb']['after_first_sample'], 0)} MB "
        f"after {st['every']} pages, {r['rss_mb']['end']:.0f} MB at the end; peak {r['peak_rss_mb']:.0f} MB.",
        "",
        "| pages | RSS MB | tracked objects | seconds |",
        "|---:|---:|---:|---:|",
    ]
    for s in r["samples"]:
        lines.append(f"| {s['pages']} | {s['rss_kb'] / 1024:.1f} | {s['gc_objects']} | {s['seconds']:.0f} |")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the memory check from the command line; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--pages", type=int, default=10_000, help="pages to stream (default 10000)")
    parser.add_argument("--every", type=int, default=500, help="sample RSS every N pages (default 500)")
    parser.add_argument("--pool", type=int, default=500,
                        help="distinct development pages to cycle through (default 500)")
    parser.add_argument("--data", help="development data folder (default: boilerfilter.devdata.data_dir())")
    parser.add_argument("--datasets", nargs="*", help="dataset names, space- or comma-separated (default: all)")
    parser.add_argument("--model", help="a .joblib model with its .json card (default: the shipped model)")
    parser.add_argument("--out", type=Path, default=_REPO / "benchmarks" / "results" / "memory.json",
                        help="JSON output; a .md with the same name is written next to it")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.pages < 1 or args.every < 1 or args.pool < 1:
        parser.error("--pages, --every and --pool must be at least 1")

    root = data_dir(args.data)
    if root is None:
        parser.error("development data not found: pass --data or set BOILERFILTER_DATA")
    available = list_datasets(root)
    datasets = [x.strip() for v in (args.datasets or []) for x in v.split(",") if x.strip()] or available
    missing = [d for d in datasets if d not in available]
    if missing:
        parser.error(f"datasets not in {root}: {', '.join(missing)}")
    pool = load_pool(root, datasets, args.pool)
    if not pool:
        parser.error("no page to run")
    print(f"pool of {len(pool)} pages ({sum(map(len, pool)) / 1e6:.1f} MB raw); streaming {args.pages}",
          file=sys.stderr)

    result = run(pool, args.pages, args.every, args.model, progress=not args.quiet)
    report = {
        "settings": {"data": str(root), "datasets": datasets, "pages": args.pages, "every": args.every,
                     "pool": len(pool), "model": args.model or "shipped"},
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version()},
        "result": result,
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
