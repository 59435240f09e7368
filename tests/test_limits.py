"""Tests of the per-page time limit (boilerfilter.limits, Options.time_limit).

A page is made to stall by a segmenter that sleeps far longer than the limit (60 s
against 1 s): when the limit is not enforced the test takes a minute and then fails on
the page's result, so it cannot pass by accident, and a working limit ends it in ~1 s.
"""
from __future__ import annotations

import signal
import threading
import time

import pytest

import boilerfilter.filter as filter_module
from boilerfilter import BoilerFilter, Options
from boilerfilter.limits import TimeLimitExceeded, interrupts_here, time_limit

STALL = "STALL-THIS-PAGE"
ARTICLE = ("<html><body><article>" + "<p>The harbor council voted on Tuesday to turn the old ferry terminal "
           "into a park that doubles as a flood barrier, ending two years of debate.</p>" * 4
           + "</article></body></html>")


@pytest.fixture
def stalling_segmenter(monkeypatch):
    """Pages containing STALL sleep for a minute inside segmentation; others segment normally."""
    real = filter_module.segment_html

    def segment(text, url=None, **kwargs):
        if STALL in text:
            time.sleep(60)
        return real(text, url, **kwargs)

    monkeypatch.setattr(filter_module, "segment_html", segment)


def test_time_limit_interrupts_a_stalled_page_and_keeps_the_others(stalling_segmenter, tiny_model):
    filt = BoilerFilter(tiny_model, Options(time_limit=1))
    started = time.monotonic()
    pages = list(filt.clean_many([ARTICLE, f"<p>{STALL}</p>", ARTICLE]))
    assert time.monotonic() - started < 30
    assert [p.reason for p in pages] == ["", "time limit exceeded (1 s)", ""]
    assert pages[1].text == "" and pages[1].blocks == ()
    assert pages[0].text == pages[2].text == BoilerFilter(tiny_model).clean(ARTICLE).text != ""
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left running
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # the handler is given back


def test_time_limit_covers_the_features_too(monkeypatch, tiny_model):
    def slow_features(*args, **kwargs):
        time.sleep(60)

    monkeypatch.setattr(filter_module, "page_features", slow_features)
    started = time.monotonic()
    page = BoilerFilter(tiny_model, Options(time_limit=1)).clean(ARTICLE)
    assert time.monotonic() - started < 30
    assert page.reason == "time limit exceeded (1 s)" and page.content_type == "html"


def test_outside_the_main_thread_an_over_limit_page_is_reported_when_it_ends(monkeypatch, tiny_model):
    real = filter_module.segment_html

    def segment(text, url=None, **kwargs):
        if STALL in text:
            time.sleep(1.5)  # not interrupted here: short, and three times the limit
        return real(text, url, **kwargs)

    monkeypatch.setattr(filter_module, "segment_html", segment)
    filt = BoilerFilter(tiny_model, Options(time_limit=0.5))
    seen = {}

    def work():
        seen["here"] = interrupts_here()
        seen["pages"] = list(filt.clean_many([f"<p>{STALL}</p>", ARTICLE]))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert seen["here"] is False
    assert [p.reason for p in seen["pages"]] == ["time limit exceeded (0.5 s)", ""]
    assert seen["pages"][1].text


def test_a_timer_of_the_host_program_is_left_alone():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        assert not interrupts_here()
        with time_limit(5):  # falls back to checking at the end; does not take the timer over
            time.sleep(0.6)
        assert fired == [True]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_time_limit_is_a_base_exception_that_except_exception_does_not_swallow():
    caught = []
    with pytest.raises(TimeLimitExceeded) as info:
        with time_limit(0.2):
            try:
                time.sleep(30)
            except Exception:  # noqa: BLE001 - what the extractor's own code does
                caught.append(True)
    assert not caught and info.value.reason == "time limit exceeded (0.2 s)"


def test_time_limit_with_its_time_already_spent_raises_at_once_and_none_is_no_limit():
    with pytest.raises(TimeLimitExceeded):
        with time_limit(1, spent=1.5):
            pytest.fail("the block must not run")
    with time_limit(None):
        pass


@pytest.mark.parametrize("value, error", [(0, ValueError), (-1, ValueError), (float("inf"), ValueError),
                                          (float("nan"), ValueError), ("30", TypeError), (True, TypeError)])
def test_options_time_limit_is_checked(value, error):
    with pytest.raises(error):
        Options(time_limit=value)
    assert Options(time_limit=2.5).time_limit == 2.5 and Options().time_limit is None
