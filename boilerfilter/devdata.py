"""Reading the development data (labelled pages) from a configurable path.

The development data are third-party pages with gold main content, normalised
into one schema: each dataset is a folder holding ``pages.jsonl`` (one JSON
object per page) and ``html/<id>.html.gz`` (the original raw bytes, gzipped).
They are never part of this repository: this module only reads them from
where they are, found by :func:`data_dir`.

Which datasets may feed a shipped model is recorded in
:data:`DATASET_LICENCES`; the others may be used to measure and experiment.
"""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

__all__ = [
    "ENV_VAR",
    "DEFAULT_DATA_DIR",
    "DATASET_LICENCES",
    "DevPage",
    "data_dir",
    "list_datasets",
    "trainable_datasets",
    "iter_pages",
    "site_of",
    "text_lang_of",
]

#: Environment variable naming the data folder (it wins over the defaults).
ENV_VAR = "BOILERFILTER_DATA"

_REPO_ROOT = Path(__file__).resolve().parent.parent

#: dataset → (licence, whether a shipped model may be trained on it).
DATASET_LICENCES: dict[str, tuple[str, bool]] = {
    "wcxb": ("CC-BY-4.0", True),
    "magic-html-bench": ("Apache-2.0", True),
    "readability-tests": ("Apache-2.0", True),
    "webmainbench-samples": ("Apache-2.0", True),
    "trafilatura-eval": ("Apache-2.0", True),
    "cleaneval": ("research use only (no licence)", False),
    "cleanportaleval": ("research use only (cite)", False),
    "l3s-gn1": ("L3S research-only licence", False),
    "dragnet": ("AGPL-3.0", False),
    "googletrends-2017": ("not stated", False),
    "gne-test-pages": ("GPL-3.0", False),
}


