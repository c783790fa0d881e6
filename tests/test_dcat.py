"""The DCAT-AP-NO record: parses as JSON-LD and conforms to DCAT-AP-NO's SHACL shapes."""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, Literal, Namespace, URIRef

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

from flows.outputs.build import output_paths
from flows.outputs.dcat import RECORD, dcat_record
from flows.outputs.package import read_package
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "dcat-ap-no"
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(FIXTURES / "DCAT-AP-NO-shacl_shapes_2.00.ttl")


def graph_of(record: dict[str, Any], where: Path) -> Graph:
    """The record parsed as a harvester reads it from `where` (relative URLs resolve against it)."""
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(json.dumps(record), encoding="utf-8")
    return Graph().parse(where.resolve().as_uri(), format="json-ld")


def shacl(graph: Graph, shapes: Graph) -> tuple[bool, str]:
    vocabularies = Graph().parse(FIXTURES / "vocabularies.ttl")
    conforms, _, text = validate(graph + vocabularies, shacl_graph=shapes, inference="none", allow_warnings=True)
    return conforms, text


@pytest.fixture(scope="module")
def record(built_outputs: Path) -> dict[str, Any]:
    return json.loads((built_outputs.parent / RECORD).read_text(encoding="utf-8"))


def test_record_conforms_to_dcat_ap_no(record: dict[str, Any], built_outputs: Path, shapes: Graph) -> None:
    conforms, text = shacl(graph_of(record, built_outputs.parent / RECORD), shapes)
    assert conforms, text
    assert "Results" not in text, text  # not even a warning


def test_mandatory_properties_are_present(record: dict[str, Any], built_outputs: Path) -> None:
    """DCAT-AP-NO 2's mandatory properties, the contact point included (the shapes only warn about its class)."""
    g = graph_of(record, built_outputs.parent / RECORD)
    (catalog,) = g.subjects(RDF.type, DCAT.Catalog)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    for node in (catalog, dataset):
        for prop in (DCT.title, DCT.description, DCT.publisher, DCAT.contactPoint, DCT.identifier):
            assert g.value(node, prop) is not None, (node, prop)
    assert g.value(dataset, DCT.identifier) == Literal(read_package(built_outputs).descriptor["id"])
    assert all(str(t).startswith(EU + "data-theme/") for t in g.objects(dataset, DCAT.theme))
    assert g.value(dataset, DCT.accessRights) == URIRef(EU + "access-right/PUBLIC")
    assert (g.value(dataset, DCAT.contactPoint), RDF.type, VCARD.Organization) in g


def test_one_distribution_per_way_to_get_the_data(record: dict[str, Any], built_outputs: Path) -> None:
    g = graph_of(record, built_outputs.parent / RECORD)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    distributions = list(g.objects(dataset, DCAT.distribution))
    media = {str(g.value(d, DCAT.mediaType)).rsplit("media-types/", 1)[-1] for d in distributions}
    assert {"text/csv", "application/vnd.apache.parquet", "application/vnd.sqlite3",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} <= media
    version = read_package(built_outputs).version
    assert any(str(g.value(d, DCAT.accessURL)).endswith(f"/releases/{version}/") for d in distributions)
    for d in distributions:
        assert g.value(d, DCAT.accessURL) is not None
        assert g.value(d, DCT.license) == URIRef(EU + "licence/CC_BY_4_0")
    paths = output_paths(read_package(built_outputs).name)
    sqlite = next(d for d in distributions if str(g.value(d, DCAT.downloadURL)).endswith(paths["sqlite"]))
    assert int(g.value(sqlite, DCAT.byteSize)) == (built_outputs.parent / paths["sqlite"]).stat().st_size
    local = [str(u) for d in distributions for u in g.objects(d, DCAT.downloadURL)]
    for url in local:  # relative to the record: every download points at a file of the package
        if "/releases/" not in url:
            assert Path(url.removeprefix("file://")).is_file(), url


@pytest.mark.parametrize(("node_type", "prop"), [
    ("dcat:Dataset", "dct:publisher"), ("dcat:Dataset", "dct:title"), ("dcat:Dataset", "dcat:theme"),
    ("dcat:Dataset", "dct:identifier"), ("dcat:Catalog", "dct:publisher"),
    ("dcat:Distribution", "dcat:accessURL"),
])
def test_a_record_missing_a_mandatory_property_fails(record: dict[str, Any], built_outputs: Path, shapes: Graph,
                                                      node_type: str, prop: str) -> None:
    broken = copy.deepcopy(record)
    for node in broken["@graph"]:
        if node.get("@type") == node_type:
            node.pop(prop, None)
    conforms, text = shacl(graph_of(broken, built_outputs.parent / "broken" / "dcat.jsonld"), shapes)
    assert not conforms and prop in text


def test_a_licence_outside_the_eu_vocabulary_fails(record: dict[str, Any], built_outputs: Path, shapes: Graph) -> None:
    broken = copy.deepcopy(record)
    for node in broken["@graph"]:
        if node.get("@type") == "dcat:Distribution":
            node["dct:license"] = {"@id": "https://creativecommons.org/licenses/by/4.0/"}
    conforms, text = shacl(graph_of(broken, built_outputs.parent / "broken" / "dcat.jsonld"), shapes)
    assert not conforms and "licence" in text


def test_download_base_makes_every_url_absolute(built_outputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.outputs import dcat

    settings = {**dcat.catalog_settings(), "download_base": "https://example.org/ks-demands/main/",
                "publisher": {"name": "Someone", "organisation_number": "123456789"}}
    monkeypatch.setattr(dcat, "catalog_settings", lambda: settings)
    package = read_package(built_outputs)
    g = Graph().parse(data=json.dumps(dcat_record(package, output_paths(package.name))), format="json-ld")
    urls = [str(u) for p in (DCAT.accessURL, DCAT.downloadURL) for u in g.objects(None, p)]
    assert urls and all(u.startswith("https://example.org/ks-demands/main/") for u in urls)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    assert str(g.value(dataset, DCT.publisher)).endswith("/organizations/123456789")


def test_the_committed_record_is_the_one_the_package_gives() -> None:
    package = read_package(ROOT / "datapackage.json")
    committed = json.loads((ROOT / RECORD).read_text(encoding="utf-8"))
    assert committed == dcat_record(package, output_paths(package.name))
