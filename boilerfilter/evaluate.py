"""Measure a model on label files and on development-data folders (``boilerfilter evaluate``).

Two kinds of data:

* **label files** (``boilerfilter blocks`` output, corrected by a person): block
  precision/recall/F1 of the class "content" over the labelled blocks, and token
  P/R/F1 (``metrics.page_scores``) of the kept text against the text of the blocks
  labelled content. Unlabelled blocks give context but are scored on neither side.
* **dataset folders** in the development-data form (a folder with ``pages.jsonl`` and
  the raw pages it names, see ``devdata``): token P/R/F1 of the cleaned text against
  ``gold_text`` per dataset and per language bucket, and must / must-not snippet
  scores where a page has ``gold_with``/``gold_without``.

Other extractors (``--compare``) run on the same decoded page: trafilatura with its
defaults (and its precision / recall modes), and jusText with the stoplist of the page's
language, or its language-independent mode where it has none. (Moved here from
``benchmarks/quality.py``, which imports it.)

Only scores and counts are reported, never page text.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from . import metrics
from .devdata import DevPage, iter_pages, split_of
from .labels import CONTENT, LabelledPage, read_labels

__all__ = ["COMPARE_SYSTEMS", "LANG_BUCKETS", "FloorsError", "predict_scores", "decisions", "label_scores",
           "evaluate_label_file", "evaluate_dataset", "select_pages", "sample_key", "run_extractor",
           "justext_stoplist", "run_justext", "make_trafilatura", "evaluate", "load_floors",
           "check_floors", "to_markdown", "is_dataset_folder"]

LANG_BUCKETS = ("en", "zh", "ja", "other")

# ISO 639 code -> jusText stoplist name (only those jusText ships are used).
_JUSTEXT_NAMES = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "ast": "Asturian", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian",
    "ca": "Catalan", "ceb": "Cebuano", "cs": "Czech", "cv": "Chuvash", "cy": "Welsh",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "fy": "West_Frisian", "ga": "Irish", "gl": "Galician", "gu": "Gujarati",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "ig": "Igbo", "io": "Ido", "is": "Icelandic",
    "it": "Italian", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh", "kn": "Kannada",
    "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi",
    "ms": "Malay", "mt": "Maltese", "nb": "Norwegian_Bokmal", "ne": "Nepali", "nl": "Dutch",
    "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "oc": "Occitan", "pl": "Polish",
    "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sh": "Serbo_Croatian",
    "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "su": "Sundanese",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tk": "Turkmen",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "war": "Waray_Waray", "yo": "Yoruba",
}


class FloorsError(ValueError):
    """A floors file that cannot be used."""


# --- other extractors ---------------------------------------------------------------------


def justext_stoplist(lang: str | None) -> frozenset:
    """jusText stoplist for an ISO code; empty (language-independent mode) if none."""
    import justext

    code = (lang or "").lower().replace("_", "-").split("-")[0]
    name = _JUSTEXT_NAMES.get(code)
    if name and name in justext.get_stoplists():
        return justext.get_stoplist(name)
    return frozenset()


def run_justext(text: str, url: str | None, lang: str | None) -> str:
    """jusText's non-boilerplate paragraphs, one per line."""
    import justext

    stoplist = justext_stoplist(lang)
    kwargs = {} if stoplist else {"stopwords_low": 0.0, "stopwords_high": 0.0}
    paragraphs = justext.justext(text, stoplist, **kwargs)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def make_trafilatura(**options):
    """A runner calling ``trafilatura.extract`` on the decoded page with ``options``."""

    def _run(text: str, url: str | None, lang: str | None) -> str:
        """trafilatura's plain-text extraction ('' when it finds nothing)."""
        import trafilatura

        return trafilatura.extract(text, **options) or ""

    return _run


#: Extractors ``--compare`` can name: each takes (decoded html, url, language code).
COMPARE_SYSTEMS = {
    "trafilatura": make_trafilatura(),
    "trafilatura_precision": make_trafilatura(favor_precision=True),
    "trafilatura_recall": make_trafilatura(favor_recall=True),
    "justext": run_justext,
}


