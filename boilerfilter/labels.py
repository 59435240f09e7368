"""Block label files: the pages a user corrects by hand and retrains on (``boilerfilter blocks``/``train``).

A label file is JSON lines, one object per page::

    {"format": "boilerfilter-blocks", "version": 1, "source": "site/a.html", "url": null,
     "content_type": "html",
     "blocks": [{"text": "...", "tag": "p", "label": "content", "score": 0.12,
                 "links": 0, "link_chars": 0, "hint": "entry content|post", "path": "html/body/article/p",
                 "bullet": ""}, ...]}

Every fact a block's features are computed from (the ``Block`` fields) is in the file, so
training from it never needs the original page. ``label`` is what a person edits:

* ``"content"``: the block belongs to the main text;
* ``"boilerplate"``, or a kind of boilerplate (``"nav"``, ``"linklist"``, ``"ad"``,
  ``"meta"``): it does not;
* ``"?"`` or ``null``: not labelled; the block still gives its neighbours their context
  features, but it is left out of training and of scores.

``score`` is the model's P(boilerplate) when the file was written, for information only.
Unknown keys are kept out of the way (ignored), so a file can carry notes.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .io import atomic_open
from .result import KINDS, Block, CleanedPage

__all__ = ["FORMAT", "VERSION", "LabelsError", "LabelledPage", "label_value", "page_record",
           "record_of", "parse_record", "read_labels", "iter_labels", "write_labels", "CONTENT",
           "BOILERPLATE", "UNLABELLED"]

FORMAT = "boilerfilter-blocks"
VERSION = 1

#: Label encodings of the classifier (``model.LABELS``): 0 content, 1 boilerplate.
CONTENT, BOILERPLATE = 0, 1
#: Label values that mean "not labelled".
UNLABELLED = ("?", "", None)
#: Every accepted label value and its class.
_LABELS = {k: (CONTENT if k == "content" else BOILERPLATE) for k in KINDS}

# Block fields: name → (type, default). text and tag are required.
_FIELDS = {"text": (str, None), "tag": (str, None), "links": (int, 0), "link_chars": (int, 0),
           "hint": (str, ""), "path": (str, ""), "bullet": (str, "")}


class LabelsError(ValueError):
    """A label file that cannot be read: the message names the file and line."""


def label_value(label) -> int | None:
    """``CONTENT`` (0), ``BOILERPLATE`` (1) or None (unlabelled) for a label value of a file.

    Raises:
        ValueError: for any other value.
    """
    if label in UNLABELLED:
        return None
    if isinstance(label, str):
        key = label.strip().lower()
        if key in UNLABELLED:
            return None
        if key in _LABELS:
            return _LABELS[key]
    accepted = ", ".join(repr(k) for k in KINDS)
    raise ValueError(f"unknown label {label!r} (expected one of {accepted}, '?' or null)")


@dataclass(frozen=True)
class LabelledPage:
    """One page of a label file.

    Attributes:
        source: where the page came from (as written by ``boilerfilter blocks``).
        url: its URL, if known.
        content_type: ``"html"`` or ``"text"``.
        blocks: the page's blocks in order (``keep``/``score``/``kind`` as in the file).
        labels: per block, 0 content, 1 boilerplate or None (unlabelled).
        file: the label file the page was read from ("" when built in memory).
        line: its line number in that file (0 when built in memory).
    """

    source: str
    url: str | None
    content_type: str
    blocks: tuple[Block, ...]
    labels: tuple[int | None, ...]
    file: str = ""
    line: int = 0

    @property
    def is_html(self) -> bool:
        return self.content_type == "html"

    @property
    def labelled(self) -> int:
        """Number of labelled blocks."""
        return sum(lab is not None for lab in self.labels)

    def gold_text(self) -> str:
        """The text of the blocks labelled content, in order (the page's gold main text)."""
        return "\n".join(b.text for b, lab in zip(self.blocks, self.labels) if lab == CONTENT)


def _block_record(b: Block) -> dict:
    return {"text": b.text, "tag": b.tag, "label": b.kind if not b.keep else "content",
            "score": round(float(b.score), 4), "links": int(b.links), "link_chars": int(b.link_chars),
            "hint": b.hint, "path": b.path, "bullet": b.bullet}


def page_record(source: str, page: CleanedPage) -> dict:
    """The label-file record of one cleaned page: every block with the model's decision as its label."""
    return {"format": FORMAT, "version": VERSION, "source": source, "url": page.url,
            "content_type": page.content_type or "html", "blocks": [_block_record(b) for b in page.blocks]}


def record_of(page: LabelledPage) -> dict:
    """The record of a ``LabelledPage`` (labels written as ``content``/``boilerplate``/``?``)."""
    names = {CONTENT: "content", BOILERPLATE: "boilerplate", None: "?"}
    blocks = []
    for b, lab in zip(page.blocks, page.labels):
        rec = _block_record(b)
        rec["label"] = names[lab]
        blocks.append(rec)
    return {"format": FORMAT, "version": VERSION, "source": page.source, "url": page.url,
            "content_type": page.content_type, "blocks": blocks}


def _fail(where: str, message: str):
    raise LabelsError(f"{where}: {message}")


def parse_record(obj, where: str = "<record>", *, file: str = "", line: int = 0) -> LabelledPage:
    """Validate one decoded JSON record and turn it into a ``LabelledPage``.

    Args:
        obj: the decoded JSON value.
        where: how errors name the record (``"labels.jsonl:3"``).

    Raises:
        LabelsError: naming ``where`` and, for a block, its index.
    """
    if not isinstance(obj, dict):
        _fail(where, f"expected a JSON object, got {type(obj).__name__}")
    if obj.get("format") != FORMAT:
        _fail(where, f"not a {FORMAT} record (format is {obj.get('format')!r})")
    if obj.get("version") != VERSION:
        _fail(where, f"unsupported version {obj.get('version')!r} (this boilerfilter reads version {VERSION})")
    source = obj.get("source", "")
    if not isinstance(source, str):
        _fail(where, "'source' must be a string")
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        _fail(where, "'url' must be a string or null")
    ctype = obj.get("content_type")
    if ctype not in ("html", "text"):
        _fail(where, f"'content_type' must be 'html' or 'text', not {ctype!r}")
    raw_blocks = obj.get("blocks")
    if not isinstance(raw_blocks, list):
        _fail(where, "'blocks' must be a list")
    blocks, labels = [], []
    for i, rb in enumerate(raw_blocks):
        at = f"block {i}"
        if not isinstance(rb, dict):
            _fail(where, f"{at}: expected a JSON object, got {type(rb).__name__}")
        if "label" not in rb:
            _fail(where, f"{at}: missing 'label' (use '?' or null for an unlabelled block)")
        try:
            lab = label_value(rb["label"])
        except ValueError as exc:
            _fail(where, f"{at}: {exc}")
        values = {}
        for name, (typ, default) in _FIELDS.items():
            v = rb.get(name, default)
            if v is None:
                _fail(where, f"{at}: missing '{name}'")
            if typ is int and (isinstance(v, bool) or not isinstance(v, int)):
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                else:
                    _fail(where, f"{at}: '{name}' must be a whole number, not {v!r}")
            if typ is int and v < 0:
                _fail(where, f"{at}: '{name}' must not be negative")
            if typ is str and not isinstance(v, str):
                _fail(where, f"{at}: '{name}' must be a string, not {type(v).__name__}")
            values[name] = v
        if not values["text"].strip():
            _fail(where, f"{at}: empty 'text'")
        score = rb.get("score", 0.0)
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            _fail(where, f"{at}: 'score' must be a number, not {score!r}")
        kind = rb["label"].strip().lower() if isinstance(rb["label"], str) and lab is not None else "content"
        blocks.append(Block(keep=lab != BOILERPLATE, score=float(score),
                            kind=kind if lab == BOILERPLATE else "content", **values))
        labels.append(lab)
    return LabelledPage(source=source, url=url, content_type=ctype, blocks=tuple(blocks),
                        labels=tuple(labels), file=file, line=line)


def iter_labels(path: str | os.PathLike) -> Iterator[LabelledPage]:
    """Read the pages of one label file, in order, validating each line.

    Blank lines are skipped. Raises ``LabelsError`` naming the file and line number of
    the first bad record, and ``OSError`` when the file cannot be read.
    """
    path = Path(path)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise LabelsError(f"{where}: not valid JSON ({exc})") from None
            yield parse_record(obj, where, file=str(path), line=n)


def read_labels(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[LabelledPage]:
    """Every page of one or more label files (see ``iter_labels``).

    Raises:
        LabelsError: a bad record, or a file without any page.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out = []
    for p in paths:
        try:
            pages = list(iter_labels(p))
        except UnicodeDecodeError as exc:
            raise LabelsError(f"{p}: not UTF-8 text ({exc.reason})") from None
        except OSError as exc:
            raise LabelsError(f"{p}: {exc.strerror or exc}") from None
        if not pages:
            raise LabelsError(f"{p}: no page records")
        out.extend(pages)
    return out


def write_labels(path: str | os.PathLike, records: Iterable[dict | LabelledPage]) -> int:
    """Write records (dicts from ``page_record`` or ``LabelledPage`` objects) atomically.

    Every record is validated before the file is replaced. Returns the number written.
    """
    n = 0
    with atomic_open(path) as fh:
        for rec in records:
            if isinstance(rec, LabelledPage):
                rec = record_of(rec)
            parse_record(rec, f"record {n + 1}")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
