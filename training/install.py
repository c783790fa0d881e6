"""Install a trained pipeline as the project's language layer.

    python training/install.py training/output/model-best flows/nlp/model

Copies the pipeline and writes the project's name, version, description and
licence into its meta.json (spaCy leaves them empty).
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

META = {
    "name": "ks_demands_nb",
    "description": "Norwegian (bokmål and nynorsk) tokenizer, morphologizer (UD POS and features), "
                   "NDT dependency parser, NorNE named entities and edit-tree lemmatizer, trained on the "
                   "Norwegian Dependency Treebank with NorNE (training/config.cfg).",
    "license": "CC0-1.0 annotations (NDT, NorNE); model weights MIT with the project's code",
    "author": "KS demands project",
    "sources": [{"name": "Norwegian Dependency Treebank with NorNE", "url": "https://github.com/ltgoslo/norne",
                 "license": "CC0-1.0 (annotations); texts not redistributed"}],
}


def install(source: Path, target: Path, version: str) -> None:
    if not (source / "config.cfg").exists():
        raise SystemExit(f"{source} is not a trained spaCy pipeline (no config.cfg): run the training first")
    tmp = target.with_name(target.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(source, tmp)
    meta_path = tmp / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META, version=version)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("source", type=Path)
    p.add_argument("target", type=Path)
    p.add_argument("--version", default="1.0.0")
    args = p.parse_args(argv)
    install(args.source, args.target, args.version)
    print(f"installed {args.source} -> {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
