"""The unit of work (Block) and the result of cleaning one page (CleanedPage)."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Block", "CleanedPage", "KINDS"]

#: Values of ``Block.kind``: "content" for kept text, else the kind of boilerplate.
KINDS = ("content", "nav", "linklist", "ad", "meta", "boilerplate")


@dataclass(frozen=True)
class Block:
    """One block of a page: a paragraph, heading, list item, table cell or text line.

    Attributes:
        text: the block's text, whitespace-normalised (a plain-text line keeps its bullet).
        tag: what it came from: ``p``, ``h1``..``h6``, ``li``, ``td``, ``quote``,
            ``code`` for HTML; ``line`` for plain text.
        keep: whether the block is part of the cleaned text.
        score: the model's probability that the block is boilerplate (0 = surely
            content, 1 = surely boilerplate), before the context pass. ``keep`` is
            ``score < threshold`` unless the context pass (``revised``) changed it.
        kind: ``content`` when kept, else ``nav``, ``linklist``, ``ad``, ``meta``
            or plain ``boilerplate``.
        links: number of links inside the block (HTML only).
        link_chars: characters of text inside links (HTML only).
        hint: class/id words of the block's element and its ancestors in the
            original page, one ``|``-separated level each, innermost first (HTML
            only), e.g. ``"entry content|post|main"``.
        path: tags of the block's element and its ancestors in the original page,
            innermost last (HTML only), e.g. ``"html/body/div/article/p"``.
        bullet: the bullet the line started with (``-``, ``•``, ``・``...), if any.
        revised: True when the context pass flipped the classifier's decision.
    """

    text: str
    tag: str
    keep: bool = True
    score: float = 0.0
    kind: str = "content"
    links: int = 0
    link_chars: int = 0
    hint: str = ""
    path: str = ""
    bullet: str = ""
    revised: bool = False


@dataclass(frozen=True)
class CleanedPage:
    """The result of cleaning one page.

    Attributes:
        text: the kept blocks' text, in page order, joined by newlines ("" when empty).
        blocks: every block in page order, kept and dropped.
        reason: why ``text`` is empty ("" when it is not), e.g. ``"empty input"``,
            ``"binary content"``, ``"no blocks extracted"``, ``"all blocks dropped"``.
        content_type: ``"html"`` or ``"text"``: how the page was read.
        title: the page title when the extractor found one.
        language: a coarse script/language guess: ``zh``, ``ja``, ``ko``, else the main script
            of its letters (``latin``, ``cyrillic``, ``thai``, ``arabic``...), or ``""``.
        encoding: the character encoding the bytes were decoded with ("" for str input).
        url: the URL given by the caller, if any.
    """

    text: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    reason: str = ""
    content_type: str = ""
    title: str = ""
    language: str = ""
    encoding: str = ""
    url: str | None = None

    @property
    def kept(self) -> tuple[Block, ...]:
        """The kept blocks."""
        return tuple(b for b in self.blocks if b.keep)

    @property
    def dropped(self) -> tuple[Block, ...]:
        """The dropped blocks."""
        return tuple(b for b in self.blocks if not b.keep)

    def to_dict(self, blocks: bool = True) -> dict:
        """A JSON-ready dict of the page (with its blocks unless ``blocks=False``)."""
        out = {
            "text": self.text,
            "reason": self.reason,
            "content_type": self.content_type,
            "title": self.title,
            "language": self.language,
            "encoding": self.encoding,
            "url": self.url,
        }
        if blocks:
            out["blocks"] = [
                {"text": b.text, "tag": b.tag, "keep": b.keep, "score": round(b.score, 4),
                 "kind": b.kind, "revised": b.revised}
                for b in self.blocks
            ]
        return out
