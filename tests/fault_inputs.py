"""Fault campaign, part 1: bad input files. Each case adds files to raw/ and checks what
the run did with them; all of them together form the feed of `test_feed_with_every_bad_case`.

Every check is about its own files only, so that it holds in a run of its own (with
one good new text beside it) and in the run that holds every case at once.
"""
from __future__ import annotations

import os
import random
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

from fault_kit import Run, good_text
from fault_steps_kit import Case, aside_because, published, published_or_aside, several, sidecar, with_good, write

def _utf16_be_bom(text: str) -> bytes:
    return b"\xfe\xff" + text.encode("utf-16-be")


def _symlink_outside(raw: Path) -> None:
    outside = raw.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(good_text(60), encoding="utf-8")
    os.symlink(outside / "secret.txt", raw / "f20_link_outside.txt")


def _symlink_inside(raw: Path) -> None:
    seed = sorted(raw.glob("0*.txt"))[0]
    os.symlink(seed.name, raw / "f21_link_inside.txt")


def _not_utf8_name(raw: Path) -> None:
    with open(os.path.join(os.fsencode(raw), b"f19_caf\xe9.txt"), "wb") as handle:
        handle.write(good_text(19).encode("utf-8"))


def _fifo(raw: Path) -> None:
    os.mkfifo(raw / "f24_pipe.txt")


def _nfc_twins(raw: Path) -> None:
    name = "f17_på_møte.txt"
    (raw / unicodedata.normalize("NFC", name)).write_text(good_text(17), encoding="utf-8")
    (raw / unicodedata.normalize("NFD", name)).write_text(good_text(18), encoding="utf-8")


def _check_nfc_twins(run: Run) -> None:
    name = unicodedata.normalize("NFC", "f17_på_møte.txt")
    assert name in run.published_files(), "neither twin published under the NFC name"
    reasons = [q["reason"] for q in run.summary["quarantined"] if unicodedata.normalize("NFC", q["file"]) == name]
    assert len(reasons) == 1 and "NFC" in reasons[0], reasons


def _check_cp1252(run: Run) -> None:
    published("f05_cp1252.txt", encoding="cp1252")(run)
    doc_id = run.document("f05_cp1252.txt")["doc_id"]
    assert any("om å styrke" in s["text"] for s in run.rows("statements") if s["doc_id"] == doc_id)


def _check_not_utf8(run: Run) -> None:
    assert "not valid UTF-8" in run.aside("f19_caf\\xe9.txt")


def _check_symlink_outside(run: Run) -> None:
    aside_because("f20_link_outside.txt", "outside the raw folder")(run)
    assert not any("secret" in r["source_file"] for r in run.rows("documents"))


def _check_twin_suffixes(run: Run) -> None:
    a, b = run.document("f26_same_stem.txt"), run.document("f26_same_stem.md")
    assert a["doc_id"] != b["doc_id"]


def _check_duplicate_seed(run: Run) -> None:
    reason = run.aside("f28_copy_of_seed.txt")
    assert "duplicate" in reason and "000_" in reason


def _check_unknown_keys(run: Run) -> None:
    published("f33_unknown.txt", url="https://www.ks.no/f33/")(run)
    assert any("colour" in w for w in run.summary["warnings"]), run.summary["warnings"]


def _check_cells(name: str, payloads: tuple[str, ...]) -> Callable[[Run], None]:
    def check(run: Run) -> None:
        doc = run.document(name)
        texts = [s["text"] for s in run.rows("statements") if s["doc_id"] == doc["doc_id"]]
        for payload in payloads:
            assert payload in doc["text"], f"{payload!r} changed in documents.text"
            assert any(t.startswith(payload) for t in texts), f"no statement starts with {payload!r}: {texts}"
    return check


def _rows_check(name: str) -> Callable[[Run], None]:
    def check(run: Run) -> None:
        reason = run.aside(name)
        assert "more than 200" in reason or "exceeded" in reason, reason
    return check


