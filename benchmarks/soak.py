#!/usr/bin/env python
"""Soak test: N mutated development pages and bad files through ``boilerfilter clean --jobs J``.

A pool of development pages (a stable sample over the datasets, as in ``memory.py``) is
read once; N input files are written into a temporary folder, 100 to a subfolder, each a
pool page made unique and mutated one way, in turns:

- copied as it is; cut short at a random point; recoded (decoded, then written in
  windows-1252, GB18030, Shift_JIS or UTF-16 while its markup may still declare another
  charset); stripped of its tags (written as ``.txt`` or ``.html``); with junk appended
  (random bytes, unclosed tags); with NUL bytes scattered in; gzipped (``.html.gz``);
- about 1 file in 50 is bad instead: empty, a PNG or a ZIP named ``.html``, a corrupt
  or truncated ``.html.gz``, a gzip bomb, and a few plain pages over the size limit.

File names carry spaces, non-ASCII letters and shell metacharacters now and then.

The command line runs as ``python -m boilerfilter clean IN -o OUT --jobs J``; every
``--every`` seconds the resident set size of its whole process tree (the CLI, the
forkserver and the workers, from ``/proc``) is sampled, with the pages done so far (the
lines of its ``--resume`` state file). The report: pages done, written, empty and failed
by reason, wall time, pages/s, peak RSS, and the RSS trend (least-squares slope over the
second half of the run, in KB per 1,000 pages), and whether every input got exactly
one outcome.

Usage::

    python benchmarks/soak.py                       # 10,000 pages, --jobs 2
    python benchmarks/soak.py --pages 300 --out /tmp/soak.json
    python benchmarks/soak.py --pages 1000 --kill-every 60 --out /tmp/soak-kills.json   # workers killed meanwhile

Results go to ``--out`` (JSON) and a Markdown file of the same name. Generated pages
go to a temporary folder, removed at the end (``--keep`` keeps it).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parent
for _p in (str(_REPO), str(_HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from memory import load_pool, slope_kb_per_1000  # noqa: E402

from boilerfilter.decode import DecodeError, decode_bytes  # noqa: E402
from boilerfilter.devdata import data_dir, list_datasets  # noqa: E402
from boilerfilter.options import DEFAULT_OPTIONS  # noqa: E402

_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
# One file in this many is a bad file rather than a page: often enough that every kind
# appears many times in 10,000 files, rare enough that pages dominate the run's time.
_BAD_EVERY = 50
# Pages over the size limit are written in full (they cost disk, not time: the CLI
# refuses them by their size before reading): a few are enough to show that.
_HUGE_PAGES = 3
_NAMES = ["page", "a page", "página", "页面", "ページ", "it's", "cost $5", "a;b", "star*", "x&y", "(1)"]
_MUTATIONS = ["copy", "truncate", "recode", "untag", "junk", "nul", "gzip"]
_BAD = ["empty", "png", "zip", "corrupt-gz", "truncated-gz", "gzip-bomb"]
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
_ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4


def _text_of(raw: bytes) -> str:
    try:
        return decode_bytes(raw)[0]
    except DecodeError:
        return raw.decode("utf-8", "replace")


def mutate(raw: bytes, kind: str, rng: random.Random) -> tuple[bytes, str]:
    """One pool page changed one way; returns the bytes and the file suffix."""
    if kind == "copy":
        return raw, ".html"
    if kind == "truncate":
        return raw[: rng.randint(1, max(1, len(raw)))], ".html"
    if kind == "recode":
        charset = rng.choice(["cp1252", "gb18030", "shift_jis", "utf-16"])
        return _text_of(raw).encode(charset, "xmlcharrefreplace"), ".html"
    if kind == "untag":
        text = re.sub(r"<[^>]*>", "\n", _text_of(raw))
        return text.encode("utf-8", "replace"), rng.choice([".txt", ".html"])
    if kind == "junk":
        junk = rng.choice([os.urandom(rng.randint(1, 20_000)), b"<div><table><tr><td><p><a href='" * 500,
                           b"\xff\xfe\x00garbage\x00" * 1000])
        return raw + junk, ".html"
    if kind == "nul":
        data = bytearray(raw)
        for _ in range(rng.randint(1, 50)):
            data.insert(rng.randint(0, len(data)), 0)
        return bytes(data), ".html"
    if kind == "gzip":
        return gzip.compress(raw, 1), ".html.gz"
    raise ValueError(kind)


def bad_file(kind: str, rng: random.Random) -> tuple[bytes, str]:
    """One bad file; returns the bytes and the file suffix."""
    if kind == "empty":
        return b"", ".html"
    if kind == "png":
        return _PNG, ".html"
    if kind == "zip":
        return _ZIP, ".html"
    packed = gzip.compress(b"<html><body><p>a page that was cut</p></body></html>" * 200)
    if kind == "corrupt-gz":
        data = bytearray(packed)
        data[-8] ^= 0xFF  # the CRC-32
        return bytes(data), ".html.gz"
    if kind == "truncated-gz":
        return packed[: rng.randint(10, len(packed) - 10)], ".html.gz"
    if kind == "gzip-bomb":
        return gzip.compress(b" " * (DEFAULT_OPTIONS.max_bytes + 1_000_000), 9), ".html.gz"
    raise ValueError(kind)


def write_inputs(pool: list[bytes], n: int, root: Path, seed: int = 0) -> Counter:
    """Write N input files under ``root``; returns how many of each kind were written."""
    rng = random.Random(seed)
    kinds: Counter = Counter()
    bomb = None
    huge_at = {n * k // (_HUGE_PAGES + 1) for k in range(1, _HUGE_PAGES + 1)}
    huge_at = {i + (i % _BAD_EVERY == _BAD_EVERY // 2) for i in huge_at}  # not on a bad file's turn
    for i in range(n):
        folder = root / f"d{i // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{i:05d} {_NAMES[i % len(_NAMES)]}" if i % 7 == 0 else f"{i:05d}"
        if i in huge_at:
            kind, suffix = "huge", ".html"
            with open(folder / (name + suffix), "wb") as fh:  # over the limit, written in 1 MB pieces
                for _ in range(DEFAULT_OPTIONS.max_bytes // 1_000_000 + 1):
                    fh.write(b"<p>" + b"x" * 999_993 + b"</p>\n")
            kinds[kind] += 1
            continue
        if i % _BAD_EVERY == _BAD_EVERY // 2:
            kind = _BAD[(i // _BAD_EVERY) % len(_BAD)]
            if kind == "gzip-bomb":
                bomb = bomb or bad_file(kind, rng)
                data, suffix = bomb
            else:
                data, suffix = bad_file(kind, rng)
        else:
            kind = _MUTATIONS[i % len(_MUTATIONS)]
            page = pool[i % len(pool)] + b"\n<!-- boilerfilter-soak copy %d -->\n" % i
            data, suffix = mutate(page, kind, rng)
        (folder / (name + suffix)).write_bytes(data)
        kinds[kind] += 1
    return kinds


def _tree(root_pid: int) -> dict[int, int]:
    """``root_pid`` and all its descendants, from /proc, each with its depth below ``root_pid``."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = {}, [(root_pid, 0)]
    while todo:
        pid, depth = todo.pop()
        out[pid] = depth
        todo.extend((child, depth + 1) for child in children.get(pid, []))
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE_SIZE // 1024
    except (OSError, ValueError, IndexError):
        return 0