def run_extractor(name: str, text: str, url: str | None = None, lang: str | None = None) -> tuple[str, str]:
    """``(output, error)`` of a compared extractor on a decoded page; a failure is an empty output."""
    try:
        return COMPARE_SYSTEMS[name](text, url, lang), ""
    except Exception as exc:  # noqa: BLE001 - scored as an empty extraction, reported
        return "", f"{type(exc).__name__}: {exc}"[:300]


# --- label files -------------------------------------------------------------------------


def predict_scores(model, pages: list[LabelledPage]) -> list[list[float]]:
    """P(boilerplate) of every block of every page, with one predict call.

    Args:
        model: anything with ``predict_proba(rows) -> P(boilerplate)`` per row (a ``Model``).
    """
    from .features import page_features

    rows, spans = [], []
    for p in pages:
        feats = page_features(p.blocks, is_html=p.is_html)
        spans.append((len(rows), len(rows) + len(feats)))
        rows.extend(feats)
    probs = list(map(float, model.predict_proba(rows))) if rows else []
    return [probs[a:b] for a, b in spans]


def decisions(page: LabelledPage, scores: list[float], threshold: float, revise: bool = True) -> list[bool]:
    """Keep flags of a page's blocks, as ``BoilerFilter`` decides them (context pass included)."""
    from .revise import revise as _revise

    if not page.blocks:
        return []
    if revise:
        return _revise(list(page.blocks), list(scores), threshold)
    return [s < threshold for s in scores]


def _prf(p: float, r: float, f: float, **extra) -> dict:
    return {"precision": p, "recall": r, "f1": f, **extra}


def label_scores(pages: list[LabelledPage], keeps: list[list[bool]]) -> dict:
    """Block and token scores of keep decisions against the labels.

    Args:
        pages: labelled pages.
        keeps: per page, the keep flag of each block.

    Returns:
        ``{"block": {precision, recall, f1, blocks}, "token": {precision, recall, f1, pages}}``:
        block scores pooled over every labelled block; token scores per page (kept labelled
        text vs the text of the blocks labelled content), averaged over pages with at
        least one labelled block.
    """
    pred, gold, pairs = [], [], []
    for page, keep in zip(pages, keeps):
        if not page.labelled:
            continue
        kept_text, gold_text = [], []
        for b, k, lab in zip(page.blocks, keep, page.labels):
            if lab is None:
                continue
            pred.append(bool(k))
            gold.append(lab == CONTENT)
            if k:
                kept_text.append(b.text)
            if lab == CONTENT:
                gold_text.append(b.text)
        pairs.append(metrics.page_scores("\n".join(kept_text), "\n".join(gold_text)))
    p, r, f = metrics.block_prf(pred, gold)
    return {"block": _prf(p, r, f, blocks=len(pred)), "token": metrics.aggregate(pairs)}


def _source_of(page: LabelledPage) -> Path | None:
    """The page's original file, if it can still be found (relative to cwd or to the label file)."""
    if not page.source or page.source == "-":
        return None
    cands = [Path(page.source)]
    if page.file and not Path(page.source).is_absolute():
        cands.append(Path(page.file).parent / page.source)
    return next((c for c in cands if c.is_file()), None)


def evaluate_label_file(path: str | os.PathLike, filt, compare: Iterable[str] = ()) -> dict:
    """Scores of the filter's model (and of compared extractors) on one label file.

    The filter's decisions are made from the file's blocks alone. A compared extractor
    needs the original page: it runs where the record's ``source`` can still be read
    (HTML pages only), scored by tokens against the text of the blocks labelled content.
    """
    from .decode import decode_bytes
    from .io import read_input

    pages = read_labels(path)
    model = filt.load()
    scores = predict_scores(model, pages)
    keeps = [decisions(p, s, filt.threshold, filt.options.revise) for p, s in zip(pages, scores)]
    out = {"kind": "labels", "pages": len(pages), "labelled_pages": sum(1 for p in pages if p.labelled),
           "systems": {"boilerfilter": label_scores(pages, keeps)}}
    for name in compare:
        pairs, missing, errors = [], 0, 0
        for p in pages:
            if not p.labelled:
                continue
            src = _source_of(p)
            if src is None or not p.is_html:
                missing += 1
                continue
            try:
                text, _ = decode_bytes(read_input(src))
            except Exception:  # noqa: BLE001 - an unreadable source is a missing page
                missing += 1
                continue
            predicted, err = run_extractor(name, text, p.url, None)
            errors += bool(err)
            pairs.append(metrics.page_scores(predicted, p.gold_text()))
        out["systems"][name] = {"token": metrics.aggregate(pairs), "pages_without_source": missing,
                                "errors": errors}
    return out


