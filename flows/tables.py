"""Turn extractions into the rows of the published tables (plain dicts keyed by
the Table Schemas' field names), with deterministic ids."""
from __future__ import annotations

from collections import defaultdict

from flows import lexicon
from flows.ids import make_id, person_key
from flows.model import Extraction, Mention
from flows.provenance import excerpt, full_text_allowed, license_of
from flows.schema import TABLES, Row, Tables, field_names


def topic_rows() -> list[Row]:
    return [
        {"code": code, "label_nb": t["label_nb"], "label_en": t["label_en"], "description": t["description"]}
        for code, t in lexicon.load("topics").items()
    ]


def person_id(name: str) -> str:
    return make_id("per", person_key(name))


def meeting_id(doc_id: str) -> str:
    return make_id("mtg", doc_id)


def statement_id(doc_id: str, kind: str, start: int, end: int) -> str:
    return make_id("stm", doc_id, kind, start, end)


def demand_id(doc_id: str, claimant: str, start: int, end: int) -> str:
    return make_id("dmd", doc_id, claimant, start, end)


def _document_row(ex: Extraction, spans: list[tuple[int, int]]) -> Row:
    """The document's row; its text is an excerpt around `spans` when its licence does not
    allow republishing it in full (same length, so offsets stay valid)."""
    d = ex.document
    license_code = license_of(d.meta.url, d.meta.publisher, d.meta.license)
    full = full_text_allowed(license_code)
    return {
        "doc_id": d.doc_id, "source_file": d.source_file, "sha256": d.sha256, "encoding": d.encoding,
        "title": d.title, "language": d.language, "characters": len(d.text), "url": d.meta.url,
        "published": d.meta.published, "publisher": d.meta.publisher, "accessed": d.meta.accessed,
        "license": license_code, "full_text": full, "note": d.meta.note,
        "text": d.text if full else excerpt(d.text, spans),
    }


def _meeting_row(ex: Extraction) -> Row | None:
    m = ex.meeting
    if m is None:
        return None
    date = m.date
    full = None
    if date.year and date.month and date.day:
        from datetime import date as Date

        try:
            full = Date(date.year, date.month, date.day)
        except ValueError:
            full = None
    return {
        "meeting_id": meeting_id(ex.document.doc_id), "doc_id": ex.document.doc_id,
        "meeting_type": m.meeting_type, "date_text": date.text, "date_year": date.year,
        "date_month": date.month, "date_day": date.day, "date": full,
        "date_yearmonth": f"{date.year:04d}-{date.month:02d}" if date.year and date.month else None,
        "date_source": date.source, "counterpart": m.counterpart, "topics": list(m.topics) or None, "rule": m.rule,
    }


def _statement_rows(ex: Extraction, mtg: str | None) -> list[Row]:
    doc_id = ex.document.doc_id
    return [
        {
            "statement_id": statement_id(doc_id, s.kind, s.start, s.end), "doc_id": doc_id, "meeting_id": mtg,
            "kind": s.kind, "speaker_name": s.speaker.name, "person_id": person_id(s.speaker.name),
            "speaker_role": s.speaker.role, "speaker_organisation": s.speaker.organisation, "text": s.text,
            "char_start": s.start, "char_end": s.end, "rule": s.rule,
        }
        for s in ex.statements
    ]


def _demand_rows(ex: Extraction, mtg: str | None) -> list[Row]:
    doc_id = ex.document.doc_id
    direct = {(s.start, s.end): statement_id(doc_id, s.kind, s.start, s.end) for s in ex.statements}
    rows: dict[str, Row] = {}
    for d in ex.demands:
        key = demand_id(doc_id, d.claimant, d.start, d.end)
        rows.setdefault(key, {
            "demand_id": key, "doc_id": doc_id, "meeting_id": mtg,
            "statement_id": direct.get(d.statement) if d.statement else None,
            "claimant": d.claimant, "addressee": d.addressee, "text": d.text, "topic": d.topic,
            "in_quote": d.in_quote, "char_start": d.start, "char_end": d.end, "rule": d.rule,
        })
    return list(rows.values())


def _participant_rows(ex: Extraction, mtg: str) -> list[Row]:
    rows: dict[str, Row] = {}
    for p in ex.meeting.participants if ex.meeting else ():
        pid = person_id(p.name)
        rows.setdefault(pid, {"meeting_id": mtg, "doc_id": ex.document.doc_id, "person_id": pid,
                              "name": p.name, "role": p.role, "organisation": p.organisation})
    return list(rows.values())


class Persons:
    """The persons table built one document at a time: a person's name is the first one seen
    (documents in source order), roles, organisations and documents are collected."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.roles: dict[str, set[str]] = defaultdict(set)
        self.orgs: dict[str, set[str]] = defaultdict(set)
        self.docs: dict[str, set[str]] = defaultdict(set)

    def add(self, doc_id: str, name: str, role: str | None, organisation: str | None, pid: str | None = None) -> None:
        pid = pid or person_id(name)
        self.names.setdefault(pid, name)
        self.docs[pid].add(doc_id)
        if role:
            self.roles[pid].add(role)
        if organisation:
            self.orgs[pid].add(organisation)

    def rows(self) -> list[Row]:
        return [
            {"person_id": pid, "name": self.names[pid], "roles": sorted(self.roles[pid]) or None,
             "organisations": sorted(self.orgs[pid]) or None, "documents": len(self.docs[pid])}
            for pid in sorted(self.names)
        ]


def _person_rows(mentions: list[tuple[str, Mention]]) -> list[Row]:
    persons = Persons()
    for doc_id, m in mentions:
        persons.add(doc_id, m.name, m.role, m.organisation)
    return persons.rows()


DOCUMENT_TABLES = ("documents", "meetings", "participants", "statements", "demands")  # rows that belong to one document


def document_tables(ex: Extraction) -> tuple[Tables, list[Mention]]:
    """One document's rows of each table in DOCUMENT_TABLES (columns in schema order) and the
    mentions of persons it contributes to the persons table, in order."""
    out: Tables = {t: [] for t in DOCUMENT_TABLES}
    mentions: list[Mention] = []
    meeting = _meeting_row(ex)
    mtg = meeting["meeting_id"] if meeting else None
    if meeting:
        out["meetings"].append(meeting)
        out["participants"] += _participant_rows(ex, mtg)
        mentions += list(ex.meeting.participants)
    statements, demands = _statement_rows(ex, mtg), _demand_rows(ex, mtg)
    out["statements"] += statements
    out["demands"] += demands
    mentions += [s.speaker for s in ex.statements]
    spans = [(r["char_start"], r["char_end"]) for r in statements + demands]
    out["documents"].append(_document_row(ex, spans))
    for table, rows in out.items():
        names = field_names(table)
        out[table] = [{name: row.get(name) for name in names} for row in rows]
    return out, mentions


def build_tables(extractions: list[Extraction]) -> Tables:
    """All published tables from all extractions, rows in a stable order (documents by source file)."""
    out: Tables = {t: [] for t in TABLES}  # "changes" is filled by flows.release
    out["topics"] = topic_rows()
    persons = Persons()
    for ex in sorted(extractions, key=lambda e: e.document.source_file):
        rows, mentions = document_tables(ex)
        for table, table_rows in rows.items():
            out[table] += table_rows
        for m in mentions:
            persons.add(ex.document.doc_id, m.name, m.role, m.organisation)
    out["persons"] = persons.rows()
    for table in ("topics", "persons"):
        names = field_names(table)
        out[table] = [{name: row.get(name) for name in names} for row in out[table]]
    return out
