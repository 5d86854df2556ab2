#!/usr/bin/env python3
"""Holds Package.swift's dependency edges to the imports, both ways: every module a target's sources import is a
dependency it declares (swift build --explicit-target-dependency-import-check error checks that too), and every
dependency it declares is imported by at least one of its files. System modules (Foundation, Dispatch, Glibc,
Synchronization, Testing, XCTest …) are not dependencies. Prints one line per difference; exit status 1 when any.

    python3 Scripts/lint/check-dependencies.py
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYSTEM = {"Foundation", "FoundationEssentials", "FoundationXML", "FoundationNetworking", "CoreFoundation", "Dispatch", "Glibc", "Darwin", "Synchronization", "Testing", "XCTest",
          "os", "Observation", "RegexBuilder", "_Concurrency", "Musl"}
# products whose modules differ from their names, or that bring several modules
PRODUCT_MODULES = {
    "Hummingbird": {"Hummingbird", "HummingbirdCore", "HTTPTypes", "NIOCore", "Logging", "ServiceLifecycle",
                    "NIOPosix", "NIOHTTPTypes"},
    "HummingbirdTesting": {"HummingbirdTesting"},
    "GRDB": {"GRDB"},
    "Crypto": {"Crypto"},
    "_CryptoExtras": {"_CryptoExtras"},
    "ArgumentParser": {"ArgumentParser"},
    "ZIPFoundation": {"ZIPFoundation"},
    "Yams": {"Yams"},
    "CoreMetrics": {"CoreMetrics"},
    "Prometheus": {"Prometheus"},
}


def targets(manifest: str):
    """(kind, name, dependencies) of each target, read from the manifest's text."""
    out = []
    for m in re.finditer(r'\.(target|executableTarget|testTarget)\(\s*name:\s*"([^"]+)"(.*?)(?=\n\s*\.(?:target|executableTarget|testTarget)\(|\n\s*\]\s*\n\))',
                         manifest, re.S):
        kind, name, body = m.groups()
        deps = set()
        d = re.search(r'dependencies:\s*\[(.*?)\]\s*(?:,\s*(?:path|resources|swiftSettings|exclude|plugins)|\))', body, re.S)
        if d:
            text = d.group(1)
            deps |= {p for p in re.findall(r'\.product\(name:\s*"([^"]+)"', text)}
            text = re.sub(r'\.product\([^)]*\)', '', text)
            deps |= set(re.findall(r'"([^"]+)"', text))
        out.append((kind, name, deps))
    return out


def imports(folder: Path):
    found = {}
    for f in folder.rglob("*.swift"):
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r'\s*(?:@testable\s+|@_spi\([^)]*\)\s+|public\s+|internal\s+|package\s+)*import\s+(?:struct\s+|enum\s+|class\s+|func\s+|protocol\s+)?([A-Za-z_][A-Za-z0-9_]*)', line)
            if m:
                found.setdefault(m.group(1), f.relative_to(ROOT))
    return found


def main():
    manifest = (ROOT / "Package.swift").read_text(encoding="utf-8")
    problems = []
    declared_targets = {name for _, name, _ in targets(manifest)}
    executables = {name for kind, name, _ in targets(manifest) if kind == "executableTarget"}
    for kind, name, deps in targets(manifest):
        folder = ROOT / ("Tests" if kind == "testTarget" else "Sources") / name
        used = imports(folder)
        provided = {}
        for dep in deps:
            for module in (PRODUCT_MODULES.get(dep, {dep}) if dep not in declared_targets else {dep}):
                provided[module] = dep
        for module, where in sorted(used.items()):
            if module in SYSTEM or module == name:
                continue
            if module not in provided:
                problems.append(f"{name}: imports {module} ({where}) but does not declare it")
        for dep in sorted(deps):
            # a test target may depend on the executable only to have it built (it runs it as a process)
            if kind == "testTarget" and dep in executables:
                continue
            modules = {dep} if dep in declared_targets else PRODUCT_MODULES.get(dep, {dep})
            if not modules & set(used):
                problems.append(f"{name}: declares {dep} but no file of it imports it")
    for p in problems:
        print(p)
    print(f"check-dependencies: {len(targets(manifest))} targets, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
