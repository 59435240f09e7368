"""The command line: ``boilerfilter VERB ...``.

Each verb is one ``Verb`` in ``VERBS``: a function that adds its arguments to its
sub-parser and a function that runs it. The argparse ``Namespace`` never leaves this
module: the run functions turn it into one ``Options`` and plain arguments at once.

Exit status: 0 success, 1 when some page failed (an empty result is not a failure),
2 for usage errors and a model that cannot be loaded, 130 when interrupted.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
import unicodedata
from collections import Counter, deque
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .features import block_stats
from .filter import BoilerFilter, classified_as
from .formats import INPUT_FORMATS
from .io import (GZIP_MAGIC, InputError, PageTooLarge, atomic_open, atomic_write, content_type_for, gunzip,
                 iter_inputs, read_input)
from .limits import TIME_LIMIT_EXCEEDED, TimeLimitExceeded
from .model import ModelError
from .options import Options
from .result import CleanedPage
from .runlog import PROG, ErrorLog as _ErrorLog, Outcome as _Outcome, Tally as _Tally, batched as _batched
from .runlog import json_line as _json_line, plural as _n, shown as _shown, timed_out as _timed_out
from .revise import (RUN_SPARE, caption_label, chapter_lists, consent_section, edge_verdicts, empty_references,
                     folded, headed_tables, is_consent_notice, is_prose, list_spans, markdown_blocks, notice_frame,
                     notice_lines, related_section, sentence_between, split_sentences, template_runs, text_tables)

__all__ = ["main", "build_parser", "Verb", "VERBS"]


# Pages per task: the filter classifies a task's pages in one predict call, whose fixed
# cost dominates small pages; 32 keeps that cost low while a crashed or slow task holds
# back few pages.
_BATCH = 32
# Tasks in flight per worker: enough to keep every worker busy, few enough that a long
# run does not queue every input at once.
_TASKS_PER_WORKER = 4
# In OUT_DIR: one {"source", "status"} line per finished page, for --resume.
_STATE_FILE = ".boilerfilter-done.jsonl"
# Seconds one page may take in `clean` (--time-limit): about 9x the slowest development
# page measured. Of 420 pages (the 120 largest files over all datasets and 300 others),
# timed one by one with the shipped model on the 2 shared cores (2026-11-23), the slowest
# took 3.4 s (a 2.2 MB page), the tenth 0.8 s, the median 0.13 s. The margin covers a busy
# machine and pages larger than any seen (up to Options.max_bytes); a stalled page holds a
# worker for 30 s at most.
DEFAULT_TIME_LIMIT = 30.0
# The temporary files of io.atomic_open (".NAME.XXXXXXXX.tmp"), left behind by a killed run.
_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")


@dataclass(frozen=True)
class Verb:
    """One sub-command: ``configure(parser)`` adds its arguments, ``run(args)`` returns the exit status."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (``sys.argv[1:]`` when None) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "run", None) is None:
            parser.print_help(sys.stderr)
            return 2
        return args.run(args)
    except SystemExit as exc:  # argparse errors, --help and --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except ModelError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of stdout went away (``| head``): not worth a traceback
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1


@contextmanager
def _single_threaded_model():
    """One OpenMP thread for the classifier in this process, unless OMP_NUM_THREADS says otherwise.

    The filter predicts one batch of pages at a time; on such small inputs the OpenMP
    threads of gradient boosting cost more than they bring: with the default (one per
    core) a run over 80 example pages took 16.9 s on 2 busy cores, with one thread 2.7 s.
    Workers of --jobs get the same through OMP_NUM_THREADS (see ``_init_worker``).
    Enter it after the model is loaded: it limits the libraries loaded at that time.
    """
    if os.environ.get("OMP_NUM_THREADS"):
        yield
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # scikit-learn depends on it, but it is not ours to require
        yield
        return
    with threadpool_limits(limits=1, user_api="openmp"):
        yield


def build_parser() -> argparse.ArgumentParser:
    """The parser with one sub-parser per entry of ``VERBS``."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Strip navigation, link lists, ads and other boilerplate from scraped pages.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for verb in VERBS:
        p = sub.add_parser(verb.name, help=verb.help, description=verb.help)
        verb.configure(p)
        p.set_defaults(run=verb.run, parser=p)
    return parser


# --- arguments shared by the verbs -------------------------------------------------


def _threshold(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be within [0, 1], not {value}")
    return x


def _seconds(value: str) -> float | None:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if x == 0:
        return None
    if not 0 < x < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds (0: no limit), not {value}")
    return x


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n or os.cpu_count() or 1


def _add_model_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="PATH",
                   help="a .joblib model with its .json card beside it (default: the shipped model)")
    p.add_argument("--threshold", type=_threshold, metavar="X",
                   help="drop blocks whose boilerplate probability is at least X (default: from the model card)")
    p.add_argument("--content-type", choices=("html", "text"),
                   help="read every input as this (default: from the file name, else sniffed)")
    p.add_argument("--no-fallback", dest="fallback", action="store_false",
                   help="never run trafilatura's full cascade on pages where recall mode finds little text "
                        "(faster, slightly lower quality: see README, Speed)")
    p.add_argument("--no-replies", dest="replies", action="store_false",
                   help="leave out the replies of discussion threads (forum topics, Q&A pages), which are "
                        "otherwise added after the main text and classified like any block")
    p.add_argument("--extractor", choices=("trafilatura", "resiliparse"), default="trafilatura",
                   help="what cuts HTML into blocks: trafilatura (default, best quality) or resiliparse "
                        "(extra 'resiliparse': several times faster, its lines are classified as plain text)")


def _filter(args: argparse.Namespace) -> BoilerFilter:
    """The one Options object and the filter, built from the flags; the model is loaded now."""
    from .formats import MissingExtra, require

    if args.extractor == "resiliparse":
        try:
            require("resiliparse.extract.html2text", "resiliparse")
        except MissingExtra as exc:
            args.parser.error(str(exc))
    options = Options(threshold=args.threshold, content_type=args.content_type,
                      time_limit=getattr(args, "time_limit", None), extractor=args.extractor,
                      fallback=args.fallback, replies=args.replies)
    filt = BoilerFilter(args.model, options)
    filt.load()  # a bad model is a usage error (exit 2) before any page is read
    return filt


def _read_stdin(max_bytes: int) -> bytes:
    """Standard input as bytes, gunzipped when it starts with the gzip signature."""
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    return gunzip(data, "-", max_bytes) if data.startswith(GZIP_MAGIC) else data


def _write_stdout(text: str) -> None:
    """Write UTF-8 to stdout whatever its encoding (bytes when it has a buffer)."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        sys.stdout.flush()
        stream.write(text.encode("utf-8"))
        stream.flush()
    else:
        sys.stdout.write(text)


