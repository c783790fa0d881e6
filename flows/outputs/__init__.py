"""Derived outputs of a release, built from its data package and published with it.

From `datapackage.json` and the CSV files it describes (flows.outputs.package), next to
the package:

| file | module |
|---|---|
| `processed/<name>.sqlite` | sqlite: the tables with keys, indexes and descriptions |
| `processed/<name>.xlsx` | spreadsheet: one sheet per table, README sheet, safe cells |
| `processed/datasette-metadata.json` | datasette: titles, descriptions, canned queries |
| `charts/*.png` | charts: the card's charts, from canned queries on the SQLite build |
| `DATASET.md` | card: the dataset card |
| `catalog/dcat.jsonld` | dcat: the DCAT-AP-NO record |

The flow builds them in the staging folder after the tables (a new release), or, when no
rows changed, rebuilds them from the published package and swaps them in only if they
differ (flows.outputs.refresh): either way atomically with the package.

A release reuses the published outputs for the documents that did not change (plan: which
rows can be copied; state: what the published outputs were built from; sqlite copies rows
from the previous database; sheet_rows, sheet_xml and zipstream copy or write the
spreadsheet's chunks); the files are the bytes a build from scratch gives.

flows.outputs.build builds and checks them; this package imports nothing by itself, so
importing one module does not load matplotlib, XlsxWriter and apsw.
"""