FORMULAS = ("=cmd|' /C calc'!A0", "+47 kommuner", "@alle:", "-1 krone")
FORMULA_TEXT = with_good(38, "\n".join(f"– {p} er ikke svaret, sier Ola Hansen, nestleder i KS.\n" for p in FORMULAS))
HTML = "<script>alert('x')</script>"
PLAIN = ("Kommunene har ansvar for skole, helse og omsorg i hele landet, og de er også store arbeidsgivere. "
         "Mange av dem ligger langt fra sentrale strøk, og reiseveiene er lange for de som bor der. ")
ENGLISH = ("The municipalities say that the government has not done enough. KS, the association of local "
           "authorities, said on Tuesday that their budgets would not cover the costs of the new reform, and "
           "that the state should pay for it. This is about trust, they said.\n")
SWEDISH = ("Kommunerna säger att regeringen inte har gjort tillräckligt. SKR säger också att det är för lite "
           "pengar och att staten måste betala för reformen. Vad som händer nu är oklart, och hur det ska gå "
           "vet ingen.\n")
NYNORSK = ("KS møtte Kommunal- og distriktsdepartementet 2. april.\n\n"
           "– Vi ber regjeringa om å styrkje kommuneøkonomien, seier styreleiar i KS, Marit Eide.\n\n"
           "Ho meiner at kommunane ikkje kan vente lenger.\n")