# --- clean -----------------------------------------------------------------------


def _configure_clean(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files and folders (searched recursively for .html, .htm, .xhtml, .txt, .md, "
                        ".markdown, each also .gz); '-' reads standard input and writes to standard output")
    p.add_argument("-o", "--output", dest="out_dir", metavar="OUT_DIR",
                   help="output folder: the input tree is mirrored there as .txt files; a name ending in "
                        ".jsonl, .jsonl.gz or .parquet is one file with a record per page instead")
    p.add_argument("--format", choices=("txt", "jsonl", "parquet"), default=None,
                   help="txt: one file per page; jsonl: one OUT_DIR/pages.jsonl with a record per page "
                        "and its blocks; parquet: one OUT_DIR/pages.parquet with a row per page (the parquet "
                        "extra) (default: txt, or what -o's name says)")
    p.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                   help="how to read the files named as INPUT: auto (by name: .warc[.gz] is WARC, .jsonl[.gz] and "
                        ".ndjson[.gz] are JSON lines, anything else a page; the default), or that for every file")
    p.add_argument("--jsonl-html-field", default="html", metavar="NAME",
                   help="JSONL inputs: the field holding a page's HTML (default: html)")
    p.add_argument("--jsonl-text-field", default="text", metavar="NAME",
                   help="JSONL inputs: the field holding plain text, when the HTML field is absent (default: text)")
    p.add_argument("--jsonl-id-field", metavar="NAME",
                   help="JSONL inputs: the field naming a page in outputs and reports (default: url, else id, "
                        "else FILE:LINE)")
    p.add_argument("--dask", metavar="local|ADDRESS",
                   help="clean on a Dask cluster: 'local' starts one on this machine, or a scheduler address "
                        "such as tcp://host:8786 (the dask extra); writes one file, as --format jsonl or parquet")
    p.add_argument("--dask-workers", type=_jobs, metavar="N",
                   help="--dask local: worker processes (default: one per CPU)")
    p.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per CPU)")
    _add_model_arguments(p)
    p.add_argument("--time-limit", type=_seconds, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                   help="a page that takes longer is stopped and counted as failed (reason "
                        f"'{TIME_LIMIT_EXCEEDED}'); 0 for no limit (default {DEFAULT_TIME_LIMIT:g})")
    p.add_argument("--resume", action="store_true",
                   help="skip the pages an earlier (interrupted) run into OUT_DIR already finished: txt: those "
                        f"whose .txt exists or that {_STATE_FILE} records as empty; jsonl: those with a record in "
                        "pages.jsonl, which is appended to (pages that failed are retried)")
    p.add_argument("--errors", metavar="FILE",
                   help="JSON-lines log of the pages that failed, one "
                        '{"input", "reason", "exception"} a line (default: OUT_DIR/errors.jsonl; '
                        "written only when some page fails)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary (errors still show)")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = ("exit status:\n"
                "  0    every page was processed (an empty result is not a failure)\n"
                "  1    some page failed (see the error log, OUT_DIR/errors.jsonl by default)\n"
                "  2    usage error, or a model that cannot be loaded\n"
                "  130  interrupted\n\n"
                f"OUT_DIR/{_STATE_FILE} records each finished page, for --resume.")


def _run_clean(args: argparse.Namespace) -> int:
    inputs, parser = args.inputs, args.parser
    if "-" in inputs:
        if len(inputs) > 1:
            parser.error("'-' (standard input) cannot be combined with other inputs")
        if args.out_dir:
            parser.error("'-' writes to standard output: -o is not used with it")
        if args.resume:
            parser.error("--resume needs -o OUT_DIR (not '-')")
        if args.dask or args.format == "parquet":
            parser.error("'-' is cleaned in this process to standard output: not with --dask or --format parquet")
    else:
        if not args.out_dir:
            parser.error("-o OUT_DIR is required (or '-' to clean standard input)")
        missing = [p for p in inputs if not os.path.lexists(p)]
        if missing:
            parser.error(f"no such file or folder: {', '.join(missing)}")
        if _writes_one_file(args):  # WARC/JSONL inputs, single-file outputs, --dask: stream.py
            return _run_stream(args)
        if args.errors and os.path.isdir(args.errors):
            parser.error(f"--errors {args.errors} is a folder")
        out = os.path.realpath(args.out_dir)
        if os.path.exists(args.out_dir) and not os.path.isdir(args.out_dir):
            parser.error(f"output {args.out_dir} exists and is not a folder")
        for p in inputs:
            real = os.path.realpath(p)
            if real == out or real.startswith(out + os.sep):
                parser.error(f"input {p} is inside the output folder {args.out_dir}")
    filt = _filter(args)
    jsonl = args.format == "jsonl"
    stderr = sys.stderr
    started = time.perf_counter()
    with _single_threaded_model():
        if inputs == ["-"]:
            tally = _clean_stdin(filt, jsonl, errors=args.errors)
        else:
            progress = not (args.quiet or args.no_progress) and stderr.isatty()
            errors = args.errors or os.path.join(args.out_dir, "errors.jsonl")
            tally = clean_files(filt, inputs, Path(args.out_dir), jsonl=jsonl, jobs=args.jobs, progress=progress,
                                resume=args.resume, errors=errors)
    if not args.quiet:
        print(tally.summary(time.perf_counter() - started), file=stderr)
    return 1 if tally.errors else 0


def _writes_one_file(args: argparse.Namespace) -> bool:
    """Whether this run goes through stream.py: WARC/JSONL inputs, a single-file output, parquet, or --dask."""
    from .formats import detect_format
    from .sinks import single_file_format

    return bool(args.dask or args.format == "parquet" or single_file_format(args.out_dir)
                or args.input_format in ("warc", "jsonl")
                or any(not os.path.isdir(p) and detect_format(p) != "pages" for p in args.inputs))


