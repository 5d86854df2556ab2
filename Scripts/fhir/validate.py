#!/usr/bin/env python3
"""Validate FHIR JSON resources against the FHIR R4 model of PyPI fhir.resources (8.3.0).

Usage: validate.py FILE_OR_FOLDER...

Each file holds one resource; it is validated as the model of its resourceType. fhir.resources 8 has R5 models by
default and R4B models in fhir.resources.R4B; R4B changed nothing in the resources this server returns
(CapabilityStatement, CodeSystem, Bundle, Parameters, ValueSet, OperationOutcome), so R4B stands for R4 here.

Prints one line per failure (file: resourceType: the first errors) and one summary line; exits 1 on any failure,
2 when the module is missing or no file was given.
"""
import json
import pathlib
import sys

try:
    from fhir.resources.R4B import get_fhir_model_class
except ImportError as e:  # the caller skips with this message
    print(f"fhir.resources (R4B) is not installed: {e}; pip install fhir.resources==8.3.0", file=sys.stderr)
    sys.exit(2)


def files(arguments):
    for argument in arguments:
        path = pathlib.Path(argument)
        if path.is_dir():
            yield from sorted(path.glob("*.json"))
        else:
            yield path


def problem(path):
    """The failure of one file in one line, or None when it is a valid resource."""
    try:
        resource = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return f"not JSON: {e}"
    kind = resource.get("resourceType") if isinstance(resource, dict) else None
    if not kind:
        return "no resourceType"
    try:
        model = get_fhir_model_class(kind)
    except KeyError:
        return f"{kind}: not an R4 resource type"
    try:
        model.model_validate(resource)
    except Exception as e:  # pydantic.ValidationError, or a FHIR model error
        lines = [line.strip() for line in str(e).splitlines() if line.strip()]
        return f"{kind}: " + " | ".join(lines[:6])
    return None


def main(arguments):
    paths = list(files(arguments))
    if not paths:
        print("usage: validate.py FILE_OR_FOLDER... (no JSON file found)", file=sys.stderr)
        return 2
    failures = 0
    for path in paths:
        why = problem(path)
        if why:
            failures += 1
            print(f"{path}: {why}")
    print(f"validated {len(paths)} resources: {len(paths) - failures} valid, {failures} invalid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