CASES: tuple[Case, ...] = (
    Case("empty file", "set aside as 'empty file'; the rest publish",
         aside_because("f01_empty.txt", "empty file"), write("f01_empty.txt", b"")),
    Case("whitespace only", "set aside as 'empty file'",
         aside_because("f02_blank.txt", "empty file"), write("f02_blank.txt", b" \n\t\n   \r\n")),
    Case("binary file", "set aside as binary",
         aside_because("f03_image.txt", "binary"), write("f03_image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 9)),
    Case("random bytes", "set aside (binary or undecodable)",
         aside_because("f04_random.txt", "binary", "decode", "cp1252"),
         write("f04_random.txt", random.Random(10).randbytes(4096))),
    Case("cp1252 text", "read as cp1252, æøå intact", _check_cp1252,
         write("f05_cp1252.txt", good_text(5).encode("cp1252"))),
    Case("UTF-16 LE with BOM", "decoded, encoding utf-16", published("f06_utf16le_bom.txt", encoding="utf-16"),
         write("f06_utf16le_bom.txt", good_text(6).encode("utf-16"))),
    Case("UTF-16 BE with BOM", "decoded, encoding utf-16", published("f07_utf16be_bom.txt", encoding="utf-16"),
         write("f07_utf16be_bom.txt", _utf16_be_bom(good_text(7)))),
    Case("UTF-16 LE without BOM", "decoded, encoding utf-16-le", published("f08_utf16le.txt", encoding="utf-16-le"),
         write("f08_utf16le.txt", good_text(8).encode("utf-16-le"))),
    Case("UTF-16 BE without BOM", "decoded, encoding utf-16-be", published("f09_utf16be.txt", encoding="utf-16-be"),
         write("f09_utf16be.txt", good_text(9).encode("utf-16-be"))),
    Case("UTF-8 with BOM", "read, encoding utf-8-sig", published("f10_bom.txt", encoding="utf-8-sig"),
         write("f10_bom.txt", b"\xef\xbb\xbf" + good_text(10).encode("utf-8"))),
    Case("CR line ends", "read; text has \\n line ends; offsets valid", published("f11_cr.txt"),
         write("f11_cr.txt", good_text(11).replace("\n", "\r"))),
    Case("CRLF line ends", "read; \\n line ends", published("f12_crlf.txt"),
         write("f12_crlf.txt", good_text(12).replace("\n", "\r\n"))),
    Case("mixed line ends", "read; \\n line ends", published("f13_mixed.txt"),
         write("f13_mixed.txt", good_text(13).replace("\n\n", "\r\n\r", 1).replace("\n", "\r", 1))),
    Case("20 MB text", "set aside unread: larger than the 2 MB limit for one text",
         aside_because("f14_huge.txt", "20.0 MB"), write("f14_huge.txt", (PLAIN * 110_000).encode("utf-8")[:20_000_000])),
    Case("5 MB single line", "set aside unread: larger than 2 MB",
         aside_because("f15_line.txt", "5.0 MB"), write("f15_line.txt", "ord " * 1_250_000)),
    Case("names with spaces, æøå, emoji, leading dash", "published under exactly these names",
         lambda run: [published(n)(run) for n in ("f16 med mellomrom.txt", "f16_æøå.txt", "f16_😀.txt", "-f16.txt")],
         several(write("f16 med mellomrom.txt", good_text(16)), write("f16_æøå.txt", good_text(61)),
                 write("f16_😀.txt", good_text(62)), write("-f16.txt", good_text(63)))),
    Case("NFC and NFD twins", "one published under the NFC name, the other set aside naming NFC",
         _check_nfc_twins, _nfc_twins),
    Case("NFD file name", "published under its NFC name", published(unicodedata.normalize("NFC", "f18_årsmøte.txt")),
         write(unicodedata.normalize("NFD", "f18_årsmøte.txt"), good_text(64))),
    Case("file name not UTF-8", "set aside, name shown with \\xe9, report still written", _check_not_utf8, _not_utf8_name),
    Case("symlink to a file outside raw/", "refused, never read", _check_symlink_outside, _symlink_outside),
    Case("symlink to a file inside raw/", "read like its target: a duplicate, set aside",
         aside_because("f21_link_inside.txt", "duplicate"), _symlink_inside),
    Case("broken symlink", "set aside as a broken link", aside_because("f22_broken.txt", "broken symbolic link"),
         lambda raw: os.symlink("nowhere.txt", raw / "f22_broken.txt")),
    Case("directory named x.txt", "set aside: not a regular file", aside_because("f23_dir.txt", "directory"),
         lambda raw: (raw / "f23_dir.txt").mkdir()),
    Case("FIFO named x.txt", "set aside without opening it (no hang)", aside_because("f24_pipe.txt", "named pipe"), _fifo),
    Case("x.txt beside x.md", "two documents with different ids", _check_twin_suffixes,
         several(write("f26_same_stem.txt", good_text(26)), write("f26_same_stem.md", good_text(27)))),
    Case("x.txt and x.md with the same text", "x.md published, x.txt set aside as duplicate",
         aside_because("f27_dup.txt", "duplicate"),
         several(write("f27_dup.txt", good_text(28)), write("f27_dup.md", good_text(28)))),
    Case("duplicate contents", "the copy set aside as a duplicate of the seed it copies", _check_duplicate_seed,
         lambda raw: shutil.copy(sorted(raw.glob("000_*.txt"))[0], raw / "f28_copy_of_seed.txt")),
    Case("sidecar: invalid JSON", "document set aside naming the sidecar",
         aside_because("f29_badjson.txt", "f29_badjson.meta.json is not valid JSON"), sidecar("f29_badjson", "{not json", 29)),
    Case("sidecar: wrong type", "set aside naming the field", aside_because("f30_type.txt", "'url' must be a string"),
         sidecar("f30_type", {"url": 12345}, 30)),
    Case("sidecar: huge", "set aside: over 64 KB", aside_because("f31_huge.txt", "MB; a sidecar holds at most"),
         sidecar("f31_huge", {"title": "x" * 5_000_000}, 31)),
    Case("sidecar: impossible date", "set aside naming 'published'", aside_because("f32_date.txt", "'published'"),
         sidecar("f32_date", {"published": "2023-02-30"}, 32)),
    Case("sidecar: unknown keys", "published; a warning names the key", _check_unknown_keys,
         sidecar("f33_unknown", {"url": "https://www.ks.no/f33/", "colour": "red"}, 33)),
    Case("sidecar: URL without scheme", "set aside naming 'url'", aside_because("f34_url.txt", "http(s) URL"),
         sidecar("f34_url", {"url": "www.ks.no/f34"}, 34)),
    Case("sidecar: not an object", "set aside", aside_because("f35_list.txt", "JSON object"), sidecar("f35_list", [1, 2], 35)),
    Case("sidecar: language en", "set aside naming 'language'", aside_because("f36_lang.txt", "'language'"),
         sidecar("f36_lang", {"language": "en"}, 36)),
    Case("sidecar: valid", "published with url, title, date", published("f37_ok.txt", url="https://www.ks.no/f37/", title="Tittel"),
         sidecar("f37_ok", {"url": "https://www.ks.no/f37/", "title": "Tittel", "published": "2024-05-02"}, 37)),
    Case("CSV formula prefixes in quotations", "published; CSV cells keep the exact text",
         _check_cells("f38_formula.txt", FORMULAS), write("f38_formula.txt", FORMULA_TEXT)),
    Case("HTML/script in a quotation", "published verbatim", _check_cells("f39_html.txt", (HTML,)),
         write("f39_html.txt", with_good(39, f"– {HTML} Vi ber om mer penger, sier Ola Hansen, nestleder i KS."))),
    Case("control characters", "removed; offsets valid", published("f40_control.txt"),
         write("f40_control.txt", good_text(40).replace("KS møtte", "KS\x07 møtte\x1b").replace("sier", "si\x01er", 1))),
    Case("zero-width and bidi characters", "removed; offsets valid", published("f41_bidi.txt"),
         write("f41_bidi.txt", good_text(41).replace("KS", "\u202eK\u200bS\u202c").replace("kommunene", "kommu\u2066nene\u2069"))),
    Case("300 quotations in one file", "set aside: more than 200 statements from one text, file named",
         _rows_check("f42_quotes.txt"),
         write("f42_quotes.txt", with_good(42, "\n".join(f"– Sitat nummer {i} om penger, sier Ola Hansen.\n"
                                                           for i in range(300))))),
    Case("100k «", "published or set aside within the budget", published_or_aside("f43_guillemets.txt"),
         write("f43_guillemets.txt", with_good(43, "«" * 100_000))),
    Case("100k dashes", "published or set aside within the budget", published_or_aside("f44_dashes.txt"),
         write("f44_dashes.txt", with_good(44, "- – — " * 33_000))),
    Case("50k times 'sa'", "published or set aside within the budget", published_or_aside("f45_sa.txt"),
         write("f45_sa.txt", with_good(45, "sa " * 50_000))),
    Case("100k emphasis markers", "published or set aside within the budget", published_or_aside("f46_emphasis.txt"),
         write("f46_emphasis.txt", with_good(46, "_x *y " * 50_000))),
    Case("one 50k-word sentence", "published or set aside within the budget", published_or_aside("f47_sentence.txt"),
         write("f47_sentence.txt", with_good(47, "Kommunene " + "og staten " * 25_000 + "sier Ola Hansen."))),
    Case("English text", "set aside as English", aside_because("f48_english.txt", "English"),
         write("f48_english.txt", ENGLISH)),
    Case("Swedish text", "set aside as Swedish", aside_because("f49_swedish.txt", "Swedish"),
         write("f49_swedish.txt", SWEDISH)),
    Case("nynorsk text", "published as nn", published("f50_nynorsk.txt", language="nn"), write("f50_nynorsk.txt", NYNORSK)),
    Case("145 KB plain text", "published and read back (CSV field limit)", published("f51_long.txt"),
         write("f51_long.txt", good_text(51) + "\n" + "\n\n".join([PLAIN] * 760))),
    # slow: only in benchmarks/bad_input.py
    Case("10,000 quotations in one file", "set aside naming the file (rows or time budget)", _rows_check("s01_quotes.txt"),
         write("s01_quotes.txt", with_good(70, "\n".join(f"– Sitat {i} om penger, sier Ola Hansen.\n"
                                                           for i in range(10_000)))), slow=True),
    Case("480 KB of 'KS ber regjeringen om å …'", "published or set aside within the budget (or for its row count)",
         published_or_aside("s02_ber.txt"),
         write("s02_ber.txt", "KS ber regjeringen om å styrke kommuneøkonomien. " * 9_600), slow=True),
    Case("360 KB line of '_x '", "published or set aside within the budget", published_or_aside("s03_underscores.txt"),
         write("s03_underscores.txt", with_good(71, "_x " * 120_000)), slow=True),
    Case("1.5 MB single line", "published or set aside within the budget", published_or_aside("s04_line.txt"),
         write("s04_line.txt", with_good(72, (PLAIN.replace(". ", ", ")) * 8_500)), slow=True),
)
