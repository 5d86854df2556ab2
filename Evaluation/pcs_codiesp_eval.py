#!/usr/bin/env python3
"""Micro P/R/F1 of ICD-10-PCS suggestions against CodiEsp gold (DOCID<TAB>code), a code counted once per document.

usage: pcs_codiesp_eval.py GOLD.tsv PRED.tsv TEXT_DIR
Full level: a prediction counts only if equal to the gold string. 4-char level: both sides cut to four characters.
"""
import os, sys

def load(path, docs):
    out = {d: set() for d in docs}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and parts[0] in out:
            out[parts[0]].add(parts[1].strip().lower())
    return out

def score(gold, pred, cut=None):
    tp = fp = fn = 0
    for d in gold:
        g = {c[:cut] for c in gold[d]} if cut else gold[d]
        p = {c[:cut] for c in pred[d]} if cut else pred[d]
        tp += len(g & p); fp += len(p - g); fn += len(g - p)
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F, tp, fp, fn

gold_path, pred_path, text_dir = sys.argv[1:4]
docs = [f[:-4] for f in os.listdir(text_dir) if f.endswith(".txt")]
gold, pred = load(gold_path, docs), load(pred_path, docs)
for name, cut in (("full", None), ("4-char", 4)):
    P, R, F, tp, fp, fn = score(gold, pred, cut)
    print(f"{name:7s} P={P:.3f} R={R:.3f} F1={F:.3f} (tp={tp} fp={fp} fn={fn}, {len(docs)} docs)")
