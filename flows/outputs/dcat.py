"""The DCAT-AP-NO record of a release (JSON-LD), generated from datapackage.json.

One dcat:Catalog holding one dcat:Dataset with a dcat:Distribution per way to get the
data: the CSV files with their descriptor, the Parquet files, the SQLite database, the
spreadsheet and the versioned release archive. DCAT-AP-NO 2's mandatory properties are
filled (catalogue and dataset: title, description, publisher, contact point, identifier;
dataset: theme from the EU data-theme vocabulary; distribution: access URL), and its
recommended ones where the package knows them (licence per distribution from the EU
licence vocabulary, format and media type, access rights, language, spatial coverage,
keywords, frequency, byte size). Catalogue terms the package does not hold come from
`metadata/catalog.yaml`.

IRIs of the catalogue, dataset, distributions, contact and (until an organisation number
is set) publisher are name-based UUIDs under the package id, so they are stable across
releases. File URLs are absolute under `download_base` when it is set, else relative to
the record's own location (`catalog/dcat.jsonld`). The @context is inline: the record
parses without fetching anything.
"""
from __future__ import annotations

import json
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from flows.outputs.csv_read import typed
from flows.outputs.package import Package, one_line

CATALOG_FILE = Path(__file__).resolve().parent.parent.parent / "metadata" / "catalog.yaml"
RECORD = "catalog/dcat.jsonld"
ORG_CATALOG = "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/"
IANA = "https://www.iana.org/assignments/media-types/"
CONTEXT: dict[str, Any] = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
DATA_PACKAGE = "https://datapackage.org/standard/data-package/"
STANDARDS = {  # dct:Standard nodes: IRI -> title
    DATA_PACKAGE: "Data Package v2 (Frictionless Data)",
    "https://www.rfc-editor.org/rfc/rfc4180": "RFC 4180: Common Format and MIME Type for CSV Files",
    "https://parquet.apache.org/docs/file-format/": "Apache Parquet file format",
    "https://www.sqlite.org/fileformat.html": "SQLite database file format",
    "https://www.iso.org/standard/71691.html": "ISO/IEC 29500-1: Office Open XML file formats",
}
CONFORMS = {  # what each distribution conforms to
    "csv": [DATA_PACKAGE, "https://www.rfc-editor.org/rfc/rfc4180"],
    "parquet": ["https://parquet.apache.org/docs/file-format/"],
    "sqlite": ["https://www.sqlite.org/fileformat.html"],
    "xlsx": ["https://www.iso.org/standard/71691.html"],
    "archive": [DATA_PACKAGE],
}
Node = dict[str, Any]


@lru_cache(maxsize=None)
def catalog_settings(path: Path = CATALOG_FILE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def missing_catalog_metadata() -> list[str]:
    """Settings the record needs before data.norge.no can harvest it (warnings, not errors)."""
    s = catalog_settings()
    problems = []
    if not s["publisher"].get("organisation_number"):
        problems.append("metadata/catalog.yaml: publisher.organisation_number is not set; data.norge.no "
                        "identifies publishers by their number in Enhetsregisteret")
    if not s.get("download_base"):
        problems.append("metadata/catalog.yaml: download_base is not set; the DCAT record's file URLs stay "
                        "relative until it is")
    return problems


def _iri(package: Package, name: str) -> str:
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, str(package.descriptor.get("id") or package.name))
    return f"urn:uuid:{uuid.uuid5(namespace, name)}"


def _ref(iri: str) -> Node:
    return {"@id": iri}


def _text(value: str, language: str = "en") -> Node:
    return {"@value": one_line(value), "@language": language}


def _url(path: str) -> Node:
    """A file of the package: absolute under download_base, else relative to the record."""
    base = catalog_settings().get("download_base")
    return _ref(base.rstrip("/") + "/" + path if base else "../" + path)


