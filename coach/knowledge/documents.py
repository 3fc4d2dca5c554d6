"""A user's own documents (.md, .txt, .html), read and cut into passages for the index."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from pydantic import BaseModel

SUPPORTED = {".md", ".markdown", ".txt", ".html", ".htm"}
_TARGET_WORDS = 160
_MAX_WORDS = 220


class DocumentError(ValueError):
    """A document that cannot be ingested, with the reason a person can act on."""


class Passage(BaseModel):
    id: str
    title: str
    source: str
    text: str
    digest: str


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "nav", "footer", "header", "noscript"})
    _BLOCK = frozenset(
        {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data)


def read_document(path: Path) -> tuple[str, str]:
    """Return (title, plain text)."""
    if path.suffix.lower() not in SUPPORTED:
        raise DocumentError(f"{path}: unsupported type; use .md, .txt or .html")
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from exc
    title = path.stem.replace("-", " ").replace("_", " ")
    if path.suffix.lower() in {".html", ".htm"}:
        extractor = _TextExtractor()
        extractor.feed(raw)
        text = "".join(extractor.parts)
        title = extractor.title.strip() or title
    else:
        text = re.sub(r"\A---\s*\n.*?\n---\s*\n", "", raw, flags=re.DOTALL)
        heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
        if heading:
            title = heading.group(1).strip()
    return title, text


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    cleaned = [re.sub(r"\s+", " ", re.sub(r"^#+\s*", "", b.strip())).strip() for b in blocks]
    return [b for b in cleaned if b]


def _split_long(paragraph: str) -> list[str]:
    words = paragraph.split()
    if len(words) <= _MAX_WORDS:
        return [paragraph]
    sentences = re.split(r"(?<=[.!?])\s+", paragraph)
    pieces: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        current.append(sentence)
        if len(" ".join(current).split()) >= _TARGET_WORDS:
            pieces.append(" ".join(current))
            current = []
    if current:
        pieces.append(" ".join(current))
    # A single sentence longer than the limit is cut on word boundaries.
    out: list[str] = []
    for piece in pieces:
        piece_words = piece.split()
        for start in range(0, len(piece_words), _MAX_WORDS):
            out.append(" ".join(piece_words[start : start + _MAX_WORDS]))
    return out


def chunk_text(text: str) -> list[str]:
    """Passages of about 160 words that keep paragraphs whole where they fit."""
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for paragraph in _paragraphs(text):
        for piece in _split_long(paragraph):
            n = len(piece.split())
            if current and count + n > _MAX_WORDS:
                chunks.append("\n\n".join(current))
                current, count = [], 0
            current.append(piece)
            count += n
            if count >= _TARGET_WORDS:
                chunks.append("\n\n".join(current))
                current, count = [], 0
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def passages_from(path: Path) -> list[Passage]:
    title, text = read_document(path)
    chunks = chunk_text(text)
    if not chunks:
        raise DocumentError(f"{path}: no text found")
    source = str(path.resolve())
    key = hashlib.sha256(source.encode()).hexdigest()[:12]
    return [
        Passage(
            id=f"doc-{key}-{n:03d}",
            title=title,
            source=source,
            text=chunk,
            digest=hashlib.sha256(chunk.encode()).hexdigest(),
        )
        for n, chunk in enumerate(chunks)
    ]