def _lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for _ in fh)
    except FileNotFoundError:
        return 0


def run_cli(inputs: Path, out: Path, jobs: int, every: float, model: str | None,
            progress: bool = True, kill_every: float = 0.0) -> dict:
    """Run the command line over ``inputs``, sampling its process tree's RSS every ``every`` s.

    With ``kill_every``, a worker (a process two levels below the CLI: the CLI starts the
    forkserver, which starts the workers) is killed with SIGKILL that often, as the OOM
    killer would; the run must still give every page one outcome.
    """
    cmd = [sys.executable, "-m", "boilerfilter", "clean", str(inputs), "-o", str(out), "--jobs", str(jobs),
           "--no-progress"] + (["--model", model] if model else [])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(_REPO), os.environ.get("PYTHONPATH")]))}
    state = out / ".boilerfilter-done.jsonl"
    samples, kills = [], 0
    start = time.perf_counter()
    next_kill = start + kill_every
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=str(_REPO))
        while proc.poll() is None:
            tree = _tree(proc.pid)
            pids = list(tree)
            rss = [_rss_kb(p) for p in pids]
            workers = sorted(p for p, depth in tree.items() if depth == 2)
            if kill_every and time.perf_counter() >= next_kill and workers:
                try:
                    os.kill(workers[-1], signal.SIGKILL)
                    kills += 1
                except ProcessLookupError:
                    pass
                next_kill = time.perf_counter() + kill_every
            sample = {"seconds": round(time.perf_counter() - start, 1), "pages": _lines(state),
                      "rss_kb": sum(rss), "max_process_rss_kb": max(rss, default=0), "processes": len(pids)}
            samples.append(sample)
            if progress:
                print(f"  {sample['seconds']:7.0f} s {sample['pages']:6d} pages: RSS {sample['rss_kb'] / 1024:6.0f} MB "
                      f"in {sample['processes']} processes", file=sys.stderr, flush=True)
            try:
                proc.wait(every)
            except subprocess.TimeoutExpired:
                pass
        seconds = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {"status": proc.returncode, "seconds": seconds, "samples": samples, "stderr": stderr, "kills": kills}


