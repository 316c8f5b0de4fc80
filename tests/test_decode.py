"""Pages in the encodings people actually have: UTF-8 (BOM or not), UTF-16, GB18030/GBK, CR/CRLF."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.corpus import load_paths
from reader.page.decode import DecodeError, decode_bytes, decode_page
from tests.clitest import duba

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


# -- control characters: page text must not drive the terminal ----------------------------------

_ALLOWED = {"\n", "\t"}


def _controls(text: str) -> list[str]:
    import unicodedata

    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED]


@given(st.binary(max_size=400))
@settings(max_examples=400, deadline=None)
@example(b"\x1b]0;PWNED\x07")
@example("标题\x1b]52;c;cHduZWQ=\x07正文\u009b31m".encode())
@example("人才\x1b[2J".encode("utf-16"))
def test_no_bytes_decode_to_a_control_character(data: bytes) -> None:
    try:
        text = decode_bytes(data, "p.txt")
    except DecodeError:
        return
    assert _controls(text) == []


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200))
@settings(max_examples=300, deadline=None)
@example("000\x01")
def test_controls_are_replaced_one_for_one(text: str) -> None:
    """Offsets into the decoded text (bookmarks) stay those of the text as written.

    (No NUL: "0\x00" is both UTF-8 and UTF-16LE for "0", and is read as the latter.)"""
    data = text.encode("utf-8")
    try:
        decoded = decode_bytes(data, "p.txt")
    except DecodeError:
        return
    expected = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert len(decoded) == len(expected)
    assert _controls(decoded) == []


def test_osc_title_sequence_shows_as_visible_symbols() -> None:
    text = decode_bytes("第一段\x1b]0;PWNED\x07第二段\n".encode(), "p.txt")
    assert "\x1b" not in text and "\x07" not in text
    assert text == "第一段␛]0;PWNED␇第二段\n"


def test_form_feed_between_pages_is_a_page_break_and_no_control() -> None:
    """(`reader.page.sheets` parts the pages there; a form feed sent to a terminal may clear it.)"""
    assert decode_bytes("一版\f二版".encode(), "p.txt") == "一版\u2029二版"


def test_segmented_page_holds_no_escapes(tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    body = "本报讯（记者 刘桐）3月12日，记者从市农业农村局了解到\x1b]0;PWNED\x07，人才工作取得成效。\n"
    page.write_text("阳谷县打造人才集聚新高地\n" + body * 3, encoding="utf-8")
    corpus = load_paths([page], use_cache=False)
    texts = [a.text for a in corpus.articles]
    assert texts and all(_controls(t) == [] for t in texts)


# -- UTF-16 without a byte-order mark ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_not_called_binary(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding), "p.txt") == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_full_of_yi_keeps_its_byte_order(encoding: str) -> None:
    """一 (U+4E00) and 最 (U+6700) put a NUL on the 'wrong' side; the order must still be found."""
    text = "一一一最一\n" * 40 + TEXT
    assert decode_bytes(text.encode(encoding), "p.txt") == text


def test_real_page_as_utf16le_without_bom_reads_like_utf8() -> None:
    page = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"
    text = page.read_text(encoding="utf-8")
    assert decode_bytes(text.encode("utf-16-le"), "p.txt") == decode_bytes(text.encode(), "p.txt")


@pytest.mark.parametrize("data", [b"000\x00", "人才集聚新高地\x00本报讯".encode(), b"abc\x00def\x00ghi"])
def test_utf8_with_a_stray_nul_is_not_taken_for_utf16(data: bytes) -> None:
    assert decode_bytes(data, "p.txt") == data.replace(b"\x00", b"").decode()


def test_a_page_with_a_few_nul_bytes_is_read_without_them_and_says_so(tmp_path: Path) -> None:
    """An OCR or extraction tool can leave a NUL byte in a page, and a file cut short is padded with
    them: the page was refused as binary, all of it unread. It is read; the notes say what was dropped."""
    lines = ["　　某县推进乡村道路建设，今年新修道路一百公里。"] * 8
    lines[1] = lines[1].replace("乡村", "乡\x00村")
    lines[4] = "\x00\x00" + lines[4]
    data = "\n".join(lines).encode() + b"\n" + bytes(3000)
    text, notes = decode_page(data, "p.txt")
    assert text == "\n".join(lines).replace("\x00", "") + "\n"
    assert notes == [
        "lines 2, 5: 3 NUL bytes dropped (the file is unchanged)",
        "3000 NUL bytes at the end of the file dropped",
    ]
    page = tmp_path / "nul.txt"
    page.write_bytes(data)
    result = duba("segment", str(page))
    assert result.returncode == 0 and "乡村道路" in result.stdout
    assert "warning: lines 2, 5: 3 NUL bytes dropped (the file is unchanged)" in result.stderr


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(1, 256)) * 40 + b"\x00",  # one NUL, but a control character in every ten bytes
        "正文一行。\n".encode() * 50 + b"\x00" * 100 + "正文".encode(),  # NULs not few
        b"\x00" * 4096,
    ],
    ids=["controls", "many-nuls", "only-nuls"],
)
def test_a_binary_file_with_few_nuls_is_still_binary(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data, "blob.bin")


def test_utf16_of_ascii_text_is_read() -> None:
    assert decode_bytes("Page 1\nMarch 2023\n".encode("utf-16-le"), "p.txt") == "Page 1\nMarch 2023\n"


def test_binary_with_nuls_is_still_binary() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(bytes(range(256)) * 8, "blob.bin")


def test_file_names_and_sidecars_reach_the_reader_without_controls(tmp_path: Path) -> None:
    import json

    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    sidecar = {"paper": "聊城日报\x1b]0;PWNED\x07", "date": "2023-03-15", "editors": ["\x9b2J王"]}
    (tmp_path / "p.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")  # escaped as \\u001b
    (tmp_path / "bad\x1b[2J.txt").write_bytes(b"\x00\x01\x02binary")

    corpus = load_paths([tmp_path, tmp_path / "gone\x1b]0;x\x07.txt"], use_cache=False)

    meta = corpus.pages[0].meta
    assert meta.paper == "聊城日报␛]0;PWNED␇" and meta.editors == ["\ufffd2J王"]
    assert len(corpus.errors) == 2
    assert all(_controls(error) == [] for error in corpus.errors)


# -- pages that mix encodings ------------------------------------------------------------------------

GB_LINE = "　　人民日报社论：坚持改革开放不动摇，把经济建设搞上去。\n"
UTF8_LINE = "　　这一段是从网页上复制来的，编码是统一码，和其他段落不一样。\n"


def test_a_gb18030_page_with_a_utf8_line_is_read_whole_and_says_which_line() -> None:
    data = GB_LINE.encode("gb18030") * 3 + UTF8_LINE.encode() + GB_LINE.encode("gb18030")
    text, notes = decode_page(data, "p.txt")
    assert text == GB_LINE * 3 + UTF8_LINE + GB_LINE  # nothing lost, nothing garbled
    assert notes == ["read as GB18030, but line 4 as UTF-8 (the page mixes both)"]


def test_a_utf8_line_that_is_also_valid_gb18030_is_not_read_as_mojibake() -> None:
    pasted = "今年以来全市经济运行\n"
    assert pasted.encode().decode("gb18030")  # valid both ways: the whole page decodes as GB18030
    data = GB_LINE.encode("gb18030") * 2 + pasted.encode() + "短行\n".encode("gb18030")
    text, notes = decode_page(data, "p.txt")
    assert text == GB_LINE * 2 + pasted + "短行\n"
    assert notes and "line 3 as UTF-8" in notes[0]


def test_a_utf8_page_with_a_gbk_line_keeps_both() -> None:
    data = UTF8_LINE.encode() * 4 + GB_LINE.encode("gbk")
    text, notes = decode_page(data, "p.txt")
    assert text == UTF8_LINE * 4 + GB_LINE
    assert notes == ["read as UTF-8, but line 5 as GB18030 (the page mixes both)"]


def test_a_few_undecodable_bytes_are_marked_and_the_page_is_read() -> None:
    data = GB_LINE.encode("gb18030") * 3 + "坏行".encode("gb18030") + b"\xff\n" + GB_LINE.encode("gb18030")
    text, notes = decode_page(data, "p.txt")
    assert text == GB_LINE * 3 + "坏行\ufffd\n" + GB_LINE
    assert notes == ["line 4: 1 bytes neither UTF-8 nor GB18030, shown as \ufffd (the file is unchanged)"]
    assert decode_bytes(data, "p.txt") == text


def test_a_page_mostly_undecodable_is_still_refused() -> None:
    with pytest.raises(DecodeError, match="not UTF-8, UTF-16 or GB18030"):
        decode_bytes(b"abc \xff\xfe\x80\n\xff\x80\x80 def\n" + GB_LINE.encode("gb18030"), "p.txt")


def test_the_reader_and_duba_segment_tell_which_lines(tmp_path: Path) -> None:
    page = tmp_path / "mixed.txt"
    page.write_bytes(
        "阳谷县打造人才集聚新高地\n".encode("gb18030") + GB_LINE.encode("gb18030") + UTF8_LINE.encode()
    )
    corpus = load_paths([page], use_cache=False)
    assert UTF8_LINE.strip() in corpus.articles[-1].text
    assert corpus.page_warnings == ["mixed.txt: read as GB18030, but line 3 as UTF-8 (the page mixes both)"]
    result = duba("segment", str(page))
    assert result.returncode == 0 and "warning: read as GB18030, but line 3 as UTF-8" in result.stderr


def test_each_control_alone_in_a_long_clean_page_is_still_replaced() -> None:
    """A page is searched for a control before the whole text is rebuilt without them: each one the
    reader replaces is found, wherever it stands, whatever character it is."""
    from reader.page.decode import _PAGE_CONTROLS

    clean = "正文一行。\n" * 2000
    for code, shown in _PAGE_CONTROLS.items():
        if code in (0x00, 0x0D, 0x1A, 0x1B):  # NUL is dropped, CR a line end; SUB, ESC: a few = binary
            continue
        text = decode_bytes((clean + chr(code) + "末").encode(), "p.txt")
        assert text == clean + shown + "末", hex(code)
    assert decode_bytes((clean + "\x1b末").encode(), "p.txt") == clean + "␛末"


# -- Big5 (traditional Chinese) ----------------------------------------------------------------------

TRADITIONAL = "　　陽穀縣堅持把人才工作擺在突出位置，創新體制機制，優化服務環境。\n本報記者　張文青\n"


def test_a_big5_page_is_read_as_big5_and_says_so(tmp_path: Path) -> None:
    text, notes = decode_page(TRADITIONAL.encode("big5") * 3, "p.txt")
    assert text == TRADITIONAL * 3  # not the GB18030 mojibake of the same bytes
    assert notes == ["read as Big5 (traditional Chinese): it is not UTF-8, UTF-16 or GB18030 text"]
    page = tmp_path / "big5.txt"
    page.write_bytes(TRADITIONAL.encode("big5") * 3)
    result = duba("segment", str(page))
    assert result.returncode == 0 and "創新體制機制" in result.stdout and "Big5" in result.stderr


def test_traditional_characters_in_gbk_stay_gbk() -> None:
    text, notes = decode_page(TRADITIONAL.encode("gbk") * 3, "p.txt")
    assert text == TRADITIONAL * 3 and notes == []


def test_a_simplified_gb18030_page_is_not_taken_for_big5() -> None:
    page = (Path(__file__).parent / "data").glob("*.txt")
    for path in list(page)[:5]:
        original = path.read_text(encoding="utf-8")
        text, notes = decode_page(original.encode("gb18030"), path.name)
        assert notes == [] and text == original.replace("\r\n", "\n")


def test_a_page_with_a_gbk_file_name_is_named_as_gbk_reads_it_by_the_cli(tmp_path: Path) -> None:
    """Python decodes a file name that is not UTF-8 with lone surrogates, which a terminal shows as
    `����`; such names are mostly GBK (Windows archives), and `duba segment` and `duba search` name the
    page as the reader does."""
    import os

    page = tmp_path / os.fsdecode(b"\xc8\xcb\xc3\xf1.txt")  # 人民.txt in GBK
    page.write_text("阳谷县打造人才集聚新高地\n" + GB_LINE * 3, encoding="utf-8")
    result = duba("segment", str(page))
    assert result.returncode == 0 and result.stdout.startswith("人民.txt: 1 article")
    found = duba("search", "改革开放", str(page))
    assert found.returncode == 0 and "[人民.txt " in found.stdout
