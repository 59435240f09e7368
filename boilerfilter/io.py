"""Files in and out for the command line: find input pages, read them, write results atomically.

Nothing here knows about cleaning; ``cli.py`` puts these pieces together.
"""
from __future__ import annotations

import os
import secrets
import stat
import zlib
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Callable, Iterable, Iterator

__all__ = ["INPUT_SUFFIXES", "RECORD_SUFFIXES", "GZIP_MAGIC", "InputError", "PageTooLarge", "iter_inputs",
           "output_stem", "content_type_for", "read_input", "gunzip", "atomic_open", "atomic_write"]

#: Suffixes of the pages a folder walk picks up, each also with ``.gz`` added.
INPUT_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".md": "text",
                  ".markdown": "text"}
#: Files of many pages: never taken from a walked folder (each is a run of its own, to one
#: output file), but reported to ``iter_inputs``'s ``onskip``.
RECORD_SUFFIXES = frozenset({".warc", ".jsonl", ".parquet"})

_GZ = ".gz"
#: The first bytes of every gzip stream.
GZIP_MAGIC = b"\x1f\x8b"


class InputError(ValueError):
    """An input file that cannot be read as a page (e.g. a corrupt or truncated .gz)."""


class PageTooLarge(InputError):
    """An input page larger than the size limit (refused, not truncated).

    Attributes:
        reason: the refusal without the file name, worded as ``CleanedPage.reason`` is.
    """

    def __init__(self, name: str, detail: str):
        super().__init__(f"{name}: page too large ({detail})")
        self.reason = f"page too large ({detail})"


def _strip_gz(name: str) -> str:
    return name[:-len(_GZ)] if name.lower().endswith(_GZ) else name


def _page_suffix(name: str) -> str:
    """The page suffix of a file name (``.html``, ``.txt``...) after stripping ``.gz``, lowercased."""
    return PurePath(_strip_gz(name)).suffix.lower()


def content_type_for(path: str | os.PathLike) -> str | None:
    """``"html"`` or ``"text"`` from the file name (``.gz`` ignored); None when the suffix says nothing."""
    return INPUT_SUFFIXES.get(_page_suffix(os.fspath(path)))


def output_stem(rel: str | os.PathLike) -> PurePath:
    """The output path of an input without its suffix: ``a/b/page.html.gz`` → ``a/b/page``.

    A name whose stem would be ``.`` or ``..`` (``..html``, ``...html``) keeps its whole
    name: such a stem would name a folder, not a file.
    """
    rel = PurePath(rel)
    name = _strip_gz(rel.name)
    stem = PurePath(name).stem
    return rel.with_name(name if stem in (".", "..") else stem)


def iter_inputs(paths: Iterable[str | os.PathLike], *, exclude: Iterable[str | os.PathLike] = (),
                onerror: Callable[[OSError], None] | None = None,
                onskip: Callable[[Path], None] | None = None) -> Iterator[tuple[Path, PurePath]]:
    """Find the input pages among files and folders, in a stable (sorted) order.

    Args:
        paths: files (taken whatever their suffix) and folders (walked recursively for
            ``.html``, ``.htm``, ``.xhtml``, ``.txt``, ``.md`` and ``.markdown`` files, each
            optionally ``.gz``).
        exclude: folders never to enter, e.g. the output folder when it lies inside an input folder.
        onerror: called with the ``OSError`` of a folder that cannot be listed; None ignores them.
        onskip: called with each WARC, JSON-lines or Parquet file found in a walked folder
            (``RECORD_SUFFIXES``, optionally ``.gz``), which is not taken as a page.

    Yields:
        ``(path, stem)``: the file to read, and where its output goes relative to the output
        folder, without suffix: the path relative to the walked folder (``a/b/page``), or just
        the name for a file given directly.

    Raises:
        FileNotFoundError: for a path that does not exist.
    """
    skip = {os.path.realpath(p) for p in exclude}
    for top in paths:
        top = Path(top)
        if top.is_dir():
            yield from _walk(top, skip, onerror, onskip)
        elif os.path.lexists(top):
            yield top, output_stem(top.name)
        else:
            raise FileNotFoundError(f"no such file or folder: {top}")