def _publisher(package: Package) -> Node:
    p = catalog_settings()["publisher"]
    iri = (ORG_CATALOG + str(p["organisation_number"]) if p.get("organisation_number")
           else p.get("uri") or _iri(package, "publisher"))
    node: Node = {"@id": iri, "@type": "foaf:Agent", "foaf:name": _text(p["name"])}
    if p.get("organisation_number"):
        node["dct:identifier"] = str(p["organisation_number"])
    return node


def _contact(package: Package) -> Node:
    people = package.descriptor.get("contributors", [])
    node: Node = {"@id": _iri(package, "contact"), "@type": "vcard:Organization",
                  "vcard:fn": people[0]["title"] if people else catalog_settings()["publisher"]["name"]}
    emails = [c["email"] for c in people if c.get("email")]
    pages = [c["path"] for c in people if c.get("path")] or ([package.descriptor["homepage"]]
                                                             if package.descriptor.get("homepage") else [])
    if emails:
        node["vcard:hasEmail"] = _ref("mailto:" + emails[0])
    if pages:
        node["vcard:hasURL"] = _ref(pages[0])
    return node


def _licence(package: Package) -> Node | None:
    names = [lic.get("name") for lic in package.descriptor.get("licenses", [])]
    mapped = [catalog_settings()["licences"].get(n) for n in names if n]
    return _ref(mapped[0]) if mapped and mapped[0] else None


def _distribution(package: Package, key: str, title: str, description: str, access: str,
                  downloads: list[str], size: int | None) -> Node:
    fmt = catalog_settings()["formats"].get(key, {})
    node: Node = {"@id": _iri(package, f"distribution/{key}"), "@type": "dcat:Distribution",
                  "dct:title": _text(title), "dct:description": _text(description), "dcat:accessURL": _url(access)}
    if downloads:
        node["dcat:downloadURL"] = [_url(d) for d in downloads]
    if fmt.get("file_type"):
        node["dct:format"] = _ref(fmt["file_type"])
    if fmt.get("media_type"):
        node["dcat:mediaType"] = _ref(IANA + fmt["media_type"])
    licence = _licence(package)
    if licence:
        node["dct:license"] = licence
    if size is not None:
        node["dcat:byteSize"] = {"@value": str(size), "@type": "xsd:decimal"}
    node["dct:conformsTo"] = [_ref(u) for u in CONFORMS.get(key, [])]
    return node


def _distributions(package: Package, outputs: dict[str, str]) -> list[Node]:
    resources = [r for r in package.descriptor.get("resources", []) if r.get("format") == "csv"]
    parquet = [r["parquet"] for r in resources if isinstance(r.get("parquet"), dict)]
    tables = ", ".join(r["name"] for r in resources)
    out = [_distribution(package, "csv", "CSV files with their Frictionless descriptor",
                         f"One UTF-8 CSV file per table ({tables}), described with types, keys and code lists "
                         "by datapackage.json (Frictionless Data Package v2).", "datapackage.json",
                         [r["path"] for r in resources], sum(r.get("bytes", 0) for r in resources))]
    if parquet:
        out.append(_distribution(package, "parquet", "Parquet files",
                                 "One Parquet file per table with the schema's types (lists as list<string>).",
                                 "datapackage.json", [p["path"] for p in parquet], sum(p.get("bytes", 0) for p in parquet)))
    for key, title, description in (
            ("sqlite", "SQLite database", "Every table with its keys, indexes and column descriptions in one "
                                          "SQLite database; browse it with Datasette."),
            ("xlsx", "Excel workbook", "One sheet per table and a README sheet with the column descriptions.")):
        path = package.root / outputs[key]
        out.append(_distribution(package, key, title, description, outputs[key], [outputs[key]],
                                 path.stat().st_size if path.exists() else None))
    if package.version:
        folder = f"releases/{package.version}/"
        out.append(_distribution(package, "archive", f"Release archive of version {package.version}",
                                 "The version's CSV files, datapackage.json, citation and licence files with "
                                 "SHA256SUMS, kept unchanged so a citation can name this exact version.",
                                 folder, [folder + "datapackage.json", folder + "SHA256SUMS"], None))
    return out