def _run_stream(args: argparse.Namespace) -> int:
    """``clean`` into one file (JSON lines or Parquet), from any input, here, in --jobs processes or on Dask."""
    from .formats import JsonlFields, MissingExtra, detect_format, iter_records, require
    from .sinks import single_file_format
    from .stream import ClusterError, clean_to_file

    parser, out = args.parser, args.out_dir
    single = single_file_format(out)
    fmt = args.format or single or "txt"
    if single and args.format and args.format != single:
        parser.error(f"-o {out} names a {single} file: --format {args.format} does not fit it")
    if fmt == "txt":
        parser.error("WARC and JSONL inputs and --dask write one file: add --format jsonl or --format parquet, "
                     "or give -o FILE.jsonl, FILE.jsonl.gz or FILE.parquet")
    if args.resume:
        parser.error("--resume works for page files cleaned into a folder (txt, or --format jsonl); this run "
                     "writes one file, atomically at its end: an interrupted run leaves nothing to resume")
    if args.dask_workers and args.dask != "local":
        parser.error("--dask-workers goes with --dask local (a running cluster has its own workers)")
    if args.input_format in ("warc", "jsonl") and any(os.path.isdir(p) for p in args.inputs):
        parser.error(f"--input-format {args.input_format} reads files: name them (a folder is searched for pages)")
    output = Path(out) if single else Path(out) / f"pages.{fmt}"
    if output.is_dir() or (not single and os.path.exists(out) and not os.path.isdir(out)):
        parser.error(f"output {output if single else out} is a {'folder' if single else 'file'}")
    warc = args.input_format == "warc" or (args.input_format == "auto" and any(
        not os.path.isdir(p) and detect_format(p) == "warc" for p in args.inputs))
    try:
        for needed, module, extra in ((fmt == "parquet", "pyarrow.parquet", "parquet"),
                                      (warc, "fastwarc.warc", "warc"), (args.dask, "distributed", "dask")):
            if needed:
                require(module, extra)
    except MissingExtra as exc:
        parser.error(str(exc))
    errors = args.errors or (output.with_name(output.name.split(".")[0] + ".errors.jsonl") if single
                             else Path(out) / "errors.jsonl")
    filt = _filter(args)
    records = iter_records(args.inputs, input_format=args.input_format,
                           fields=JsonlFields(args.jsonl_html_field, args.jsonl_text_field, args.jsonl_id_field),
                           content_type=filt.options.content_type, max_bytes=filt.options.max_bytes,
                           exclude=[] if single else [out])
    progress = not (args.quiet or args.no_progress) and sys.stderr.isatty()
    started = time.perf_counter()
    try:
        with _single_threaded_model():
            tally = clean_to_file(filt, records, output, fmt, jobs=args.jobs, dask=args.dask,
                                  dask_workers=args.dask_workers, progress=progress, errors=errors)
    except ClusterError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(tally.summary(time.perf_counter() - started), file=sys.stderr)
    return 1 if tally.errors else 0


@dataclass(frozen=True)
class _Task:
    """One input page: where it is, where its text goes ("" for jsonl), how to read it."""

    source: str
    output: str
    content_type: str | None
    error: str = ""  # set when the page is known to fail before it is read
    rel: str = ""  # the input path relative to its input folder (the key of the state file)


def _json_record(source: str, page: CleanedPage) -> str:
    """One page as one line of JSON."""
    return _json_line({"source": source, **page.to_dict()})


def _outcome(page: CleanedPage, task: _Task, jsonl: bool) -> _Outcome:
    """Write one cleaned page (txt) or turn it into its record (jsonl); a page over its time limit failed."""
    failed = _timed_out(page, task.source)
    if failed:
        return failed
    record = _json_record(task.source, page) if jsonl else ""
    if not jsonl:
        if page.text:
            atomic_write(task.output, page.text + "\n")
        elif os.path.isfile(task.output):
            os.unlink(task.output)  # an earlier run's text for this page would be taken as its result
    return _Outcome(task.source, reason="" if page.text else (page.reason or "empty"),
                    kept=len(page.kept), dropped=len(page.dropped), record=record)


def _clean_batch(filt: BoilerFilter, tasks: list[_Task], jsonl: bool) -> list[_Outcome]:
    """Read, clean and write a batch of pages; one page's failure is its own outcome only."""
    out: list[_Outcome | None] = [None] * len(tasks)
    raw: dict[int, bytes] = {}
    for i, t in enumerate(tasks):
        if t.error:
            out[i] = _Outcome(t.source, error=t.error)
            continue
        try:
            raw[i] = read_input(t.source, max_bytes=filt.options.max_bytes)
        except PageTooLarge as exc:
            # an empty page with its reason, as clean() gives for a str too large: a record in
            # --format jsonl (as on the WARC/JSONL path), an earlier run's text removed
            out[i] = _outcome(CleanedPage("", reason=exc.reason, content_type=t.content_type), t, jsonl)
        except (OSError, InputError) as exc:
            out[i] = _Outcome(t.source, error=_describe(exc, t.source), exception=type(exc).__name__)
    # pages of one content type are classified together (clean_many batches its predict calls)
    groups: dict[str | None, list[int]] = {}
    for i in raw:
        groups.setdefault(tasks[i].content_type, []).append(i)
    for ctype, idx in groups.items():
        try:
            pages = list(filt.clean_many([raw[i] for i in idx], content_type=ctype))
        except Exception:  # noqa: BLE001 - find the page that failed, one by one
            pages = [None] * len(idx)
        for i, page in zip(idx, pages):
            try:
                if page is None:
                    page = filt.clean(raw[i], content_type=ctype)
                out[i] = _outcome(page, tasks[i], jsonl)
            except Exception as exc:  # noqa: BLE001 - a failed page is counted, never fatal
                out[i] = _Outcome(tasks[i].source, error=_describe(exc, tasks[i].source),
                                  exception=type(exc).__name__)
    return out