def _walk(top: Path, skip: set[str], onerror, onskip) -> Iterator[tuple[Path, PurePath]]:
    # Symbolic links to folders are followed, but each real folder is entered once,
    # which also ends symlink loops.
    seen = set(skip)
    seen.add(os.path.realpath(top))
    for dirpath, dirnames, filenames in os.walk(top, followlinks=True, onerror=onerror):
        keep = []
        for d in sorted(dirnames):
            real = os.path.realpath(os.path.join(dirpath, d))
            if real not in seen:
                seen.add(real)
                keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            suffix = _page_suffix(name)
            if suffix in INPUT_SUFFIXES:
                path = Path(dirpath, name)
                yield path, output_stem(path.relative_to(top))
            elif onskip is not None and suffix in RECORD_SUFFIXES:
                onskip(Path(dirpath, name))


def gunzip(data: bytes, name: str = "input", max_bytes: int | None = None) -> bytes:
    """Decompress gzip bytes (several members allowed).

    Raises:
        InputError: when the data is not gzip, or is corrupt or truncated.
        PageTooLarge: when it decompresses to more than ``max_bytes``.
    """
    d = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = bytearray()
    try:
        while True:
            # at most one byte over the limit (0 = no limit for zlib): a gzip bomb never fills memory
            out += d.decompress(data, 0 if max_bytes is None else max_bytes + 1 - len(out))
            if max_bytes is not None and len(out) > max_bytes:
                raise PageTooLarge(name, f"more than {max_bytes} bytes once decompressed")
            data = d.unconsumed_tail
            if data:
                continue
            if not d.eof:
                raise InputError(f"{name}: truncated gzip file (the compressed stream ends early)")
            data = d.unused_data.lstrip(b"\x00")  # trailing NUL padding is tolerated, as by gzip(1)
            if not data:
                return bytes(out)
            d = zlib.decompressobj(zlib.MAX_WBITS | 16)  # the next member
    except zlib.error as exc:
        raise InputError(f"{name}: corrupt gzip file ({exc})") from None


def read_input(path: str | os.PathLike, *, max_bytes: int | None = None) -> bytes:
    """The bytes of one page, gunzipped when the name ends in ``.gz``.

    Args:
        path: the file.
        max_bytes: refuse pages larger than this (after decompression); None for no limit.

    Raises:
        OSError: when the file cannot be read (missing, a symbolic link loop...).
        InputError: for a corrupt or truncated ``.gz`` file, or a path that is not a
            regular file (a FIFO, a device: reading one could block or never end).
        PageTooLarge: for a page over ``max_bytes``.
    """
    path = Path(path)
    gz = path.name.lower().endswith(_GZ)
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever;
    # it changes nothing for the regular files that are read.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # a FIFO, socket, device (/dev/zero never ends) or folder
            raise InputError(f"{path}: not a regular file")
        if max_bytes is not None and not gz and st.st_size > max_bytes:
            raise PageTooLarge(str(path), f"{st.st_size} bytes > max_bytes {max_bytes}")
        fh = open(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        data = fh.read()
    if not gz:
        return data
    if data and not data.startswith(GZIP_MAGIC):
        raise InputError(f"{path}: not a gzip file (it does not start with the gzip signature)")
    return gunzip(data, str(path), max_bytes) if data else b""


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", *, encoding: str = "utf-8"):
    """Open a temporary file beside ``path`` that replaces ``path`` only when the block succeeds.

    Readers never see a half-written file; on an exception the temporary file is removed
    and ``path`` is left as it was. Parent folders are created. (No fsync: this guards
    against interrupted runs, not against power loss, and an fsync per page costs more
    than cleaning a page.)

    Args:
        path: the final file.
        mode: ``"w"`` (text, newline ``\\n``) or ``"wb"``.
        encoding: for text mode.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"mode must be 'w' or 'wb', not {mode!r}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # os.open with 0o666 lets the umask set the permissions, as for a file written normally
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        if mode == "wb":
            fh = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding=encoding, newline="\n")
        with fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write(path: str | os.PathLike, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_open``)."""
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w", encoding=encoding) as fh:
        fh.write(data)
