"""Pages in the encodings people actually have: UTF-8 (BOM or not), UTF-16, GB18030/GBK, CR/CRLF."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.corpus import load_paths
from reader.page.decode import DecodeError, decode_bytes

TEXT = "本报讯（记者 刘桐）3月12日，\n记者从市农业农村局了解到。\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "gb18030", "gbk", "crlf", "cr-gb18030"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data, "p.txt") == TEXT


def test_binary_file_gets_a_one_line_error_naming_it() -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.png")
    message = str(info.value)
    assert "photo.png" in message and "\n" not in message


def test_undecodable_bytes_get_a_clear_error() -> None:
    with pytest.raises(DecodeError, match="bad.txt"):
        decode_bytes(b"\xff\xfe\xfd" * 3 + b"abc\x81", "bad.txt")


def test_folder_with_bad_files_opens_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_bytes(b"")
    corpus = load_paths([tmp_path], use_cache=False)
    names = [p.name for p in corpus.pages]
    assert names == ["empty.txt", "good.txt"]
    assert len(corpus.errors) == 1 and "bad.txt" in corpus.errors[0]
    empty = corpus.pages[0]
    assert empty.articles == [] and empty.warnings


def test_missing_path_is_reported(tmp_path: Path) -> None:
    corpus = load_paths([tmp_path / "nope"], use_cache=False)
    assert corpus.pages == [] and "nope" in corpus.errors[0]


def test_huge_file_is_refused_with_a_message(tmp_path: Path) -> None:
    from reader.page.decode import read_page

    big = tmp_path / "archive.txt"
    big.write_bytes("报".encode() * 2000)
    with pytest.raises(DecodeError, match="too large"):
        read_page(big, max_bytes=1000)