def summarise(run: dict, out: Path, n_inputs: int) -> dict:
    """Outcomes from the state file and the error log, RSS figures from the samples."""
    states = [json.loads(line) for line in (out / ".boilerfilter-done.jsonl").read_text("utf-8").splitlines()]
    status = Counter(s["status"] for s in states)
    errors_path = out / "errors.jsonl"
    errors = [json.loads(line) for line in errors_path.read_text("utf-8").splitlines()] if errors_path.exists() else []
    by_reason = Counter(re.sub(r" \(.*", "", e["reason"]).split(": ")[0] for e in errors)
    empty = Counter()
    for m in re.finditer(r"^  empty: (\d+) (.+?): ", run["stderr"], re.M):
        empty[m.group(2)] += int(m.group(1))
    samples = [s for s in run["samples"] if s["pages"] > 0]
    half = [s for s in samples if s["pages"] >= n_inputs / 2]
    rss = [s["rss_kb"] for s in samples] or [0]
    return {
        "exit_status": run["status"], "inputs": n_inputs, "pages_done": len(states), "workers_killed": run["kills"],
        "every_input_once": len(states) == len({s["source"] for s in states}) == n_inputs,
        "written": status["written"], "empty": status["empty"], "errors": status["error"],
        "errors_by_reason": dict(by_reason.most_common()), "empty_by_reason": dict(empty.most_common()),
        "seconds": run["seconds"], "pages_per_second": len(states) / run["seconds"] if run["seconds"] else 0.0,
        "rss_mb": {"first": rss[0] / 1024, "last": rss[-1] / 1024, "peak_sampled": max(rss) / 1024,
                   "peak_one_process": max((s["max_process_rss_kb"] for s in samples), default=0) / 1024},
        "slope_kb_per_1000_pages_second_half": slope_kb_per_1000(half),
        "slope_kb_per_1000_pages_all": slope_kb_per_1000(samples),
        "summary_line": next((ln for ln in run["stderr"].splitlines() if " pages: " in ln), ""),
    }


def _commit() -> str | None:
    """The git commit of the code measured ($BOILERFILTER_SOAK_COMMIT for a copy outside git)."""
    try:
        return os.environ.get("BOILERFILTER_SOAK_COMMIT") or subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=_REPO, capture_output=True, text=True,
            timeout=10).stdout.strip() or None
    except OSError:
        return None


