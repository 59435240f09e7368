"""Shared fixtures: a tiny model trained on hand-made blocks (fast, independent of the shipped one); a WARC record builder."""
from __future__ import annotations

import random
import zlib

import pytest
from threadpoolctl import threadpool_limits

from boilerfilter.features import page_features
from boilerfilter.model import make_classifier, save_model
from boilerfilter.result import Block

_WORDS = ("the council voted on tuesday to build a flood barrier park along harbor after two "
          "years of debate residents said").split()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    """A small model that keeps long sentences and drops short link-like blocks."""
    rng = random.Random(0)
    rows, labels = [], []
    for page in range(6):
        is_html = page % 2 == 0
        blocks = []
        for _ in range(20):
            if rng.random() < 0.5:
                text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 40))).capitalize() + "."
                blocks.append(Block(text, "p" if is_html else "line"))
                labels.append(0)
            else:
                text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))).title()
                blocks.append(Block(text, "li" if is_html else "line", links=int(is_html),
                                    link_chars=len(text) if is_html else 0))
                labels.append(1)
        rows += page_features(blocks, is_html=is_html)
    pipeline = make_classifier(max_iter=30)
    pipeline.set_params(classify__min_samples_leaf=2)
    if "textscore__n_features" in pipeline.get_params():
        pipeline.set_params(textscore__n_features=2 ** 16)
    with threadpool_limits(limits=1, user_api="openmp"):  # many threads on a busy machine: 50x slower
        pipeline.fit(rows, labels)
    path = tmp_path_factory.mktemp("model") / "tiny.joblib"
    save_model(pipeline, path, threshold=0.5, card={"name": "tiny"})
    return str(path)


def _warc_record(uri: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
                 warc_type: str = "response") -> bytes:
    """One WARC/1.0 record by hand: an HTTP response (or a request, a warcinfo...) with correct lengths."""
    http = b"HTTP/1.1 200 OK\r\n"
    if content_type is not None:
        http += f"Content-Type: {content_type}\r\n".encode()
    http += f"Content-Length: {len(body)}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{zlib.crc32(uri.encode()):032d}>\r\n"
            f"Content-Type: application/http; msgtype={warc_type}\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


@pytest.fixture(scope="session")
def warc_record():
    """The builder of one WARC record: ``warc_record(uri, body, content_type=..., warc_type=...)`` -> bytes."""
    return _warc_record


@pytest.fixture
def story() -> tuple[list[str], list[str]]:
    """A story's confident core and, after it, a line of dialogue between two sentences
    that share the core's words (``revise.SENTENCE_BETWEEN``)."""
    core = ["Izuku sat across from the prisoner in the concrete room, notebook open on his knees, while All Might watched.",
            "The prisoner smiled at Izuku through the glass and asked about his notebook and his teacher All Might.",
            "Izuku wrote quickly in the notebook, aware that All Might and the wardens were listening to every word."]
    after = ["It was only after Izuku had made it back to the room that he allowed himself to breathe, notebook in hand.",
             "“What a shame, my visits are always so short,” came the mournful reply.",
             "All Might waited by the window, perched on the edge of the couch, and asked Izuku about the notebook."]
    return core, after