# --- dataset folders ---------------------------------------------------------------------


def is_dataset_folder(path: str | os.PathLike) -> bool:
    """True for a folder holding a ``pages.jsonl`` (the development-data form)."""
    return (Path(path) / "pages.jsonl").is_file()


def sample_key(page: DevPage) -> str:
    """A stable pseudo-random order of pages (so a cap is not file order)."""
    return hashlib.sha1(f"{page.dataset}/{page.id}".encode()).hexdigest()


def select_pages(root, datasets: list[str], langs: list[str] | None, max_pages: int | None,
                 split: dict[str, set[str]] | None, heldout: bool = False) -> list[DevPage]:
    """Pages with a gold text or snippets, filtered and capped per dataset.

    Args:
        root: the data folder.
        datasets: dataset names (folders of ``root``).
        langs: language buckets or codes to keep, or None for all.
        max_pages: at most this many pages per dataset (a stable sample), or None.
        split: ``{dataset: ids}`` to restrict to, or None.
        heldout: drop the pages the shipped model trained on (``devdata.split_of``).
    """
    selected: list[DevPage] = []
    for dataset in datasets:
        pages = [
            p for p in iter_pages(dataset, root=root, langs=langs)
            if (p.gold_text and p.gold_text.strip()) or p.gold_with or p.gold_without
        ]
        if split is not None:
            wanted = split.get(dataset, set())
            pages = [p for p in pages if p.id in wanted]
        if heldout:
            pages = [p for p in pages if split_of(p) != "train"]
        if max_pages is not None and len(pages) > max_pages:
            pages = sorted(pages, key=sample_key)[:max_pages]
        selected.extend(pages)
    return selected


def _read_raw(page: DevPage) -> bytes:
    """A dataset page's bytes: gunzipped when its file ends in ``.gz`` (the development data), else as is."""
    from .io import read_input

    return read_input(page.raw_path)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def evaluate_dataset(folder: str | os.PathLike, filt, compare: Iterable[str] = (), *,
                     max_pages: int | None = None, heldout: bool = False, log=None) -> dict:
    """Token and snippet scores of the filter (and compared extractors) on one dataset folder.

    Every system runs on the same decoded ``str`` of each page. Returns ``{"kind":
    "dataset", "pages", "decode_errors", "all": {system: scores}, "by_lang": {lang:
    {system: scores}}, "snippets": {system: ...}, "errors": {system: n}}``.
    """
    from .decode import decode_bytes

    folder = Path(folder).resolve()
    pages = select_pages(folder.parent, [folder.name], None, max_pages, None, heldout=heldout)
    systems = ["boilerfilter", *compare]
    decoded, failures = [], 0
    for p in pages:
        try:
            decoded.append((p, decode_bytes(_read_raw(p))[0]))
        except Exception:  # noqa: BLE001 - counted; the page is left out for every system
            failures += 1
    outputs: dict[str, list[str]] = {}
    errors = {s: 0 for s in systems}
    outputs["boilerfilter"] = [page.text for page in filt.clean_many(
        [(text, p.url) for p, text in decoded], content_type="html")]
    for name in compare:
        outs = []
        for p, text in decoded:
            predicted, err = run_extractor(name, text, p.url, p.lang)
            errors[name] += bool(err)
            outs.append(predicted)
        outputs[name] = outs
    pairs: dict = defaultdict(list)
    snips: dict = defaultdict(lambda: ([], []))
    empty: dict = defaultdict(int)
    for i, (p, _) in enumerate(decoded):
        for name in systems:
            predicted = outputs[name][i]
            if p.gold_text and p.gold_text.strip():
                pr = metrics.page_scores(predicted, p.gold_text)
                pairs[name, "all"].append(pr)
                pairs[name, p.text_lang].append(pr)
                empty[name, "all"] += not predicted
                empty[name, p.text_lang] += not predicted
            if p.gold_with or p.gold_without:
                found, absent = metrics.snippet_scores(predicted, p.gold_with, p.gold_without)
                if found is not None:
                    snips[name][0].append(found)
                if absent is not None:
                    snips[name][1].append(absent)

    def scores(name: str, key: str) -> dict:
        return {**metrics.aggregate(pairs[name, key]), "empty": empty[name, key]}

    by_lang = {lang: {name: scores(name, lang) for name in systems}
               for lang in LANG_BUCKETS if pairs["boilerfilter", lang]}
    out = {"kind": "dataset", "pages": len(pages), "decode_errors": failures,
           "all": {name: scores(name, "all") for name in systems}, "by_lang": by_lang, "errors": errors}
    if any(snips[name][0] or snips[name][1] for name in systems):
        out["snippets"] = {name: {"with_found": _mean(snips[name][0]), "without_absent": _mean(snips[name][1]),
                                  "pages": max(len(snips[name][0]), len(snips[name][1]))} for name in systems}
    return out