def _temporal(package: Package) -> Node | None:
    """The period the documents' publication dates span (the `published` column alone is read, in Arrow:
    the rows of `documents` hold every text)."""
    try:
        table = package.table("documents")
        field = {f["name"]: f for f in table.fields}["published"]
    except KeyError:
        return None
    missing = tuple(str(v) for v in table.schema.get("missingValues", [""]))
    values = (typed(v, field, missing) for batch in table.batches(columns=["published"])
              for v in batch.column(0).to_pylist() if v is not None)
    dates = sorted(str(v) for v in values if v)
    if not dates:
        return None
    return {"@type": "dct:PeriodOfTime", "dcat:startDate": {"@value": dates[0], "@type": "xsd:date"},
            "dcat:endDate": {"@value": dates[-1], "@type": "xsd:date"}}


def dcat_record(package: Package, outputs: dict[str, str], card: str = "DATASET.md") -> dict[str, Any]:
    """The JSON-LD document (a dict) for the package; `outputs` names the SQLite and xlsx files."""
    s, d = catalog_settings(), package.descriptor
    publisher, contact = _publisher(package), _contact(package)
    distributions = _distributions(package, outputs)
    dataset: Node = {
        "@id": _iri(package, "dataset"), "@type": "dcat:Dataset",
        "dct:identifier": str(d.get("id") or package.name),
        "dct:title": _text(d.get("title", package.name)), "dct:description": _text(d.get("description", "")),
        "dct:publisher": _ref(publisher["@id"]), "dcat:contactPoint": _ref(contact["@id"]),
        "dcat:theme": [_ref(t) for t in s["themes"]],
        "dcat:keyword": list(d.get("keywords", [])),
        "dct:accessRights": _ref(s["access_rights"]),
        "dct:language": [_ref(x) for x in s["languages"]],
        "dct:spatial": [_ref(x) for x in s["spatial"]],
        "dct:accrualPeriodicity": _ref(s["frequency"]),
        "dcat:version": package.version,
        "dct:conformsTo": _ref(DATA_PACKAGE),
        "foaf:page": _url(card),
        "dct:provenance": {"@type": "dct:ProvenanceStatement", "rdfs:label": _text(
            "Extracted by rules from Norwegian news articles and talk notes; every statement and demand carries "
            "its document, character offsets into the document's text and the rule that produced it.")},
        "dct:relation": [_ref(src["path"]) for src in d.get("sources", []) if src.get("path")],
        "dcat:distribution": [_ref(x["@id"]) for x in distributions],
    }
    if d.get("created"):
        dataset["dct:modified"] = {"@value": d["created"], "@type": "xsd:dateTime"}
    if d.get("homepage"):
        dataset["dcat:landingPage"] = _ref(d["homepage"])
    temporal = _temporal(package)
    if temporal:
        dataset["dct:temporal"] = temporal
    catalog: Node = {
        "@id": _iri(package, "catalog"), "@type": "dcat:Catalog", "dct:identifier": _iri(package, "catalog"),
        "dct:title": _text(f"Catalogue of {d.get('title', package.name)}"),
        "dct:description": _text(f"The DCAT-AP-NO record of the {package.name} data package, generated from its "
                                 "datapackage.json with every release."),
        "dct:publisher": _ref(publisher["@id"]), "dcat:contactPoint": _ref(contact["@id"]),
        "dct:language": [_ref(x) for x in s["languages"]], "dcat:dataset": _ref(dataset["@id"]),
    }
    if d.get("homepage"):
        catalog["foaf:homepage"] = _ref(d["homepage"])
    context = dict(CONTEXT)
    if s.get("download_base"):
        context["@base"] = s["download_base"].rstrip("/") + "/" + RECORD
    standards = [{"@id": iri, "@type": "dct:Standard", "dct:title": _text(title)} for iri, title in STANDARDS.items()]
    return {"@context": context, "@graph": [catalog, dataset, *distributions, publisher, contact, *standards]}


def write_dcat(package: Package, outputs: dict[str, str], target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(dcat_record(package, outputs), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