def data_dir(path: str | os.PathLike | None = None) -> Path | None:
    """Find the development data folder.

    Order: ``path`` if given; else ``$BOILERFILTER_DATA`` if set (and then
    only it: a wrong setting is not silently replaced); else
    ``../shared/data`` relative to the current working directory; else
    ``<repo>/../shared/data`` where ``<repo>`` is the parent of the package.

    Args:
        path: an explicit folder, or None to use the defaults.

    Returns:
        The folder, or None when it does not exist.
    """
    if path is not None:
        candidates = [Path(path)]
    elif os.environ.get(ENV_VAR):
        candidates = [Path(os.environ[ENV_VAR])]
    else:
        candidates = [Path.cwd() / ".." / "shared" / "data", _REPO_ROOT / ".." / "shared" / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    return None


#: The data folder found at import time (None when absent); call
#: :func:`data_dir` to look again.
DEFAULT_DATA_DIR: Path | None = data_dir()


def text_lang_of(lang: str | None) -> str:
    """Map an ISO language code to the bucket "zh", "ja", "en" or "other"."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in ("zh", "ja", "en") else "other"


def _as_tuple(value: object) -> tuple | None:
    """Turn a JSON list into a tuple (so pages stay hashable); keep None."""
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DevPage:
    """One labelled development page.

    Attributes:
        dataset: the dataset folder name, e.g. ``"wcxb"``.
        id: the page id, unique within the dataset.
        url: the page URL, when known.
        lang: ISO language code of the gold text, when known.
        gold_text: the gold main content, paragraphs separated by ``\\n``.
        gold_with: snippets a good extraction contains.
        gold_without: snippets a good extraction does not contain.
        split: the split given by the source (``"dev"``, ``"test"``...), if any.
        raw_path: path of the gzipped raw HTML bytes.
        page_type: the source's page type (``"article"``...), if any.
        gold_blocks: ``(text, label)`` block labels, for datasets that have them.
    """

    dataset: str
    id: str
    url: str | None
    lang: str | None
    gold_text: str | None
    gold_with: tuple[str, ...] | None
    gold_without: tuple[str, ...] | None
    split: str | None
    raw_path: Path
    page_type: str | None = None
    gold_blocks: tuple[tuple[str, str], ...] | None = None

    def raw(self) -> bytes:
        """Return the page's original HTML bytes (undecoded).

        Returns:
            The gunzipped bytes of ``raw_path``.
        """
        return gzip.decompress(self.raw_path.read_bytes())

    @property
    def text_lang(self) -> str:
        """The language bucket: ``"zh"``, ``"ja"``, ``"en"`` or ``"other"``."""
        return text_lang_of(self.lang)


def list_datasets(root: str | os.PathLike | None = None) -> list[str]:
    """Names of the dataset folders (those holding a ``pages.jsonl``).

    Args:
        root: the data folder; None uses :func:`data_dir`.

    Returns:
        Sorted dataset names; empty when there is no data folder.
    """
    base = data_dir(root)
    if base is None:
        return []
    return sorted(p.parent.name for p in base.glob("*/pages.jsonl"))


def trainable_datasets() -> list[str]:
    """Datasets whose licence allows training the shipped model.

    Returns:
        Sorted names of the datasets marked trainable in :data:`DATASET_LICENCES`.
    """
    return sorted(name for name, (_, ok) in DATASET_LICENCES.items() if ok)


def _gold_blocks(value: object) -> tuple[tuple[str, str], ...] | None:
    """Turn a JSON ``gold_blocks`` list into (text, label) tuples."""
    if not value:
        return None
    return tuple((str(b.get("text", "")), str(b.get("label", ""))) for b in value)  # type: ignore[union-attr]


def iter_pages(
    dataset: str,
    root: str | os.PathLike | None = None,
    langs: Iterable[str] | None = None,
    require_gold_text: bool = False,
) -> Iterator[DevPage]:
    """Read the pages of one dataset, in file order.

    Args:
        dataset: the dataset folder name, e.g. ``"magic-html-bench"``.
        root: the data folder; None uses :func:`data_dir`.
        langs: keep only pages whose language bucket (``"zh"``, ``"ja"``,
            ``"en"``, ``"other"``) or exact ``lang`` code is listed; None keeps all.
        require_gold_text: skip pages without a non-empty ``gold_text``.

    Yields:
        :class:`DevPage` objects.

    Raises:
        FileNotFoundError: when the data folder or the dataset is missing.
    """
    base = data_dir(root)
    if base is None:
        raise FileNotFoundError(
            f"development data not found (set ${ENV_VAR} or pass root=...)"
        )
    folder = base / dataset
    index = folder / "pages.jsonl"
    if not index.is_file():
        raise FileNotFoundError(f"no pages.jsonl for dataset {dataset!r} in {base}")
    wanted = None if langs is None else {code.strip().lower() for code in langs}
    with index.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            page = DevPage(
                dataset=dataset,
                id=str(record["id"]),
                url=record.get("url") or None,
                lang=record.get("lang") or None,
                gold_text=record.get("gold_text"),
                gold_with=_as_tuple(record.get("gold_with")),
                gold_without=_as_tuple(record.get("gold_without")),
                split=record.get("split"),
                raw_path=folder / record["html"],
                page_type=record.get("page_type"),
                gold_blocks=_gold_blocks(record.get("gold_blocks")),
            )
            if require_gold_text and not (page.gold_text or "").strip():
                continue
            if wanted is not None and not (
                page.text_lang in wanted or (page.lang or "").lower() in wanted
            ):
                continue
            yield page


def site_of(page: DevPage) -> str:
    """The site a page belongs to, for splits that keep a site on one side.

    Args:
        page: a development page.

    Returns:
        The URL's hostname, lowercased and without a leading ``www.``; when the
        page has no usable URL, ``"<dataset>:<id>"`` (each such page is its own site).
    """
    host = ""
    if page.url:
        try:
            host = urlsplit(page.url.strip()).hostname or ""
        except ValueError:
            host = ""
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or f"{page.dataset}:{page.id}"


#: 1 in DEV_MODULO sites of a trainable dataset is held out as the development split
#: (site-grouped: no page of a held-out site is ever trained on).
DEV_MODULO = 5


def split_of(page: DevPage) -> str:
    """``"dev"`` (held out) or ``"train"`` for a page of a trainable dataset, ``"eval"`` otherwise.

    Stable across runs and machines: a hash of the page's site.
    """
    import hashlib

    if not DATASET_LICENCES.get(page.dataset, ("", False))[1]:
        return "eval"
    h = int(hashlib.sha1(site_of(page).encode()).hexdigest(), 16)
    return "dev" if h % DEV_MODULO == 0 else "train"