# --- the whole run, floors, report -------------------------------------------------------


def evaluate(data: Iterable[str | os.PathLike], filt, compare: Iterable[str] = (), *,
             max_pages: int | None = None, heldout: bool = False) -> dict:
    """Evaluate label files and dataset folders; the report as a JSON-ready dict.

    Args:
        data: label files (``.jsonl``) and dataset folders (holding ``pages.jsonl``).
        filt: the ``BoilerFilter`` to measure (its model, threshold and options).
        compare: names from ``COMPARE_SYSTEMS``.
        max_pages: at most this many pages per dataset folder (a stable sample).
        heldout: in dataset folders, only pages the shipped model never trained on.

    Raises:
        ValueError: for an unknown compared system or a DATA path that is neither.
        labels.LabelsError: for a bad label file.
    """
    compare = list(compare)
    unknown = [c for c in compare if c not in COMPARE_SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system(s) to compare: {', '.join(unknown)} "
                         f"(known: {', '.join(COMPARE_SYSTEMS)})")
    model = filt.load()
    report = {"format": "boilerfilter-evaluation", "version": 1,
              "model": {"path": model.path, "sha256": model.card.get("sha256"),
                        "name": model.card.get("name", ""), "threshold": filt.threshold},
              "settings": {"compare": compare, "max_pages": max_pages, "heldout": heldout,
                           "revise": filt.options.revise},
              "labels": {}, "datasets": {}}
    for item in data:
        path = Path(item)
        if path.is_dir():
            if not is_dataset_folder(path):
                raise ValueError(f"{path}: a folder without pages.jsonl is not a dataset")
            name = path.resolve().name
            while name in report["datasets"]:
                name += "'"
            report["datasets"][name] = {"path": str(path), **evaluate_dataset(
                path, filt, compare, max_pages=max_pages, heldout=heldout)}
        elif path.is_file():
            report["labels"][str(path)] = evaluate_label_file(path, filt, compare)
        else:
            raise ValueError(f"{path}: no such file or folder")
    return report


def load_floors(path: str | os.PathLike) -> dict[str, float]:
    """A floors file: JSON ``{"<dataset>/<lang>": min_f1, ...}`` and/or ``{"block_f1": x, "token_f1": y}``.

    ``<lang>`` is a language bucket (``en``, ``zh``, ``ja``, ``other``) or ``all``.

    Raises:
        FloorsError: when the file is not such an object of numbers in [0, 1].
    """
    try:
        floors = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise FloorsError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise FloorsError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(floors, dict) or not floors:
        raise FloorsError(f"{path}: expected a non-empty JSON object of floors")
    for key, value in floors.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
            raise FloorsError(f"{path}: floor {key!r} must be a number within [0, 1], not {value!r}")
        if key not in ("block_f1", "token_f1") and "/" not in key:
            raise FloorsError(f"{path}: floor {key!r} is neither 'block_f1', 'token_f1' nor '<dataset>/<lang>'")
    return {k: float(v) for k, v in floors.items()}


