"""Tests of the command line (boilerfilter.cli), with a tiny model trained here.

The tests check structure and outcomes (which files, which records, which exit status),
never which block a particular model drops: the reference for a page's text is what
``BoilerFilter.clean`` returns for the same bytes with the same model.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from boilerfilter import BoilerFilter, Options, __version__
from boilerfilter.cli import VERBS, build_parser, main

REPO = Path(__file__).resolve().parents[1]

_PARAGRAPHS = [
    "The harbor council voted on Tuesday to turn the old ferry terminal into a park that doubles as a "
    "flood barrier, ending two years of debate about the future of the waterfront.",
    "Residents said the plan would protect the homes along the shore while opening the water to walkers, "
    "cyclists and the weekly fish market that has had no fixed place since the terminal closed.",
    "Construction is expected to begin next spring and to last about eighteen months, officials said, "
    "and the town will pay for it with a state grant and a bond approved by voters last year.",
]

HTML = ("<html><head><title>Harbor park</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav><article><h1>Harbor town votes for a park</h1>"
        + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
        + "</article><footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer>"
          "</body></html>")
TEXT = "Home\nNews\nSport\n" + "\n".join(_PARAGRAPHS) + "\nPrivacy\nTerms\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An html, a txt, a .gz, an empty page and a corrupt .gz, in nested folders."""
    root = tmp_path / "site"
    (root / "a" / "b").mkdir(parents=True)
    (root / "c").mkdir()
    (root / "a" / "b" / "page.html").write_text(HTML, encoding="utf-8")
    (root / "a" / "notes.txt").write_text(TEXT, encoding="utf-8")
    (root / "c" / "zipped.htm.gz").write_bytes(gzip.compress(HTML.replace("Tuesday", "Monday").encode()))
    (root / "empty.html").write_bytes(b"")
    packed = gzip.compress(HTML.encode())
    (root / "c" / "broken.html.gz").write_bytes(packed[: len(packed) // 2])
    return root


# the run's bookkeeping in OUT_DIR beside the outputs: the --resume state file and the error log
_BOOKKEEPING = {".boilerfilter-done.jsonl", "errors.jsonl"}


def _files(root: Path) -> dict[str, bytes]:
    """The outputs under ``root`` (not the bookkeeping files), by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.relative_to(root).as_posix() not in _BOOKKEEPING}


def _expected_text(model: str, raw: bytes, content_type: str) -> str:
    return BoilerFilter(model).clean(raw, content_type=content_type).text


# --- clean --------------------------------------------------------------------------


def test_clean_mirrors_tree_reports_and_exits_1_on_corrupt_gz(site, tmp_path, tiny_model, capsys):
    out = tmp_path / "out"
    status = main(["clean", str(site), "-o", str(out), "--model", tiny_model])
    err = capsys.readouterr().err
    assert status == 1
    files = _files(out)
    assert sorted(files) == ["a/b/page.txt", "a/notes.txt", "c/zipped.txt"]
    # each output is exactly what the library makes of the page, plus a final newline
    assert files["a/b/page.txt"].decode() == _expected_text(tiny_model, HTML.encode(), "html") + "\n"
    assert files["a/notes.txt"].decode() == _expected_text(tiny_model, TEXT.encode(), "text") + "\n"
    assert all(text.strip() for text in files.values())
    # the failure names the file and the reason; the summary counts every outcome
    assert re.search(r"broken\.html\.gz: truncated gzip file", err)
    assert "5 pages: 3 written, 1 empty, 1 error;" in err
    assert re.search(r"empty: 1 empty input: \S*empty\.html", err)
    assert re.search(r"blocks: \d+ kept, \d+ dropped; [\d.]+ s, [\d.]+ pages/s", err)
    assert "Traceback" not in err


def test_clean_names_the_record_files_it_passes_over_in_a_folder(site, tmp_path, tiny_model, capsys):
    (site / "c" / "crawl.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\n"))
    (site / "a" / "dump.jsonl").write_text('{"html": "<p>x</p>"}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model]) == 1  # the corrupt .gz
    err = capsys.readouterr().err
    assert sorted(_files(out)) == ["a/b/page.txt", "a/notes.txt", "c/zipped.txt"]
    assert re.search(r"note: 2 WARC, JSON-lines or Parquet files inside the input folders not read "
                     r"\(first: \S*dump\.jsonl\)", err)
    assert "5 pages:" in err  # neither counts as a page
    # a folder without such files says nothing of them
    assert main(["clean", str(site / "a" / "b"), "-o", str(tmp_path / "out2"), "--model", tiny_model]) == 0
    assert "not read" not in capsys.readouterr().err


def test_clean_with_the_resiliparse_extractor(site, tmp_path, tiny_model):
    pytest.importorskip("resiliparse", reason="resiliparse (extra 'resiliparse') is not installed")
    out = tmp_path / "out"
    main(["clean", str(site / "a" / "b" / "page.html"), "-o", str(out), "--model", tiny_model,
          "--extractor", "resiliparse"])
    want = BoilerFilter(tiny_model, Options(extractor="resiliparse")).clean(HTML.encode(), content_type="html")
    assert (out / "page.txt").read_text("utf-8") == want.text + "\n"
    assert {b.tag for b in want.blocks} == {"line"}


def test_clean_all_good_pages_exit_0_and_quiet_prints_nothing(site, tmp_path, tiny_model, capsys):
    (site / "c" / "broken.html.gz").unlink()
    status = main(["clean", str(site), "-o", str(tmp_path / "out"), "--model", tiny_model, "--quiet"])
    assert status == 0
    assert capsys.readouterr().err == ""


def test_clean_output_folder_inside_input_is_not_read_back(site, tiny_model, capsys):
    out = site / "out"
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model]) == 1
    first = _files(out)
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model]) == 1
    assert _files(out) == first
    assert "5 pages:" in capsys.readouterr().err


def test_clean_file_inputs_use_their_names(site, tmp_path, tiny_model):
    out = tmp_path / "out"
    assert main(["clean", str(site / "a" / "b" / "page.html"), str(site / "c" / "zipped.htm.gz"),
                 "-o", str(out), "--model", tiny_model]) == 0
    assert sorted(_files(out)) == ["page.txt", "zipped.txt"]


def test_clean_two_inputs_with_one_output_path_is_an_error(tmp_path, tiny_model, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.html").write_text(HTML, encoding="utf-8")
    (src / "page.txt").write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--model", tiny_model]) == 1
    err = capsys.readouterr().err
    assert "page.txt: its output" in err and "already written from" in err
    assert _files(tmp_path / "out")["page.txt"].decode() == _expected_text(tiny_model, HTML.encode(), "html") + "\n"


def test_clean_removes_stale_output_of_a_page_that_is_now_empty(site, tmp_path, tiny_model):
    out = tmp_path / "out"
    (out).mkdir()
    (out / "empty.txt").write_text("from an earlier run\n")
    main(["clean", str(site), "-o", str(out), "--model", tiny_model, "--quiet"])
    assert not (out / "empty.txt").exists()


def test_clean_jsonl_writes_one_record_per_page(site, tmp_path, tiny_model, capsys):
    out = tmp_path / "out"
    assert main(["clean", str(site), "-o", str(out), "--format", "jsonl", "--model", tiny_model]) == 1
    assert sorted(_files(out)) == ["pages.jsonl"]
    records = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    by_name = {Path(r["source"]).name: r for r in records}
    assert sorted(by_name) == ["empty.html", "notes.txt", "page.html", "zipped.htm.gz"]  # not the corrupt one
    for r in records:
        assert {"source", "text", "reason", "content_type", "title", "language", "encoding", "blocks"} <= set(r)
        for b in r["blocks"]:
            assert set(b) == {"text", "tag", "keep", "score", "kind", "revised"}
            assert isinstance(b["keep"], bool) and 0.0 <= b["score"] <= 1.0
        assert r["text"] == "\n".join(b["text"] for b in r["blocks"] if b["keep"])
    assert by_name["empty.html"]["reason"] == "empty input" and by_name["empty.html"]["text"] == ""
    assert by_name["notes.txt"]["content_type"] == "text"
    assert by_name["page.html"]["content_type"] == "html"
    assert "Harbor" in by_name["page.html"]["title"]
    assert by_name["page.html"]["text"] == _expected_text(tiny_model, HTML.encode(), "html")
    assert "broken.html.gz" in capsys.readouterr().err


def test_clean_content_type_flag_overrides_the_file_name(site, tmp_path, tiny_model):
    out = tmp_path / "out"
    main(["clean", str(site / "a" / "b" / "page.html"), "-o", str(out), "--format", "jsonl",
          "--content-type", "text", "--model", tiny_model])
    record = json.loads((out / "pages.jsonl").read_text("utf-8"))
    assert record["content_type"] == "text"
    assert {b["tag"] for b in record["blocks"]} == {"line"}


def test_clean_jobs_2_gives_the_same_outputs_as_jobs_1(site, tmp_path, tiny_model):
    for i in range(12):  # more pages than one worker batch
        (site / "many" / f"p{i:02d}.txt").parent.mkdir(exist_ok=True)
        (site / "many" / f"p{i:02d}.txt").write_text(TEXT.replace("Tuesday", f"day {i}"), encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        for fmt in ("txt", "jsonl"):
            out = tmp_path / f"out-{jobs}-{fmt}"
            status = main(["clean", str(site), "-o", str(out), "--format", fmt, "--jobs", jobs,
                           "--model", tiny_model, "--quiet"])
            assert status == 1
            outputs[jobs, fmt] = _files(out)
    assert outputs["1", "txt"] == outputs["2", "txt"]
    assert len(outputs["1", "txt"]) == 15
    assert outputs["1", "jsonl"] == outputs["2", "jsonl"]


def test_clean_stdin_to_stdout(tiny_model, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML.encode("utf-8"))))
    assert main(["clean", "-", "--model", tiny_model, "--content-type", "html"]) == 0
    captured = capsys.readouterr()
    assert captured.out == _expected_text(tiny_model, HTML.encode(), "html") + "\n"
    assert "1 page: 1 written" in captured.err


def test_clean_stdin_gzip_and_jsonl(tiny_model, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(TEXT.encode()))))
    assert main(["clean", "-", "--model", tiny_model, "--format", "jsonl", "-q"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == "-"
    assert record["text"] == BoilerFilter(tiny_model).clean(TEXT.encode()).text


def test_clean_stdin_empty_is_not_an_error(tiny_model, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["clean", "-", "--model", tiny_model]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "empty: 1 empty input" in captured.err


def test_clean_stdin_subprocess(tiny_model):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "boilerfilter", "clean", "-", "--model", tiny_model, "-q"],
                          input=TEXT.encode("utf-8"), capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == BoilerFilter(tiny_model).clean(TEXT.encode()).text + "\n"
    assert proc.stderr == b""


@pytest.mark.parametrize("args, message", [
    (["clean", "SITE"], "-o OUT_DIR is required"),
    (["clean", "-", "-o", "OUT"], "-o is not used"),
    (["clean", "-", "SITE"], "cannot be combined"),
    (["clean", "SITE/missing", "-o", "OUT"], "no such file or folder"),
    (["clean", "SITE/a", "-o", "SITE"], "is inside the output folder"),
    (["clean", "SITE", "-o", "SITE"], "is inside the output folder"),
    (["clean", "SITE", "-o", "OUT", "--threshold", "2"], "must be within [0, 1]"),
    (["clean", "SITE", "-o", "OUT", "--jobs", "-1"], "must be 0"),
    (["clean", "SITE", "-o", "OUT", "--format", "csv"], "invalid choice"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_exit_2(args, message, site, tmp_path, tiny_model, capsys):
    argv = [a.replace("SITE", str(site)).replace("OUT", str(tmp_path / "out")) for a in args]
    assert main(argv + ["--model", tiny_model] if argv[0] == "clean" else argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "clean" in capsys.readouterr().err


def test_bad_model_exits_2_with_a_message(site, tmp_path, capsys):
    missing = tmp_path / "missing.joblib"
    assert main(["clean", str(site), "-o", str(tmp_path / "out"), "--model", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "model file not found" in err and "Traceback" not in err
    unverified = tmp_path / "unverified.joblib"
    unverified.write_bytes(b"not a model")
    assert main(["explain", str(site / "a" / "notes.txt"), "--model", str(unverified)]) == 2
    err = capsys.readouterr().err
    assert "model card not found" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


# --- explain ------------------------------------------------------------------------

_LINE = re.compile(r"^(KEEP|DROP) (\d\.\d\d) (\S+) +(\S+) +(R\d+)? +([* ]) (.*)$")


def test_explain_lists_every_block_with_its_decision(site, tiny_model, capsys):
    assert main(["explain", str(site / "a" / "b" / "page.html"), "--model", tiny_model, "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    page = BoilerFilter(tiny_model).clean(HTML.encode(), content_type="html")
    block_lines = [m for m in map(_LINE.match, lines) if m]
    assert len(block_lines) == len(page.blocks) > 0
    for m, b in zip(block_lines, page.blocks):
        assert m.group(1) == ("KEEP" if b.keep else "DROP")
        assert m.group(2) == f"{b.score:.2f}"
        assert (m.group(3), m.group(4), m.group(7)) == (b.kind, b.tag, b.text)
        assert (m.group(6) == "*") == b.revised
    footer = "\n".join(lines[len(block_lines):])
    assert f"{len(page.blocks)} blocks: {len(page.kept)} kept, {len(page.dropped)} dropped" in footer
    assert "threshold 0.50 (model card)" in footer
    assert "\x1b[" not in "\n".join(lines)  # no colour when stdout is not a terminal


def test_explain_names_template_runs_and_their_verdict(tmp_path, tiny_model, capsys):
    titles = [f"- Guide {i}: the best build for level {i} in the new season" for i in range(5)]
    page = tmp_path / "runs.txt"
    page.write_text("\n".join(["An article paragraph that tells the story and ends with a full stop."] + titles),
                    encoding="utf-8")
    assert main(["explain", str(page), "--model", tiny_model, "--all"]) == 0
    out = capsys.readouterr().out
    members = [m for m in map(_LINE.match, out.splitlines()) if m and m.group(5)]
    assert [m.group(7) for m in members] == titles and {m.group(5) for m in members} == {"R1"}
    summary = re.search(r"^R1: blocks 2-6, 5 look-alike line blocks \(bullet '-'\), mean score (\d\.\d\d); (.*)$",
                        out, re.M)
    assert summary, out
    dropped = sum(m.group(1) == "DROP" for m in members)
    if float(summary.group(1)) >= 0.5:
        assert summary.group(2).startswith("dropped as a whole") and dropped == 5
    else:
        assert summary.group(2) == f"{dropped} of 5 dropped line by line"


@pytest.fixture
def pinned(monkeypatch):
    """The shipped model's scores, with the lines holding a given text pinned to a given
    score (``pinned[text] = score``): the explain tests need a rule to flip a line, which
    must not hang on what a retrained model happens to score it."""
    from boilerfilter.features import TEXT_KEY
    from boilerfilter.model import Model

    pins: dict[str, float] = {}
    real = Model.predict_proba

    def predict_proba(self, rows):
        p = real(self, rows)
        for i, row in enumerate(rows):
            for part, score in pins.items():
                if part in row[TEXT_KEY]:
                    p[i] = score
        return p

    monkeypatch.setattr(Model, "predict_proba", predict_proba)
    return pins


def test_explain_says_why_the_topic_pass_flipped_a_line(capsys, pinned):
    """Plain text: the title is kept and the glued headlines dropped, each with its reason."""
    pinned.update({"春耕时节": 0.7, "男子网购": 0.3})  # the model would drop the title, keep the glued line
    page = Path(__file__).resolve().parent.parent / "examples" / "pages" / "text" / "zh-flattened.txt"
    assert main(["explain", str(page), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    title = next(x for x in lines if "春耕时节" in x)
    glued = next(x for x in lines if "男子网购" in x)
    assert title.startswith("KEEP") and re.search(r"\[title of the core: \d+ of its \d+ topic words", title)
    assert glued.startswith("DROP") and re.search(r"\[off topic: \d+ of its \d+ topic words", glued)
    article = next(x for x in lines if "种粮大户陈建国" in x)
    assert article.startswith("KEEP") and "[" not in article


def test_explain_names_a_split_sentence_and_a_caption_credit(tmp_path, capsys, pinned):
    """Plain text: the reasons of the split-sentence and caption-credit rules are printed beside the lines."""
    pinned.update({"(File photo)": 0.36, "Movers in the city": 0.75, "certificate of insurance": 0.75})
    page = tmp_path / "page.txt"
    page.write_text("When the club pointed its homemade telescope at the western sky last October, the students "
                    "hoped to photograph the moons of Jupiter and the rings of Saturn.\n"
                    "The students' telescope in the school's parking lot. (File photo)\n"
                    "Movers in the city often ask for a\n"
                    "certificate of insurance\n"
                    "before they take the lift, and some buildings want it a week ahead of the move.\n"
                    "The object turned out to be a comet on a long orbit, the Minor Planet Center confirmed two "
                    "weeks later, and it will be brightest next spring.\n", "utf-8")
    assert main(["explain", str(page), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # the model keeps the caption (0.36) and drops the fragments (0.75): the context pass flips all three
    caption = next(x for x in lines if "(File photo)" in x)
    assert caption.startswith("DROP") and caption.endswith("[a caption credit]")
    for part in ("Movers in the city", "certificate of insurance"):
        line = next(x for x in lines if part in x)
        assert line.startswith("KEEP") and line.endswith("[part of a sentence split over lines, part of it kept]")


def test_explain_names_a_notices_frame_and_a_bracketed_caption(tmp_path, capsys, pinned):
    """Plain text: the reasons of the notice-frame and caption-label rules are printed beside the lines."""
    pinned.update({"各位居民": 0.81, "临江区水务局": 0.9, "2024年6月5日": 0.95, "[사진]": 0.3})
    body = ("为解决滨河路片区老旧供水管道漏损问题，区水务局将于6月15日对该片区供水管网进行改造，届时将暂停供水。\n"
            "施工期间请居民提前储水，并关闭家中水龙头，以免恢复供水时造成浪费或损失。\n")
    page = tmp_path / "page.txt"
    page.write_text("各位居民、各相关单位：\n" + body + "[사진] 滨河路施工现场\n" + body + "临江区水务局\n2024年6月5日\n",
                    "utf-8")
    assert main(["explain", str(page), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert next(x for x in lines if "各位居民" in x).startswith("KEEP")  # as the first line, the title rule names it
    for part in ("临江区水务局", "2024年6月5日"):
        line = next(x for x in lines if part in x)
        assert line.startswith("KEEP") and line.endswith("[an official notice's salutation, closing formula or signature]")
    caption = next(x for x in lines if "[사진]" in x)
    assert caption.startswith("DROP") and caption.endswith("[a caption: it opens with a caption label]")


def test_explain_names_an_author_box_and_a_list_of_the_article(tmp_path, capsys):
    """Shipped model, plain text: the reasons of the list and author-box rules are printed beside the lines."""
    page = tmp_path / "page.txt"
    page.write_text("五局激戰兩小時十七分鐘，東海大學在先失兩局的劣勢下連扳三局，以三比二擊敗北體，拿下大專排球聯賽女子組冠軍。\n"
                    "決勝局雙方一路拉鋸，打到十三平手。關鍵時刻林思妤連續兩記強攻得手，東海大學終於拿下冠軍，全隊衝進場內慶祝。\n"
                    "北體隊長吳佩珊則坦言，第四局後段體能下滑，東海的發球一直打在我們的弱點上，最後只能看著對手慶祝。\n"
                    "本屆最佳陣容\n"
                    "• 最有價值球員：林思妤（東海）\n"
                    "• 最佳舉球員：張語彤（東海）\n"
                    "• 最佳自由球員：吳佩珊（北體）\n"
                    "About the author: Owen Hartley writes about work, attention and the small habits that make a "
                    "day feel lighter. He lives in Leeds with two cats.\n", "utf-8")
    assert main(["explain", str(page), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    author = next(x for x in lines if "About the author" in x)
    assert author.startswith("DROP") and "[an author box]" in author
    kept = [x for x in lines if "最佳" in x or "最有價值" in x]
    assert len(kept) == 4 and all(x.startswith("KEEP") for x in kept)
    assert any("[a list of the article" in x for x in kept)


def test_explain_threshold_flag_is_used_and_shown(site, tiny_model, capsys):
    assert main(["explain", str(site / "a" / "notes.txt"), "--model", tiny_model, "--threshold", "1"]) == 0
    out = capsys.readouterr().out
    assert "threshold 1.00 (--threshold)" in out
    assert not re.search(r"^DROP", out, re.M) or re.search(r"^DROP .* \* ", out, re.M)  # only revised drops


def test_explain_cuts_blocks_to_the_terminal_width(site, tiny_model, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["explain", str(site / "a" / "notes.txt"), "--model", tiny_model]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if _LINE.match(ln)]
    assert lines and all(len(ln) <= 60 for ln in lines)
    assert any(ln.endswith("…") for ln in lines)


def test_explain_colour_only_on_a_terminal_without_no_color(site, tiny_model, monkeypatch, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["explain", str(site / "a" / "notes.txt"), "--model", tiny_model])
    assert "\x1b[32mKEEP" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["explain", str(site / "a" / "notes.txt"), "--model", tiny_model])
    assert "\x1b[" not in capsys.readouterr().out


def test_explain_reads_stdin_and_gz(site, tiny_model, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(TEXT.encode()))))
    assert main(["explain", "-", "--model", tiny_model, "--content-type", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum(bool(_LINE.match(ln)) for ln in lines) == len(TEXT.strip().splitlines())


def test_explain_empty_page_and_unreadable_file(site, tiny_model, capsys):
    assert main(["explain", str(site / "empty.html"), "--model", tiny_model]) == 0
    assert "0 blocks" in capsys.readouterr().out
    assert main(["explain", str(site / "c" / "broken.html.gz"), "--model", tiny_model]) == 1
    assert "truncated gzip" in capsys.readouterr().err


# --- the program ----------------------------------------------------------------------


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"boilerfilter {__version__}"


def test_python_m_boilerfilter_version():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "boilerfilter", "--version"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"boilerfilter {__version__}"


def test_every_verb_is_a_subcommand():
    parser = build_parser()
    for verb in VERBS:
        args = parser.parse_args([verb.name, "-"] if verb.name in ("clean", "explain") else [verb.name])
        assert args.run is verb.run


def test_options_are_built_once_from_the_flags(tiny_model, monkeypatch, tmp_path):
    seen = []
    real_init = BoilerFilter.__init__

    def spy(self, model=None, options=None):
        seen.append(options)
        real_init(self, model, options)

    monkeypatch.setattr(BoilerFilter, "__init__", spy)
    (tmp_path / "p.txt").write_text(TEXT)
    main(["clean", str(tmp_path / "p.txt"), "-o", str(tmp_path / "out"), "--model", tiny_model,
          "--threshold", "0.7", "--content-type", "text", "-q"])
    main(["clean", str(tmp_path / "p.txt"), "-o", str(tmp_path / "out2"), "--model", tiny_model,
          "--no-fallback", "--no-replies", "-q"])
    assert seen == [Options(threshold=0.7, content_type="text", time_limit=30.0),
                    Options(time_limit=30.0, fallback=False, replies=False)]


# --- clean: --resume and the error log --------------------------------------------------

_STATE = ".boilerfilter-done.jsonl"


def _state(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / _STATE).read_text("utf-8").splitlines()]


def _pages(root: Path, n: int, empty: tuple[int, ...] = ()) -> Path:
    """``n`` small pages (html and txt by turns) in two folders; the pages numbered in ``empty`` are empty."""
    for i in range(n):
        path = root / ("one" if i % 2 else "two") / (f"p{i:02d}.html" if i % 3 else f"p{i:02d}.txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        if i in empty:
            path.write_bytes(b"")
        elif path.suffix == ".html":
            path.write_text(HTML.replace("Tuesday", f"day {i}"), encoding="utf-8")
        else:
            path.write_text(TEXT.replace("Tuesday", f"day {i}"), encoding="utf-8")
    return root


def _interrupted_run(monkeypatch, argv: list[str], first: int) -> None:
    """Run ``argv`` as if it were stopped after the first ``first`` input pages."""
    import itertools

    import boilerfilter.cli as cli

    real = cli.iter_inputs
    monkeypatch.setattr(cli, "iter_inputs", lambda *a, **k: itertools.islice(real(*a, **k), first))
    try:
        main(argv)
    finally:
        monkeypatch.setattr(cli, "iter_inputs", real)


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_clean_resume_finishes_an_interrupted_run_as_one_run_would(fmt, tmp_path, tiny_model, monkeypatch, capsys):
    src = _pages(tmp_path / "src", 6, empty=(1,))
    whole, out = tmp_path / "whole", tmp_path / "out"
    common = ["--format", fmt, "--model", tiny_model]
    assert main(["clean", str(src), "-o", str(whole)] + common) == 0
    _interrupted_run(monkeypatch, ["clean", str(src), "-o", str(out), "-q"] + common, first=3)
    assert len(_state(out)) == 3 and {s["status"] for s in _state(out)} == {"written", "empty"}
    if fmt == "jsonl":  # a record cut short by the interruption
        with open(out / "pages.jsonl", "a", encoding="utf-8") as fh:
            fh.write('{"source": "half a rec')
    with open(out / _STATE, "a", encoding="utf-8") as fh:
        fh.write('{"source": "one/p05.htm')
    capsys.readouterr()
    assert main(["clean", str(src), "-o", str(out), "--resume"] + common) == 0
    err = capsys.readouterr().err
    assert "6 pages: 3 written, 0 empty, 0 errors, 3 skipped as already done;" in err
    assert _files(out) == _files(whole)  # byte-identical outputs
    assert sorted(s["source"] for s in _state(out)) == sorted(s["source"] for s in _state(whole))
    assert {s["source"] for s in _state(out)} == {"one/p01.html", "one/p03.txt", "one/p05.html",
                                                  "two/p00.txt", "two/p02.html", "two/p04.html"}
    # resuming a finished run does nothing
    assert main(["clean", str(src), "-o", str(out), "--resume"] + common) == 0
    assert "0 written, 0 empty, 0 errors, 6 skipped as already done;" in capsys.readouterr().err
    assert _files(out) == _files(whole)


def test_clean_resume_retries_errors_and_needs_an_output_folder(site, tmp_path, tiny_model, capsys):
    out = tmp_path / "out"
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model, "-q"]) == 1
    assert {s["source"]: s["status"] for s in _state(out)} == {
        "a/b/page.html": "written", "a/notes.txt": "written", "c/broken.html.gz": "error",
        "c/zipped.htm.gz": "written", "empty.html": "empty"}
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model, "--resume"]) == 1
    assert "5 pages: 0 written, 0 empty, 1 error, 4 skipped as already done;" in capsys.readouterr().err
    assert main(["clean", "-", "--resume", "--model", tiny_model]) == 2
    assert "--resume needs -o" in capsys.readouterr().err


def test_clean_resume_after_sigkill_gives_the_outputs_of_an_uninterrupted_run(tmp_path, tiny_model):
    import signal
    import time

    src = _pages(tmp_path / "src", 40, empty=(7,))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    whole, out = tmp_path / "whole", tmp_path / "out"

    def clean(dest: Path, *extra: str, **kwargs):
        return subprocess.Popen([sys.executable, "-m", "boilerfilter", "clean", str(src), "-o", str(dest),
                                 "--model", tiny_model, *extra], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, **kwargs)

    proc = clean(out)
    deadline = time.monotonic() + 60
    while not any(out.rglob("*.txt")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode in (-signal.SIGKILL, 0)
    done_at_kill = len([p for p in out.rglob("*.txt")])

    (out / "two").mkdir(parents=True, exist_ok=True)
    (out / "two" / ".p98.txt.0badcafe.tmp").write_text("what a kill during a write leaves\n")
    resumed, full = clean(out, "--resume"), clean(whole)
    _, resumed_err = resumed.communicate(timeout=120)
    full.communicate(timeout=120)
    assert resumed.returncode == 0 and full.returncode == 0, resumed_err
    assert _files(out) == _files(whole)
    assert len(_files(whole)) == 39
    assert not [p.name for p in out.rglob("*") if p.name.startswith(".") and p.name.endswith(".tmp")]
    m = re.search(rb"(\d+) skipped as already done", resumed_err)
    assert m and int(m.group(1)) >= done_at_kill >= 1
    # every page is recorded once, also those killed between their output and their state line
    assert sorted(s["source"] for s in _state(whole)) == sorted(s["source"] for s in _state(out))


def test_clean_error_log_lists_failed_pages_with_reason_and_exception(site, tmp_path, tiny_model, capsys):
    out = tmp_path / "out"
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model, "-q"]) == 1
    lines = (out / "errors.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [{
        "input": str(site / "c" / "broken.html.gz"),
        "reason": "truncated gzip file (the compressed stream ends early)",
        "exception": "InputError"}]
    # --errors FILE elsewhere; a run without failures leaves no stale log behind
    log = tmp_path / "logs" / "failed.jsonl"
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model, "-q", "--errors", str(log)]) == 1
    assert json.loads(log.read_text("utf-8"))["exception"] == "InputError"
    (site / "c" / "broken.html.gz").unlink()
    assert main(["clean", str(site), "-o", str(out), "--model", tiny_model, "-q"]) == 0
    assert not (out / "errors.jsonl").exists()


def test_clean_help_documents_the_exit_statuses(capsys):
    assert main(["clean", "--help"]) == 0
    out = capsys.readouterr().out
    for line in ("0    every page was processed", "1    some page failed (see the error log",
                 "2    usage error, or a model that cannot be loaded", "130  interrupted"):
        assert line in out
    assert "--resume" in out and "--errors FILE" in out


# --- clean: the time limit and worker deaths ---------------------------------------------

STALL, KILL, HANG = "STALL-THIS-PAGE", "KILL-THIS-WORKER", "HANG-IN-NATIVE-CODE"

# Loaded by every Python process of a subprocess run whose PYTHONPATH starts with its
# folder (the CLI and its workers): pages holding STALL sleep 5 minutes in segmentation,
# pages holding KILL end their process at once, as a crash in native code would, and
# pages holding HANG sleep with SIGALRM blocked, as a native call that never returns
# would (its handler never runs).
_SITECUSTOMIZE = f"""
import os, signal, time
import boilerfilter.filter as _filter
_real = _filter.segment_html
def _segment(text, url=None, **kwargs):
    if {STALL!r} in text:
        time.sleep(300)
    if {KILL!r} in text:
        os._exit(70)
    if {HANG!r} in text:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(300)
    return _real(text, url, **kwargs)
_filter.segment_html = _segment
"""


def _hooked_cli(tmp_path: Path, *args: str, timeout: float = 150) -> subprocess.CompletedProcess:
    """``python -m boilerfilter ARGS`` with the STALL/KILL pages armed (see _SITECUSTOMIZE)."""
    hooks = tmp_path / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    path = [str(hooks), str(REPO), os.environ.get("PYTHONPATH")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, path))}
    return subprocess.run([sys.executable, "-m", "boilerfilter", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


def _errors(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]


def test_clean_time_limit_reports_a_stalled_page_and_cleans_the_rest_of_its_batch(tmp_path, tiny_model, monkeypatch,
                                                                                    capsys):
    import time

    import boilerfilter.filter as filter_module

    real = filter_module.segment_html

    def segment(text, url=None, **kwargs):
        if STALL in text:
            time.sleep(60)  # 60 times the limit: a run that is not stopped fails below
        return real(text, url, **kwargs)

    monkeypatch.setattr(filter_module, "segment_html", segment)
    src = _pages(tmp_path / "src", 6)
    (src / "one" / "stall.html").write_text(HTML.replace("Tuesday", STALL), encoding="utf-8")
    out = tmp_path / "out"
    (out / "one").mkdir(parents=True)
    (out / "one" / "stall.txt").write_text("an earlier run's text\n")  # must not pass for this run's
    started = time.monotonic()
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model, "--time-limit", "1"]) == 1
    assert time.monotonic() - started < 30
    err = capsys.readouterr().err
    assert "7 pages: 6 written, 0 empty, 1 error;" in err
    assert f"{src / 'one' / 'stall.html'}: time limit exceeded (1 s)" in err
    assert _errors(out) == [{"input": str(src / "one" / "stall.html"), "reason": "time limit exceeded (1 s)",
                             "exception": "TimeLimitExceeded"}]
    assert "one/stall.txt" not in _files(out) and len(_files(out)) == 6  # the batch's other pages are out
    assert {s["source"]: s["status"] for s in _state(out)}["one/stall.html"] == "error"


def test_clean_stdin_over_the_time_limit_fails(tiny_model, monkeypatch, capsys, tmp_path):
    import time

    import boilerfilter.filter as filter_module

    real = filter_module.segment_html
    monkeypatch.setattr(filter_module, "segment_html",
                        lambda text, url=None, **kw: time.sleep(60) if STALL in text else real(text, url, **kw))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"<p>{STALL}</p>".encode())))
    log = tmp_path / "errors.jsonl"
    assert main(["clean", "-", "--model", tiny_model, "--time-limit", "0.5", "--errors", str(log)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "-: time limit exceeded (0.5 s)" in captured.err
    assert json.loads(log.read_text("utf-8"))["exception"] == "TimeLimitExceeded"


@pytest.mark.parametrize("value", ["-1", "inf", "soon"])
def test_clean_time_limit_must_be_a_positive_number(value, site, tmp_path, tiny_model, capsys):
    assert main(["clean", str(site), "-o", str(tmp_path / "out"), "--model", tiny_model, "--time-limit", value]) == 2
    assert "--time-limit" in capsys.readouterr().err


def test_clean_jobs_survives_a_worker_death_and_a_stall_losing_only_those_pages(tmp_path, tiny_model):
    src = _pages(tmp_path / "src", 40, empty=(5,))
    (src / "two" / "killer.html").write_text(HTML.replace("Tuesday", KILL), encoding="utf-8")
    (src / "one" / "stall.html").write_text(HTML.replace("Tuesday", STALL), encoding="utf-8")
    whole, out = tmp_path / "whole", tmp_path / "out"
    # the reference: the same pages in this process, where neither page is armed
    assert main(["clean", str(src), "-o", str(whole), "--model", tiny_model, "-q"]) == 0
    common = ["--model", tiny_model, "--jobs", "2", "--time-limit", "2"]
    proc = _hooked_cli(tmp_path, "clean", str(src), "-o", str(out), *common)
    assert proc.returncode == 1, proc.stderr
    assert "42 pages: 39 written, 1 empty, 2 errors;" in proc.stderr, proc.stderr
    assert sorted(_errors(out), key=lambda e: e["input"]) == [
        {"input": str(src / "one" / "stall.html"), "reason": "time limit exceeded (2 s)",
         "exception": "TimeLimitExceeded"},
        {"input": str(src / "two" / "killer.html"),
         "reason": "worker died while cleaning this page (its process ended abruptly)",
         "exception": "BrokenProcessPool"}]
    expected = {k: v for k, v in _files(whole).items() if k not in ("two/killer.txt", "one/stall.txt")}
    assert _files(out) == expected and len(expected) == 39
    # --resume afterwards redoes just the two failed pages (which fail again), nothing else
    proc = _hooked_cli(tmp_path, "clean", str(src), "-o", str(out), "--resume", *common)
    assert proc.returncode == 1, proc.stderr
    assert "42 pages: 0 written, 0 empty, 2 errors, 40 skipped as already done;" in proc.stderr
    assert _files(out) == expected
    assert len(_errors(out)) == 2


# --- clean: path edge cases ----------------------------------------------------------------

_ODD_NAMES = ["a page with spaces", "página", "页面 ページ", "$HOME", "a;b", "it's", 'say "hi"', "star*",
              "back\\slash", "-dash", "line\nbreak", "tab\there", ".", "..", "...", "x.", " lead"]


def _odd_site(root: Path) -> Path:
    """One html page per odd name (as ``NAME.html``), in an odd folder too."""
    names = []
    for name in _ODD_NAMES:
        try:
            path = root / "d $; 'x'" / f"{name}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(HTML.replace("Tuesday", name), encoding="utf-8")
            names.append(name)
        except (OSError, ValueError):  # a file system that refuses the name
            pass
    assert len(names) >= 10
    return root


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_clean_odd_file_names_are_mirrored_and_resumed(jobs, tmp_path, tiny_model, capsys):
    src = _odd_site(tmp_path / "src")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model, "--jobs", jobs]) == 0
    pages = sorted(p for p in (src / "d $; 'x'").iterdir())
    files = _files(out)
    assert len(files) == len(pages)
    for page in pages:
        name = page.name[: -len(".html")]
        # ".." and "." would be folder names: such stems keep their whole file name
        expected = f"d $; 'x'/{page.name if name in ('.', '..') else name}.txt"
        assert files[expected].decode() == _expected_text(tiny_model, page.read_bytes(), "html") + "\n"
    assert all((out / rel).resolve().is_relative_to(out.resolve()) for rel in files)
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model, "--resume"]) == 0
    assert f"0 written, 0 empty, 0 errors, {len(pages)} skipped as already done" in capsys.readouterr().err


def test_clean_file_name_that_is_not_utf8(tmp_path, tiny_model, capsys):
    src = tmp_path / "src"
    src.mkdir()
    try:
        (src / os.fsdecode(b"caf\xe9.html")).write_text(HTML, encoding="utf-8")
        (src / os.fsdecode(b"bad\xff.html.gz")).write_bytes(b"not gzip")
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model]) == 1
    assert (out / os.fsdecode(b"caf\xe9.txt")).read_text("utf-8") == _expected_text(tiny_model, HTML.encode(),
                                                                                  "html") + "\n"
    (error,) = _errors(out)
    assert error["reason"].startswith("not a gzip file") and os.fsencode(error["input"]).endswith(b"bad\xff.html.gz")
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model, "--resume"]) == 1
    assert "1 skipped as already done" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "mkfifo"), reason="POSIX file types")
def test_clean_symlink_loops_dangling_links_and_fifos_are_reported_not_hung(tmp_path, tiny_model, capsys):
    src = _pages(tmp_path / "src", 3)
    os.symlink(src, src / "one" / "loop", target_is_directory=True)  # a folder loop
    os.symlink("self.html", src / "self.html")  # a link to itself
    os.symlink("nowhere.html", src / "dangling.html")
    os.mkfifo(src / "fifo.html")  # opening it for reading would wait for a writer forever
    os.symlink("/dev/zero", src / "zero.html")  # reading it would never end
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model]) == 1
    errors = {Path(e["input"]).name: e["reason"] for e in _errors(out)}
    assert errors == {"self.html": "Too many levels of symbolic links", "dangling.html": "No such file or directory",
                      "fifo.html": "not a regular file", "zero.html": "not a regular file"}
    assert sorted(_files(out)) == ["one/p01.txt", "two/p00.txt", "two/p02.txt"]
    assert "7 pages: 3 written, 0 empty, 4 errors;" in capsys.readouterr().err


def _linked(tmp_path: Path, link: str, to: str) -> tuple[Path, Path]:
    """Three pages in ``src``, an output folder ``out``, and a symbolic link ``link`` → ``to`` (both under tmp_path)."""
    src = _pages(tmp_path / "src", 3)
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / to).mkdir(exist_ok=True)
    os.symlink(tmp_path / to, tmp_path / link, target_is_directory=True)
    return src, out


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_clean_output_reached_through_a_link_in_the_input_is_not_read_back(tmp_path, tiny_model, capsys):
    src, out = _linked(tmp_path, "src/link-to-out", "out")
    for _ in range(2):
        assert main(["clean", str(src), "-o", str(out), "--model", tiny_model]) == 0
        assert "3 pages: 3 written" in capsys.readouterr().err
    assert sorted(_files(out)) == ["one/p01.txt", "two/p00.txt", "two/p02.txt"]
    # the output folder named through a link that lies inside the input folder
    assert main(["clean", str(src), "-o", str(src / "link-to-out"), "--model", tiny_model]) == 0
    assert "3 pages: 3 written" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_clean_never_writes_outside_the_output_folder(tmp_path, tiny_model, capsys):
    src, out = _linked(tmp_path, "out/one", "elsewhere")  # a link left in the output folder by someone
    elsewhere = tmp_path / "elsewhere"
    assert main(["clean", str(src), "-o", str(out), "--model", tiny_model]) == 1
    assert list(elsewhere.iterdir()) == []
    (error,) = _errors(out)
    assert error["input"] == str(src / "one" / "p01.html")
    assert error["reason"].startswith("its output would be written outside the output folder")
    assert sorted(_files(out)) == ["two/p00.txt", "two/p02.txt"]
    # a file input named by a path with '..' and an absolute path: the output is named by the file only
    page = src / "two" / ".." / "two" / "p00.txt"
    assert main(["clean", str(page), str((src / "two" / "p02.html").resolve()), "-o", str(out / "files"),
                 "--model", tiny_model, "-q"]) == 0
    assert sorted(_files(out / "files")) == ["p00.txt", "p02.txt"]


def test_clean_jobs_kills_a_worker_stuck_where_its_time_limit_cannot_reach(tmp_path, tiny_model):
    import time

    src = _pages(tmp_path / "src", 4)
    (src / "one" / "hang.html").write_text(HTML.replace("Tuesday", HANG), encoding="utf-8")
    whole, out = tmp_path / "whole", tmp_path / "out"
    assert main(["clean", str(src), "-o", str(whole), "--model", tiny_model, "-q"]) == 0
    started = time.monotonic()
    # the 5-page batch is given 5 x 1 s + 10 s, then the page alone 1 s + 10 s: far less than its 300 s
    proc = _hooked_cli(tmp_path, "clean", str(src), "-o", str(out), "--model", tiny_model, "--jobs", "2",
                       "--time-limit", "1", timeout=200)
    assert time.monotonic() - started < 150
    assert proc.returncode == 1, proc.stderr
    assert "5 pages: 4 written, 0 empty, 1 error;" in proc.stderr, proc.stderr
    assert _errors(out) == [{"input": str(src / "one" / "hang.html"),
                             "reason": "time limit exceeded (1 s; stuck in native code, its worker was killed)",
                             "exception": "TimeLimitExceeded"}]
    assert _files(out) == {k: v for k, v in _files(whole).items() if k != "one/hang.txt"}
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_a_page_too_large_is_an_empty_record_in_jsonl_and_removes_an_old_text(tmp_path, tiny_model):
    from boilerfilter import BoilerFilter, Options
    from boilerfilter.cli import _clean_batch, _Task
    from boilerfilter.model import load_model

    big = tmp_path / "big.html"
    big.write_text("<p>" + "x" * 500 + "</p>", encoding="utf-8")
    filt = BoilerFilter(load_model(tiny_model), Options(max_bytes=100))
    [rec] = _clean_batch(filt, [_Task(str(big), "", "html")], jsonl=True)
    assert rec.reason.startswith("page too large") and not rec.error
    record = json.loads(rec.record)
    assert record["source"] == str(big) and record["text"] == "" and record["reason"].startswith("page too large")
    old = tmp_path / "big.txt"
    old.write_text("from an earlier run\n")
    [txt] = _clean_batch(filt, [_Task(str(big), str(old), "html")], jsonl=False)
    assert txt.reason.startswith("page too large") and not old.exists()


def test_explain_names_an_empty_references_heading(tmp_path, capsys, pinned):
    body = ["面包放进冰箱反而更容易变硬，这是因为淀粉在低温下会加速老化，口感变得又干又硬，室温保存两三天更合适。",
            "如果一次吃不完，可以切片后密封冷冻，吃之前直接放进烤箱加热几分钟，口感和刚买回来时相差不大。"]
    bio = "林一舟，食品科学硕士，曾在烘焙企业从事产品研发工作八年，现为全职科普作者，关注日常饮食里的科学问题。"
    pinned.update({body[0]: 0.05, body[1]: 0.05, "参考资料": 0.3, "END": 0.4, "作者：": 0.95, bio: 0.1})
    page = tmp_path / "refs.txt"
    page.write_text("\n".join([*body, "参考资料", "— END —", "作者：林一舟 审校：周敏", bio]), "utf-8")
    assert main(["explain", str(page), "--all", "--content-type", "text"]) == 0
    heading = next(x for x in capsys.readouterr().out.splitlines() if "参考资料" in x)
    assert heading.startswith("DROP") and heading.endswith("[a references heading with nothing of the article under it]")


def test_explain_names_a_sentence_kept_between_kept_sentences(tmp_path, capsys, pinned, story):
    core, after = story
    pinned.update({**{t: 0.05 for t in core}, after[0]: 0.45, after[1]: 0.6, after[2]: 0.45})
    page = tmp_path / "story.txt"
    page.write_text("\n".join(core + after), "utf-8")
    assert main(["explain", str(page), "--all", "--content-type", "text"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "mournful" in x)
    assert line.startswith("KEEP") and line.endswith("[a sentence near the threshold between two kept sentences]")


def test_explain_names_a_headed_table_and_a_breadcrumb_title(tmp_path, capsys, pinned):
    """Plain text: the reasons of the headed-table and breadcrumb-title rules are printed beside the lines."""
    pinned.update({"Systemanforderungen": 0.7, "| ": 0.85, "Startseite > ": 0.95, "Quillbase 5.0": 0.8,
                   "Veröffentlicht": 0.9, "Teilen:": 0.95})
    para = ("Die Version 5.0 bringt eine neue Tabellenansicht und schnellere Exporte für große Dateien. "
            "Außerdem startet die Anwendung spürbar schneller als zuvor.\n")
    page = tmp_path / "page.txt"
    page.write_text("Startseite > Software > Neuigkeiten\nQuillbase 5.0 ist da\nVeröffentlicht am 12.06.2024\n"
                    "Teilen: Facebook | X\n" + para * 3 + "Systemanforderungen\nBetriebssystem | Windows 10\n"
                    "Arbeitsspeicher | 4 GB\nSpeicherplatz | 350 MB\n", "utf-8")
    assert main(["explain", str(page), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    title = next(x for x in lines if "Quillbase 5.0" in x)
    assert title.startswith("KEEP") and title.endswith("[title of the article: between the breadcrumb and the byline]")
    for part in ("Arbeitsspeicher", "Speicherplatz"):
        line = next(x for x in lines if part in x)
        assert line.startswith("KEEP") and line.endswith("[a table under its own heading, right after the article]")
    pinned.update({"00:00": 0.7, "03:15": 0.7, "08:40": 0.7})
    page.write_text(para * 2 + "00:00 Opening\n03:15 Guest introduction\n08:40 Why dialects fade\n" + para, "utf-8")
    assert main(["explain", str(page), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    line = next(x for x in lines if "03:15" in x)
    assert line.startswith("KEEP") and line.endswith("[a podcast's or video's chapters: time codes in order]")
