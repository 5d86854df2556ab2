#!/usr/bin/env python3
"""Check a procedure-phrase file (Evaluation/pcs-phrases-*.tsv) against the FY2026 ICD-10-PCS tables XML.

Usage: python3 Evaluation/verify-pcs-phrases.py Evaluation/pcs-phrases-test.tsv [TABLES_XML]
(TABLES_XML defaults to ../shared/codesets/icd10pcs-2026/icd10pcs_tables_2026.xml beside the repository.)
Each `expected` must be a valid 7-character code, or a prefix (4 to 6 characters) of at least one valid code.
Prints the title (axis labels) of each full code, and the shared axis labels of each prefix, to be read against the
phrase."""
import csv, itertools, sys, os
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'pcs-phrases-test.tsv')
TABLES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    HERE, '..', '..', 'shared', 'codesets', 'icd10pcs-2026', 'icd10pcs_tables_2026.xml')

def load_codes():
    codes = {}
    for t in ET.parse(TABLES).getroot().findall('pcsTable'):
        head = {int(a.get('pos')): [(l.get('code'), l.text) for l in a.findall('label')] for a in t.findall('axis')}
        for row in t.findall('pcsRow'):
            axes = dict(head)
            for a in row.findall('axis'):
                axes[int(a.get('pos'))] = [(l.get('code'), l.text) for l in a.findall('label')]
            for combo in itertools.product(*(axes[i] for i in range(1, 8))):
                codes[''.join(c for c, _ in combo)] = [lab for _, lab in combo]
    return codes

def main():
    codes = load_codes()
    prefixes = set(c[:n] for c in codes for n in range(4, 7))
    with open(TSV, newline='') as f:
        lines = f.read().split('\n')
    errors, n, kinds, seen = [], 0, Counter(), Counter()
    if lines[0] != 'phrase\texpected':
        errors.append(f'bad header: {lines[0]!r}')
    for i, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        parts = line.split('\t')
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            errors.append(f'line {i}: malformed: {line!r}'); continue
        phrase, exp = parts
        n += 1; seen[phrase.lower()] += 1
        if exp != exp.strip().upper():
            errors.append(f'line {i}: expected not clean/uppercase: {exp!r}')
        if len(exp) == 7:
            if exp in codes:
                kinds['full'] += 1
                print(f'OK   {exp:<7}  {phrase}\n         -> ' + ' | '.join(codes[exp][2:]) + f'  [{codes[exp][0]} / {codes[exp][1]}]')
            else:
                errors.append(f'line {i}: {exp} is not a valid FY2026 code ({phrase})')
        elif 4 <= len(exp) <= 6:
            if exp in prefixes:
                kinds['prefix'] += 1
                m = [c for c in codes if c.startswith(exp)]
                print(f'OK   {exp:<7}  {phrase}\n         -> prefix of {len(m)} codes: ' + ' | '.join(codes[m[0]][2:len(exp)]))
            else:
                errors.append(f'line {i}: {exp} is not a prefix of any FY2026 code ({phrase})')
        else:
            errors.append(f'line {i}: {exp!r} has bad length {len(exp)}')
    for p, k in seen.items():
        if k > 1: errors.append(f'duplicate phrase: {p}')
    print(f'\n{n} phrases: {kinds["full"]} full codes, {kinds["prefix"]} prefixes')
    if errors:
        print(f'FAIL: {len(errors)} problem(s)'); [print('  ' + e) for e in errors]; sys.exit(1)
    print('PASS: every expected value is a valid FY2026 ICD-10-PCS code or code prefix')

if __name__ == '__main__':
    main()