def check_floors(report: dict, floors: dict[str, float]) -> dict:
    """Compare boilerfilter's figures with their floors.

    ``block_f1`` and ``token_f1`` apply to every label file; ``<dataset>/<lang>`` to the
    token F1 of that dataset's language bucket (``<dataset>/all``: the whole dataset).

    Returns:
        ``{"checked": [{figure, value, floor, ok}], "failed": [...], "missing": [keys]}``;
        a floor whose figure was not measured is listed in ``missing`` (not a failure).
    """
    checked, missing = [], []
    for key, floor in floors.items():
        found = []
        if key in ("block_f1", "token_f1"):
            kind = key.split("_")[0]
            for path, res in report["labels"].items():
                found.append((f"{path}: {key}", res["systems"]["boilerfilter"][kind]["f1"]))
        else:
            dataset, _, lang = key.rpartition("/")
            res = report["datasets"].get(dataset)
            if res is not None:
                scores = res["all"] if lang == "all" else res["by_lang"].get(lang)
                if scores is not None and scores["boilerfilter"]["pages"]:
                    found.append((f"{key}: token_f1", scores["boilerfilter"]["f1"]))
        if not found:
            missing.append(key)
        for figure, value in found:
            checked.append({"figure": figure, "value": value, "floor": floor, "ok": value >= floor})
    return {"checked": checked, "failed": [c for c in checked if not c["ok"]], "missing": missing}


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def to_markdown(report: dict) -> str:
    """The report as Markdown tables."""
    compare = report["settings"]["compare"]
    m = report["model"]
    lines = [f"Model: {m['path']} (threshold {m['threshold']:.2f})", ""]
    if report["labels"]:
        head = ("| labels | pages | blocks | block P | block R | block F1 | token P | token R | token F1 |"
                + "".join(f" {c} token F1 |" for c in compare))
        lines += ["## Label files", "", head, "|---" + "|---:" * (8 + len(compare)) + "|"]
        for path, res in report["labels"].items():
            b, t = res["systems"]["boilerfilter"]["block"], res["systems"]["boilerfilter"]["token"]
            row = (f"| {path} | {t['pages']} | {b['blocks']} | {_fmt(b['precision'])} | {_fmt(b['recall'])} "
                   f"| {_fmt(b['f1'])} | {_fmt(t['precision'])} | {_fmt(t['recall'])} | {_fmt(t['f1'])} |")
            for c in compare:
                s = res["systems"][c]
                row += f" {_fmt(s['token']['f1']) if s['token']['pages'] else '–'} |"
            lines.append(row)
        lines.append("")
    if report["datasets"]:
        systems = ["boilerfilter", *compare]
        lines += ["## Datasets: token F1 (precision / recall)", "",
                  "| dataset | lang | pages | " + " | ".join(systems) + " |",
                  "|---|---|---:|" + "---|" * len(systems)]
        for name, res in report["datasets"].items():
            groups = [("all", res["all"])] + list(res["by_lang"].items())
            for lang, scores in groups:
                cells = [f"{_fmt(scores[s]['f1'])} ({_fmt(scores[s]['precision'])} / {_fmt(scores[s]['recall'])})"
                         for s in systems]
                lines.append(f"| {name} | {lang} | {scores['boilerfilter']['pages']} | " + " | ".join(cells) + " |")
        lines.append("")
        snip = {n: r["snippets"] for n, r in report["datasets"].items() if "snippets" in r}
        if snip:
            lines += ["## Snippets: must-have found / must-not absent", "",
                      "| dataset | pages | " + " | ".join(systems) + " |", "|---|---:|" + "---|" * len(systems)]
            for name, s in snip.items():
                lines.append(f"| {name} | {s['boilerfilter']['pages']} | " + " | ".join(
                    f"{_fmt(s[x]['with_found'], 2)} / {_fmt(s[x]['without_absent'], 2)}" for x in systems) + " |")
            lines.append("")
    floors = report.get("floors")
    if floors:
        lines += ["## Floors", "", "| figure | value | floor | |", "|---|---:|---:|---|"]
        for c in floors["checked"]:
            verdict = "ok" if c["ok"] else "BELOW"
            lines.append(f"| {c['figure']} | {_fmt(c['value'])} | {_fmt(c['floor'])} | {verdict} |")
        for key in floors["missing"]:
            lines.append(f"| {key} | – | {_fmt(floors['floors'][key])} | not measured |")
        lines.append("")
    return "\n".join(lines)