def _describe(exc: BaseException, source: str) -> str:
    """An exception as a one-line reason, without repeating the file name."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    if text.startswith(source + ": "):
        text = text[len(source) + 2:]
    return text if isinstance(exc, (OSError, InputError)) else f"{type(exc).__name__}: {text}"


# Worker processes: each builds its filter once, in the pool's initializer.
_WORKER_FILTER: BoilerFilter | None = None
# The folder where each worker keeps a file named by its pid while it cleans a batch (see _Pool).
_WORKER_BEATS: str | None = None
# Seconds a batch may run beyond its pages' time limits before the parent takes its worker
# for stuck and kills it. The limit is enforced inside the worker between Python bytecodes;
# only a native call that never returns (which also keeps SIGALRM's handler from running)
# outlasts it. 10 s covers the rest of a batch's work, which the limit does not count: the
# prediction a 32-page batch shares took 1.3-2.0 s (three batches of development pages,
# the shipped model, one thread, both cores busy with a soak run), so 10 s is 5x that,
# with room for the writes and a worker slow to be scheduled on a busy machine.
_STUCK_GRACE = 10.0
# How often the parent looks for stuck workers while it waits (seconds).
_STUCK_POLL = 1.0


def _init_worker(filt: BoilerFilter, beats: str | None = None) -> None:
    from .stream import _init_worker as init_filter  # one thread for the model, loaded once

    init_filter(filt)
    global _WORKER_FILTER, _WORKER_BEATS
    _WORKER_FILTER, _WORKER_BEATS = filt, beats


def _worker_batch(tasks: list[_Task], jsonl: bool) -> list[_Outcome]:
    if _WORKER_BEATS is None:
        return _clean_batch(_WORKER_FILTER, tasks, jsonl)
    # its modification time says when the batch began; its text, how many pages it holds
    beat = os.path.join(_WORKER_BEATS, str(os.getpid()))
    atomic_write(beat, str(len(tasks)))
    try:
        return _clean_batch(_WORKER_FILTER, tasks, jsonl)
    finally:
        os.unlink(beat)


_WORKER_DIED = "worker died while cleaning this page (its process ended abruptly)"


class _Pool:
    """Batches cleaned in worker processes, results in input order.

    A worker that dies (a crash in native code, out of memory, a kill) breaks the whole
    pool: the pool is restarted and the batches that were in flight without a result are
    redone one page at a time, so that only the page that kills a worker is counted as an
    error ("worker died"). Pages a dead worker had written stay as they are (writes are
    atomic) and are written again, identically.

    With a time limit, a worker whose batch outlasts its pages' limits by ``_STUCK_GRACE``
    is stuck where its own SIGALRM cannot reach (a native call that never returns): the
    parent kills it, and the recovery above finds the page, which fails with the time
    limit as its reason. Workers tell when they begin a batch through a file named by
    their pid in a private folder (files rather than a queue: a process killed while it
    holds a queue's lock would block every other writer).
    """

    def __init__(self, filt: BoilerFilter, jobs: int, jsonl: bool):
        import tempfile

        self.filt, self.jobs, self.jsonl = filt, jobs, jsonl
        self.limit = filt.options.time_limit
        self.beats = tempfile.mkdtemp(prefix="boilerfilter-workers-") if self.limit is not None else None
        self.restarts = 0
        self.killed = False  # whether a stuck worker was killed since the pool started
        self.executor = self._start()

    def _start(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fresh interpreters rather than fork: OMP_NUM_THREADS must be set before the
        # OpenMP runtime loads, and the parent has already loaded it (with the model).
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_init_worker, initargs=(self.filt, self.beats))

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.restarts += 1
        self.killed = False
        self.executor = self._start()

    def map(self, batches: Iterable[list[_Task]]) -> Iterator[list[_Outcome]]:
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append((batch, self.executor.submit(_worker_batch, batch, self.jsonl)))
                if len(pending) >= self.jobs * _TASKS_PER_WORKER:
                    yield from self._take(pending)
            while pending:
                yield from self._take(pending)
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)
            if self.beats:
                shutil.rmtree(self.beats, ignore_errors=True)

    def _result(self, future) -> list[_Outcome]:
        """``future.result()``, killing any worker stuck meanwhile (which breaks the pool)."""
        from concurrent.futures import TimeoutError as FutureTimeout

        while self.beats is not None:
            try:
                return future.result(timeout=_STUCK_POLL)
            except FutureTimeout:
                self._kill_stuck()
        return future.result()

    def _kill_stuck(self) -> None:
        """Kill the workers whose batch has outlasted its time limits."""
        import signal

        now = time.time()
        for entry in os.scandir(self.beats):
            try:
                began = entry.stat().st_mtime
                with open(entry.path, encoding="utf-8") as fh:
                    pages = int(fh.read() or 1)
                if now - began > self.limit * pages + _STUCK_GRACE:
                    os.kill(int(entry.name), signal.SIGKILL)
                    os.unlink(entry.path)
                    self.killed = True
            except (OSError, ValueError):  # the batch ended meanwhile, or not a beat
                continue

    def _take(self, pending: deque) -> Iterator[list[_Outcome]]:
        from concurrent.futures.process import BrokenProcessPool

        batch, future = pending.popleft()
        try:
            yield self._result(future)
            return
        except BrokenProcessPool:
            pass
        # every batch in flight failed with the pool, but a batch whose result had come
        # back before the death is complete; the others are redone on a fresh pool
        suspects = [(batch, future)] + list(pending)
        pending.clear()
        self._restart()
        for b, f in suspects:
            if f.done() and not f.cancelled() and f.exception() is None:
                yield f.result()
            else:
                yield [self._alone(t) for t in b]

    def _alone(self, task: _Task) -> _Outcome:
        from concurrent.futures.process import BrokenProcessPool

        future = self.executor.submit(_worker_batch, [task], self.jsonl)
        try:
            return self._result(future)[0]
        except BrokenProcessPool:
            stuck = self.killed  # this page was the only one in flight
            self._restart()
            if stuck:
                return _Outcome(task.source, error=f"{TIME_LIMIT_EXCEEDED} ({self.limit:g} s; stuck in native "
                                                   "code, its worker was killed)",
                                exception=TimeLimitExceeded.__name__)
            return _Outcome(task.source, error=_WORKER_DIED, exception="BrokenProcessPool")


def _tasks(inputs: list[str], out_dir: Path, jsonl: bool, content_type: str | None,
           onerror: Callable[[OSError], None], onskip: Callable[[Path], None] | None = None) -> Iterator[_Task]:
    """The pages to clean, each with its output path; a second page with the same output fails.

    So does a page whose output folder leads out of ``out_dir`` through a symbolic link
    found there: nothing is ever written outside ``out_dir``.
    """
    claimed: dict[str, str] = {}
    root = os.path.realpath(out_dir)
    real_folders: dict[str, str] = {}  # output folder → where it really is
    for path, stem in iter_inputs(inputs, exclude=[out_dir], onerror=onerror, onskip=onskip):
        source = str(path)
        rel = (stem.parent / path.name).as_posix()
        ctype = content_type or content_type_for(path)
        if jsonl:
            yield _Task(source, "", ctype, rel=rel)
            continue
        output = str(out_dir / stem.with_name(stem.name + ".txt"))
        first = claimed.setdefault(output, source)
        error = f"its output {output} is already written from {first}" if first != source else ""
        folder = os.path.dirname(output)
        real = real_folders.setdefault(folder, os.path.realpath(folder))
        if real != root and not real.startswith(root + os.sep):
            error = f"its output would be written outside the output folder, in {real} (a symbolic link in {out_dir})"
        yield _Task(source, output, ctype, error, rel)


def _read_finished(path: Path, keys: tuple[str, ...]) -> list[dict]:
    """The records (only ``keys``) of a JSON-lines file an earlier run appended to.

    A last line without its newline was cut short by a killed run: it is ignored and cut
    off the file, so that lines appended now start on a line of their own.
    """
    records, good = [], 0
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        return records
    with fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            good += len(line)
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict):
                records.append({k: rec.get(k) for k in keys})
    if good < os.path.getsize(path):
        os.truncate(path, good)
    return records


def _remove_temporary_files(out_dir: Path) -> None:
    """Remove the temporary files a killed run left in ``out_dir`` (they never became outputs)."""
    for dirpath, _, filenames in os.walk(out_dir):
        for name in filenames:
            if _TEMPORARY.match(name):
                try:
                    os.unlink(os.path.join(dirpath, name))
                except FileNotFoundError:
                    pass


def _status(o: _Outcome) -> str:
    return "error" if o.error else "empty" if o.reason else "written"


def clean_files(filt: BoilerFilter, inputs: list[str], out_dir: Path, *, jsonl: bool = False,
                jobs: int = 1, progress: bool = False, resume: bool = False,
                errors: str | os.PathLike | None = None) -> _Tally:
    """Clean every page under ``inputs`` into ``out_dir``; failures are reported on stderr and counted.

    Args:
        filt: the filter (its options' ``content_type``, when set, overrides file names).
        inputs: files and folders (see ``io.iter_inputs``).
        out_dir: the output folder (mirrored ``.txt`` files, or ``pages.jsonl``), and the
            state file (``.boilerfilter-done.jsonl``: a line per finished page).
        jsonl: write one ``pages.jsonl`` instead of ``.txt`` files.
        jobs: worker processes; 1 cleans in this process.
        progress: show a progress bar on stderr.
        resume: skip the pages an earlier run finished (txt: the output exists, or the state
            file records the page as empty; jsonl: ``pages.jsonl`` has its record, and is
            appended to). Pages that failed are retried.
        errors: the JSON-lines error log (None: none).
    """
    from tqdm import tqdm

    tally = _Tally(skipped=0 if resume else None)
    out_dir.mkdir(parents=True, exist_ok=True)
    state_path, records_path = out_dir / _STATE_FILE, out_dir / "pages.jsonl"
    states: dict = {}
    done_sources: set = set()
    if resume:
        _remove_temporary_files(out_dir)
        for rec in _read_finished(state_path, ("source", "status")):
            states[rec["source"]] = rec["status"]
        if jsonl:
            done_sources = {rec["source"] for rec in _read_finished(records_path, ("source",))}

    def finished(t: _Task) -> bool:
        if t.error:
            return False
        if jsonl:
            return t.source in done_sources
        # outputs are written atomically: one that exists is complete
        return states.get(t.rel) == "empty" or os.path.isfile(t.output)

    bar = tqdm(disable=not progress, file=sys.stderr, unit="page", dynamic_ncols=True)
    log = _ErrorLog(errors)

    def report(source: str, error: str) -> None:
        (tqdm.write if progress else print)(f"{PROG}: {_shown(source)}: {_shown(error)}", file=sys.stderr)

    def unlistable(exc: OSError) -> None:
        tally.errors += 1
        report(exc.filename or "?", exc.strerror or str(exc))
        log.add(str(exc.filename or "?"), exc.strerror or str(exc), type(exc).__name__)

    state = None  # the state file, open while the pages are cleaned
    passed_over: list[Path] = []  # WARC/JSONL/Parquet files inside the input folders

    def record_state(rel: str, status: str) -> None:
        state.write(_json_line({"source": rel, "status": status}) + "\n")
        state.flush()

    def todo() -> Iterator[_Task]:
        for t in _tasks(inputs, out_dir, jsonl, filt.options.content_type, unlistable, passed_over.append):
            if resume and finished(t):
                tally.skipped += 1
                if not jsonl and t.rel not in states:  # killed after its output was written, before this
                    record_state(t.rel, "written")
            else:
                yield t

    sent: deque = deque()  # the batches handed out, to pair with their outcomes (which come in order)

    def batches() -> Iterator[list[_Task]]:
        for batch in _batched(todo(), _BATCH):
            sent.append(batch)
            yield batch

    pool = _Pool(filt, jobs, jsonl) if jobs > 1 else None
    results = pool.map(batches()) if pool else (_clean_batch(filt, b, jsonl) for b in batches())
    if not jsonl:
        page_file = nullcontext()
    elif resume:
        page_file = open(records_path, "a", encoding="utf-8", newline="\n")
    else:
        page_file = atomic_open(records_path)
    try:
        with page_file as records, \
                open(state_path, "a" if resume else "w", encoding="utf-8", newline="\n") as state:
            for outcomes in results:
                batch = sent.popleft()
                for t, o in zip(batch, outcomes):
                    tally.add(o)
                    if o.error:
                        report(o.source, o.error)
                        log.add(o.source, o.error, o.exception)
                        if t.output and not t.error and os.path.isfile(t.output):
                            # an earlier run's text would pass for this page's result (and make
                            # --resume skip it); t.error: the output is not this page's to remove
                            os.unlink(t.output)
                    if records is not None and o.record:
                        records.write(o.record + "\n")
                        records.flush()  # before the state line: a page is done once its record is out
                    record_state(t.rel, _status(o))
                bar.update(len(outcomes))
    finally:
        bar.close()
        log.close()
        results.close()  # stops the worker processes at once when interrupted
    if pool and pool.restarts:  # a worker killed while it wrote a page leaves its temporary file
        _remove_temporary_files(out_dir)
    if passed_over:
        print(f"{PROG}: note: {_n(len(passed_over), 'WARC, JSON-lines or Parquet file')} inside the input "
              f"folders not read (first: {_shown(str(passed_over[0]))}); a folder is searched for page files: "
              "name such files as inputs, with --format jsonl or parquet", file=sys.stderr)
    return tally


def _clean_stdin(filt: BoilerFilter, jsonl: bool, errors: str | None = None) -> _Tally:
    """Clean standard input to standard output."""
    tally = _Tally()
    try:
        raw = _read_stdin(filt.options.max_bytes)
    except PageTooLarge as exc:
        tally.add(_Outcome("-", reason=exc.reason))
        return tally
    except (OSError, InputError) as exc:
        failed = _Outcome("-", error=_describe(exc, "-"), exception=type(exc).__name__)
    else:
        page = filt.clean(raw)
        failed = _timed_out(page, "-")
    if failed:
        print(f"{PROG}: -: {failed.error}", file=sys.stderr)
        tally.add(failed)
        log = _ErrorLog(errors)
        log.add("-", failed.error, failed.exception)
        log.close()
        return tally
    if jsonl:
        _write_stdout(_json_record("-", page) + "\n")
    elif page.text:
        _write_stdout(page.text + "\n")
    tally.add(_Outcome("-", reason="" if page.text else (page.reason or "empty"),
                       kept=len(page.kept), dropped=len(page.dropped)))
    return tally


# --- explain ---------------------------------------------------------------------


def _configure_explain(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a page (.gz allowed); '-' reads standard input")
    _add_model_arguments(p)
    p.add_argument("--all", action="store_true", help="print whole blocks (default: cut at the terminal width)")


_GREEN, _RED, _DIM, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[0m"


def _width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _fit(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` terminal columns (wide CJK characters count 2), with '…' when cut."""
    if sum(map(_width, text)) <= columns:
        return text
    used, out = 0, []
    for ch in text:
        used += _width(ch)
        if used > columns - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def _run_explain(args: argparse.Namespace) -> int:
    filt = _filter(args)
    try:
        if args.file == "-":
            raw, ctype = _read_stdin(filt.options.max_bytes), filt.options.content_type
        else:
            raw = read_input(args.file, max_bytes=filt.options.max_bytes)
            ctype = filt.options.content_type or content_type_for(args.file)
    except PageTooLarge as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except (OSError, InputError) as exc:
        print(f"{PROG}: {args.file}: {_describe(exc, args.file)}", file=sys.stderr)
        return 1
    with _single_threaded_model():
        page = filt.clean(raw, content_type=ctype)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    columns = None if args.all else shutil.get_terminal_size().columns
    lines = []
    ctype = classified_as(page.content_type or "html", filt.options)
    is_text = ctype == "text"
    view = folded(list(page.blocks), markdown=is_text)  # as revise read them
    runs = template_runs(view)
    scores, finals = [b.score for b in page.blocks], [b.keep for b in page.blocks]
    run_of = {i: r for r, (a, z) in enumerate(runs, 1) for i in range(a, z)}
    # why the topic pass flipped a line (plain text): asked with each line's decision before the flip
    edges = edge_verdicts(view, scores,
                          [b.keep != b.revised for b in page.blocks], runs) if is_text and filt.options.revise else {}
    tables = ({i for a, z in markdown_blocks(list(page.blocks)) + text_tables(list(page.blocks)) for i in range(a, z)}
              if is_text else set())
    split = {i for a, z in split_sentences(view) for i in range(a, z)} if is_text else set()
    notices = notice_lines(view, is_text) if filt.options.revise else {}
    policy = set(consent_section(view, [b.keep != b.revised for b in page.blocks])) if filt.options.revise else set()
    related = (set(related_section(view, scores, [True] * len(view)))
               if filt.options.revise else set())
    # references headings with nothing under them, asked with the lines the pass dropped kept
    empty = set(empty_references(view, [b.keep or b.revised for b in page.blocks])) if filt.options.revise else set()
    # the lists the pass kept, found again with their lines dropped as before the pass
    before = [b.keep and not b.revised for b in page.blocks]
    lists = ({i for a, z in list_spans(view, scores, before) for i in range(a, z)}
             if is_text and filt.options.revise else set())
    frame = set(notice_frame(view, before)) if is_text and filt.options.revise else set()
    headed = ({i for h, a, z in headed_tables(view, before) for i in range(h, z)}
              if is_text and filt.options.revise else set())
    chapters = ({i for a, z in chapter_lists(view, before) for i in range(a, z)}
                if is_text and filt.options.revise else set())
    cut = filt.threshold_for(ctype)
    for i, b in enumerate(page.blocks):
        decision = "KEEP" if b.keep else "DROP"
        run = f"R{run_of[i]}" if i in run_of else ""
        head = f"{decision} {b.score:4.2f} {b.kind:<11} {b.tag:<5} {run:<3} {'*' if b.revised else ' '} "
        why = f"  [{edges[i]}]" if b.revised and i in edges else ""
        if is_text and b.revised and b.keep and not why and i in tables:
            why = "  [a code block or table beside kept text]"
        if is_text and b.revised and b.keep and not why and i in split:
            why = "  [part of a sentence split over lines, part of it kept]"
        if is_text and b.revised and b.keep and not why and is_prose(b, b.score):
            why = "  [prose: long, several sentence ends]"
        if b.revised and not b.keep and not why and i in notices:
            why = f"  [{notices[i]}]"
        if is_text and b.revised and b.keep and not why and i in lists:
            why = "  [a list of the article: its items share the core's topic words]"
        if (is_text and b.revised and b.keep and not why and filt.options.revise
                and sentence_between(view, scores, finals, cut, i)):
            why = "  [a sentence near the threshold between two kept sentences]"
        if is_text and b.revised and b.keep and not why and i in headed:
            why = "  [a table under its own heading, right after the article]"
        if is_text and b.revised and b.keep and not why and i in chapters:
            why = "  [a podcast's or video's chapters: time codes in order]"
        if is_text and b.revised and b.keep and not why and i in frame:
            why = "  [an official notice's salutation, closing formula or signature]"
        if is_text and b.revised and not b.keep and not why and caption_label(view[i].text):
            why = "  [a caption: it opens with a caption label]"
        if b.revised and not b.keep and not why and is_consent_notice(view[i].text):
            why = "  [a cookie or consent notice]"
        if b.revised and not b.keep and not why and i in policy:
            why = "  [part of a cookie policy appended below the article]"
        if b.revised and not b.keep and not why and i in related:
            why = "  [a related-reading section: its heading and the lines below it]"
        if b.revised and not b.keep and not why and i in empty:
            why = "  [a references heading with nothing of the article under it]"
        if is_text and b.revised and not b.keep and not why and block_stats(view[i]).get("caption_end"):
            why = "  [a caption credit]"
        text = b.text if columns is None else _fit(b.text, max(columns - len(head) - len(why), 10))
        text += why
        if colour:
            head = (_GREEN if b.keep else _RED) + decision + _RESET + head[4:]
            if b.revised:
                text = _DIM + text + _RESET
        lines.append(head + text)
    threshold = filt.threshold_for(classified_as(page.content_type or "html", filt.options))
    for r, (a, z) in enumerate(runs, 1):
        members = page.blocks[a:z]
        mean = sum(b.score for b in members) / len(members)
        dropped = sum(not b.keep for b in members)
        if mean >= threshold and filt.options.revise:
            spared = sum(b.keep and b.score < RUN_SPARE for b in members)
            later = sum(b.keep for b in members) - spared
            verdict = "dropped as a whole: mean score reaches the threshold" + (
                f" ({spared} kept: scored below {RUN_SPARE:.2f}, confidently content)" if spared else "") + (
                f" ({later} kept again by a later rule, marked on the line)" if later else "")
        else:
            verdict = f"{dropped} of {len(members)} dropped line by line"
        lines.append(f"R{r}: blocks {a + 1}-{z}, {len(members)} look-alike {members[0].tag} blocks "
                     f"(bullet {members[0].bullet or 'none'!r}), mean score {mean:.2f}; {verdict}")
    revised = sum(b.revised for b in page.blocks)
    source = "model card" if filt.options.threshold is None else "--threshold"
    lines.append(f"{len(page.blocks)} blocks: {len(page.kept)} kept, {len(page.dropped)} dropped, "
                 f"{revised} revised (* = flipped by the context pass; Rn = member of template run n); "
                 f"threshold {threshold:.2f} ({source})")
    meta = [f"content type {page.content_type or '?'}"]
    if page.encoding:
        meta.append(f"encoding {page.encoding}")
    if page.language:
        meta.append(f"language {page.language}")
    if page.title:
        meta.append(f"title {page.title!r}")
    if page.reason:
        meta.append(f"empty: {page.reason}")
    lines.append("; ".join(meta))
    text = "\n".join(lines) + "\n"
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # a terminal that cannot show every character
        enc = sys.stdout.encoding or "ascii"
        sys.stdout.write(text.encode(enc, "replace").decode(enc))
    sys.stdout.flush()
    return 0


# --- blocks (issue 3: export blocks to label) -----------------------------------


def _configure_blocks(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files and folders, found as by 'clean' (.html, .htm, .xhtml, .txt, .md, .markdown, "
                        "each also .gz); "
                        "'-' reads standard input")
    p.add_argument("-o", "--output", metavar="LABELS",
                   help="the label file to write (JSON lines, one page a line); '-' writes to standard output")
    _add_model_arguments(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no summary (errors still show)")


def _run_blocks(args: argparse.Namespace) -> int:
    from .labels import page_record, write_labels

    inputs, parser = args.inputs, args.parser
    if not inputs:
        parser.error("give at least one INPUT (a file, a folder or '-')")
    if not args.output:
        parser.error("-o LABELS is required (a .jsonl file, or '-' for standard output)")
    if "-" in inputs and len(inputs) > 1:
        parser.error("'-' (standard input) cannot be combined with other inputs")
    missing = [p for p in inputs if p != "-" and not os.path.lexists(p)]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.output != "-" and os.path.isdir(args.output):
        parser.error(f"output {args.output} is a folder")
    filt = _filter(args)
    errors = 0

    def report(source: str, error: str) -> None:
        nonlocal errors
        errors += 1
        print(f"{PROG}: {source}: {error}", file=sys.stderr)

    def unlistable(exc: OSError) -> None:
        report(exc.filename or "?", exc.strerror or str(exc))

    def pages() -> Iterator[tuple[str, bytes, str | None]]:
        if inputs == ["-"]:
            try:
                yield "-", _read_stdin(filt.options.max_bytes), filt.options.content_type
            except (OSError, InputError) as exc:
                report("-", _describe(exc, "-"))
            return
        for path, _ in iter_inputs(inputs, onerror=unlistable):
            source = str(path)
            try:
                raw = read_input(path, max_bytes=filt.options.max_bytes)
            except (OSError, InputError) as exc:
                report(source, _describe(exc, source))
                continue
            yield source, raw, filt.options.content_type or content_type_for(path)

    counts = Counter()

    def records() -> Iterator[dict]:
        for batch in _batched(pages(), _BATCH):
            # pages of one content type are classified together, as by 'clean'
            cleaned: list = [None] * len(batch)
            groups: dict[str | None, list[int]] = {}
            for i, (_, _, ctype) in enumerate(batch):
                groups.setdefault(ctype, []).append(i)
            for ctype, idx in groups.items():
                try:
                    for i, page in zip(idx, filt.clean_many([batch[i][1] for i in idx], content_type=ctype)):
                        cleaned[i] = page
                except Exception:  # noqa: BLE001 - find the page that failed, one by one
                    pass
            for (source, raw, ctype), page in zip(batch, cleaned):
                if page is None:
                    try:
                        page = filt.clean(raw, content_type=ctype)
                    except Exception as exc:  # noqa: BLE001 - a failed page is counted, never fatal
                        report(source, f"{type(exc).__name__}: {exc}")
                        continue
                rec = page_record(source, page)
                counts["pages"] += 1
                counts["empty"] += not page.blocks
                for b in rec["blocks"]:
                    counts["blocks"] += 1
                    counts["content" if b["label"] == "content" else "boilerplate"] += 1
                yield rec

    with _single_threaded_model():
        if args.output == "-":
            for rec in records():
                _write_stdout(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            write_labels(args.output, records())
    if not args.quiet:
        print(f"{PROG}: {_n(counts['pages'], 'page')} ({counts['empty']} without blocks), "
              f"{_n(counts['blocks'], 'block')}: {counts['content']} content, {counts['boilerplate']} boilerplate "
              f"(the current model's decisions: correct the 'label' of the wrong ones); "
              f"{_n(errors, 'error')}; written to {args.output}", file=sys.stderr)
    return 1 if errors else 0


# --- train (issue 3: retrain on corrected labels) ------------------------------------


def _positive(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not (x > 0 and x != float("inf")):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value}")
    return x


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return n


def _configure_train(p: argparse.ArgumentParser) -> None:
    p.add_argument("labels", nargs="*", metavar="LABELS", help="label files written by 'blocks' and corrected")
    p.add_argument("-o", "--output", metavar="MODEL",
                   help="the model to write (.joblib; its card goes beside it as .json)")
    p.add_argument("--base", default="default", metavar="default|none|MODEL",
                   help="default: build on the shipped model (a correction stacked on it, or a model retrained "
                        "with the development data when they are found, whichever scores better on held-out "
                        "labels); none: a model trained on these labels only; a .joblib path: a correction "
                        "stacked on that model (default: default)")
    p.add_argument("--dev", action="append", metavar="DEV_LABELS",
                   help="label files to measure on and choose the threshold with (repeatable; default: 20%% of "
                        "the labelled pages are held out)")
    p.add_argument("--data", metavar="DIR",
                   help="the development data folder (default: $BOILERFILTER_DATA, else ../shared/data)")
    p.add_argument("--weight", type=_positive, metavar="W",
                   help="with the development data: one labelled page weighs as much as W development pages "
                        "(default 5)")
    p.add_argument("--data-pages", type=_count, metavar="N",
                   help="development pages sampled when the data are used (default 300)")
    p.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                   help="processes to prepare the development pages with, and threads to fit with "
                        "(default 1; 0 = one per CPU)")
    p.add_argument("--no-cache", action="store_true",
                   help="do not cache the prepared development pages (~/.cache/boilerfilter or $BOILERFILTER_CACHE)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")


def _run_train(args: argparse.Namespace) -> int:
    parser = args.parser
    if not args.labels:
        parser.error("give at least one LABELS file")
    if not args.output:
        parser.error("-o MODEL is required")
    missing = [p for p in args.labels + (args.dev or []) if not os.path.isfile(p)]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    if os.path.isdir(args.output):
        parser.error(f"output {args.output} is a folder")
    if args.base not in ("default", "none") and not os.path.isfile(args.base):
        parser.error(f"--base must be 'default', 'none' or a model file, not {args.base!r}")
    from .labels import LabelsError
    from .retrain import DATA_PAGES, DEFAULT_WEIGHT, TrainError, describe, train

    log = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    try:
        report = train(args.labels, args.output, base=args.base, dev=args.dev, data=args.data,
                       weight=args.weight or DEFAULT_WEIGHT, data_pages=args.data_pages or DATA_PAGES,
                       jobs=args.jobs, cache=not args.no_cache, log=log)
    except (LabelsError, TrainError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(describe(report))
    return 0


# --- evaluate (issue 3: measure a model) ---------------------------------------------


def _configure_evaluate(p: argparse.ArgumentParser) -> None:
    p.add_argument("data", nargs="*", metavar="DATA",
                   help="label files (block and token scores against their labels) and dataset folders "
                        "holding a pages.jsonl in the development-data form (token scores against gold_text, "
                        "by dataset and language; snippet scores)")
    p.add_argument("--model", metavar="PATH",
                   help="a .joblib model with its .json card beside it (default: the shipped model)")
    p.add_argument("--threshold", type=_threshold, metavar="X",
                   help="boilerplate-probability cut (default: from the model card)")
    p.add_argument("--compare", metavar="SYSTEMS",
                   help="comma-separated extractors to run on the same pages: trafilatura, "
                        "trafilatura_precision, trafilatura_recall, justext")
    p.add_argument("--max-pages", type=_count, metavar="N", help="at most N pages per dataset (a stable sample)")
    p.add_argument("--heldout", action="store_true",
                   help="in dataset folders, only pages the shipped model never trained on")
    p.add_argument("--floors", metavar="FILE",
                   help='JSON {"<dataset>/<lang>": min_f1, ...} and/or {"block_f1": x, "token_f1": y}: '
                        "exit 1 when a figure is below its floor")
    p.add_argument("--out", metavar="REPORT", help="write the report as JSON here")


def _run_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import COMPARE_SYSTEMS, FloorsError, check_floors, evaluate, load_floors, to_markdown
    from .labels import LabelsError

    parser = args.parser
    if not args.data:
        parser.error("give at least one DATA (a label file or a dataset folder)")
    missing = [p for p in args.data if not os.path.exists(p)]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    compare = [c.strip() for c in (args.compare or "").split(",") if c.strip()]
    unknown = [c for c in compare if c not in COMPARE_SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) to compare: {', '.join(unknown)} (known: {', '.join(COMPARE_SYSTEMS)})")
    floors = None
    if args.floors:
        try:
            floors = load_floors(args.floors)
        except FloorsError as exc:
            parser.error(str(exc))
    filt = BoilerFilter(args.model, Options(threshold=args.threshold))
    filt.load()
    try:
        with _single_threaded_model():
            report = evaluate(args.data, filt, compare, max_pages=args.max_pages, heldout=args.heldout)
    except (LabelsError, ValueError, OSError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    status = 0
    if floors is not None:
        report["floors"] = {"floors": floors, **check_floors(report, floors)}
        status = 1 if report["floors"]["failed"] else 0
        for key in report["floors"]["missing"]:
            print(f"{PROG}: warning: floor {key!r}: no such figure was measured", file=sys.stderr)
    if args.out:
        atomic_write(args.out, json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    sys.stdout.write(to_markdown(report))
    sys.stdout.flush()
    if status:
        failed = report["floors"]["failed"]
        print(f"{PROG}: {_n(len(failed), 'figure')} below its floor: "
              + "; ".join(f"{c['figure']} {c['value']:.3f} < {c['floor']:.3f}" for c in failed), file=sys.stderr)
    return status


#: The sub-commands, in the order ``--help`` lists them. Add a verb by adding an entry.
VERBS: list[Verb] = [
    Verb("clean", "clean pages into text files (or one JSON-lines file)", _configure_clean, _run_clean),
    Verb("explain", "show the decision, score and kind of every block of one page", _configure_explain,
         _run_explain),
    Verb("blocks", "export every block of some pages with the model's decision, to correct and train on",
         _configure_blocks, _run_blocks),
    Verb("train", "train a model on corrected block labels", _configure_train, _run_train),
    Verb("evaluate", "score a model on label files and development-data folders", _configure_evaluate,
         _run_evaluate),
]
