"""Scripts/extract-codesets.py as a module (its file name has a hyphen): the fixed ZIP metadata and the manifest
helpers the scripts that compile CodeSets/ share."""
import importlib.util
from pathlib import Path


def extract_codesets():
    path = Path(__file__).resolve().parent / "extract-codesets.py"
    spec = importlib.util.spec_from_file_location("extract_codesets", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_or_check(tool: str, entry: dict, archive: bytes, out: Path, check: bool) -> int:
    """Writes a compiled archive and its manifest entry into CodeSets/ (`out`), or, with `check`, compares a fresh
    build with what is there; the exit status of the compiling script."""
    import json
    import sys

    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    others = [e for e in manifest if e.get("path") != entry["path"]]
    target = out / entry["path"]
    if check:
        recorded = next((e for e in manifest if e.get("path") == entry["path"]), None)
        if recorded != entry:
            print(f"{tool}: check failed: {entry['path']}: manifest entry differs from a fresh build", file=sys.stderr)
            return 1
        if not target.exists() or target.read_bytes() != archive:
            print(f"{tool}: check failed: {entry['path']}: archive differs from a fresh build", file=sys.stderr)
            return 1
        print(f"{tool}: OK, {entry['path']} ({entry['rows']} rows) matches")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(archive)
    manifest_path.write_text(json.dumps(others + [entry], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "mainTerms" in entry:
        print(f"{tool}: {entry['path']}: {entry['rows']} rows, {entry['mainTerms']} main terms, "
              f"{entry['codedRows']} with a code, {entry['zipBytes']} bytes")
    else:
        print(f"{tool}: {entry['path']}: {entry['rows']} rows, {entry['zipBytes']} bytes")
    return 0


def compile_index_file(source: Path, *, sha256: str, compile_fn, error, member: str, system: str, version: str,
                       dest: str, package: str, source_file: str, generator: str, notes: str,
                       count_fields=None) -> tuple[dict, bytes]:
    """Reads a release file from ../shared (checking its SHA-256), compiles it with `compile_fn(raw, name)` into
    bytes and counts, and gives the single-member ZIP and its manifest entry; `error` is the script's error type.
    `count_fields(counts)` gives the entry's count fields (default: an index's rows, main terms and coded rows)."""
    import hashlib

    cs = extract_codesets()
    try:
        raw = source.read_bytes()
    except OSError as e:
        raise error(f"{source}: cannot be read ({e.strerror}); is ../shared beside the repository?")
    digest = hashlib.sha256(raw).hexdigest()
    if digest != sha256:
        raise error(f"{source}: SHA-256 {digest}, expected {sha256} (another edition of the file?)")
    data, counts = compile_fn(raw, source.name)
    archive = cs.make_zip(member, data)
    entry = {
        "system": system,
        "version": version,
        "path": f"{dest}/{member}.zip",
        "member": member,
        "sourcePackage": package,
        "sourceVersion": version,
        "sourceFile": source_file,
        "generator": generator,
        "sourceFileSHA256": sha256,
        "sha256": hashlib.sha256(data).hexdigest(),
        "zipSHA256": hashlib.sha256(archive).hexdigest(),
        "bytes": len(data),
        "zipBytes": len(archive),
        **(count_fields(counts) if count_fields else
           {"rows": counts["rows"], "mainTerms": counts["mainTerms"], "codedRows": counts["coded"]}),
        "licence": "Public domain",
        "dataLicence": cs.CM_DATA_LICENCE.replace("; redistributed unchanged", "; compiled, see notes"),
        "notes": notes,
    }
    return entry, archive