def _fmt(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def to_markdown(report: dict) -> str:
    """The report as Markdown: outcomes, speed, memory and the RSS series (at most 25 rows)."""
    r, st = report["result"], report["settings"]
    lines = [
        "# Soak",
        "",
        f"{r['inputs']} input files ({', '.join(f'{k} {v}' for k, v in sorted(report['kinds'].items()))}) "
        f"from a pool of {st['pool']} development pages, through `boilerfilter clean --jobs {st['jobs']}` "
        f"on {report['machine']['cpus']} cores (code at {st.get('commit') or '?'}).",
        "",
        f"- exit status {r['exit_status']}; {r['pages_done']} pages done "
        f"(every input exactly once: {'yes' if r['every_input_once'] else 'NO'}): {r['written']} written, "
        f"{r['empty']} empty, {r['errors']} errors; workers killed by the soak: {r.get('workers_killed', 0)}",
        f"- errors by reason: {', '.join(f'{k} {v}' for k, v in r['errors_by_reason'].items()) or 'none'}",
        f"- empty by reason: {', '.join(f'{k} {v}' for k, v in r['empty_by_reason'].items()) or 'none'}",
        f"- wall time {r['seconds']:.0f} s, **{r['pages_per_second']:.1f} pages/s**",
        f"- RSS of the process tree: {r['rss_mb']['first']:.0f} MB at the first sample, "
        f"{r['rss_mb']['last']:.0f} MB at the last, peak {r['rss_mb']['peak_sampled']:.0f} MB "
        f"(largest single process {r['rss_mb']['peak_one_process']:.0f} MB); trend over the second half "
        f"**{_fmt(r['slope_kb_per_1000_pages_second_half'])} KB per 1,000 pages** "
        f"(whole run {_fmt(r['slope_kb_per_1000_pages_all'])})",
        f"- CLI summary: `{r['summary_line']}`",
        "",
        "| seconds | pages | RSS MB (tree) | largest process MB | processes |",
        "|---:|---:|---:|---:|---:|",
    ]
    samples = report["samples"]
    step = max(1, len(samples) // 24)
    for s in samples[::step] + ([samples[-1]] if samples and (len(samples) - 1) % step else []):
        lines.append(f"| {s['seconds']:.0f} | {s['pages']} | {s['rss_kb'] / 1024:.0f} | "
                     f"{s['max_process_rss_kb'] / 1024:.0f} | {s['processes']} |")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the soak test from the command line; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--pages", type=int, default=10_000, help="input files to write (default 10000)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes of the CLI (default 2)")
    parser.add_argument("--data", help="development data folder (default: $BOILERFILTER_DATA, else "
                                       "<repo>/../shared/data)")
    parser.add_argument("--pool", type=int, default=500, help="distinct development pages (default 500)")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples (default 5)")
    parser.add_argument("--model", help="a .joblib model with its .json card (default: the shipped model)")
    parser.add_argument("--work", type=Path, help="folder for the generated inputs and outputs "
                                                  "(default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--kill-every", type=float, default=0.0, metavar="SECONDS",
                        help="kill a worker of the CLI with SIGKILL this often (default 0: never)")
    parser.add_argument("--out", type=Path, default=_REPO / "benchmarks" / "results" / "soak.json",
                        help="JSON output; a .md with the same name is written next to it")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.pages < 1 or args.jobs < 1 or args.pool < 1 or args.every <= 0:
        parser.error("--pages, --jobs, --pool and --every must be positive")
    root = data_dir(args.data)
    if root is None:
        parser.error("development data not found: pass --data or set BOILERFILTER_DATA")
    pool = load_pool(root, list_datasets(root), args.pool)
    if not pool:
        parser.error("no development page found")
    work = args.work or Path(tempfile.mkdtemp(prefix="boilerfilter-soak-"))
    inputs, out = work / "in", work / "out"
    try:
        t = time.perf_counter()
        kinds = write_inputs(pool, args.pages, inputs)
        print(f"wrote {args.pages} input files to {inputs} in {time.perf_counter() - t:.0f} s; running the CLI",
              file=sys.stderr, flush=True)
        run = run_cli(inputs, out, args.jobs, args.every, args.model, progress=not args.quiet,
                      kill_every=args.kill_every)
        result = summarise(run, out, args.pages)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report = {
        "settings": {"data": str(root), "pages": args.pages, "jobs": args.jobs, "pool": len(pool),
                     "commit": _commit(),
                     "every_seconds": args.every, "model": args.model or "shipped", "kill_every": args.kill_every},
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "load_average_at_end": os.getloadavg()},
        "kinds": dict(kinds), "result": result, "samples": run["samples"],
    }
    markdown = to_markdown(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"wrote {args.out} and {args.out.with_suffix('.md')}", file=sys.stderr)
    return 0 if result["every_input_once"] and result["exit_status"] in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
