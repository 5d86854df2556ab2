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
