#!/usr/bin/env python3
"""Would a learned filter over the rules' candidate events beat the fixed --min-confidence? Per fold, by folds.py.

    python3 bench/candidate-filter.py FOLDS_DIR PRED0_DIR [--cues]

FOLDS_DIR is the output of ../shared/eval/folds.py CORPUS FOLDS_DIR; PRED0_DIR the engine's gold-format output with
every candidate kept (frontline extract CORPUS --format gold --min-confidence 0 --out PRED0_DIR). For each fold a
logistic regression (numpy, L2, gradient descent) is trained on the tune part's candidates, labelled right when the
scorer pairs them with a gold event, over: the type, the confidence (and per type), whether a date, a target, a
place and an inferred place were found, and with --cues the reported/planned/background words of the sentence
(said, claimed, would, since, ...). The keep threshold is the F1-best on the tune part; the check part is scored
with it. Prints each fold's check F1 and the mean, to set beside bench/folds.sh's.
"""
import os
import re
import sys

import numpy as np

CUES = {"said", "claimed", "according", "reported", "denied", "says", "would", "will", "could", "plans", "aims",
        "threatened", "vowed", "expected", "since", "ago", "years", "last", "earlier", "after", "before", "when",
        "once", "previously", "attempt", "tried", "trying", "failed"}


def features(e, cues):
    f = {"bias": 1.0, "type=" + e["type"]: 1.0}
    c = e.get("confidence", 0.85)
    f["conf"] = c
    f["conf|" + e["type"]] = c
    f["date"] = 1.0 if e.get("date_text") else 0.0
    f["target"] = 1.0 if e.get("target") else 0.0
    f["place"] = 1.0 if e.get("places") else 0.0
    f["inferred"] = 1.0 if any(p.get("approximate") for p in e.get("places") or []) else 0.0
    if cues:
        for w in set(re.findall(r"[a-z]+", (e.get("evidence") or "").lower())) & CUES:
            f["w=" + w] = 1.0
    return f


def articles(s, gold_dir, pred_dir):
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json"):
            path = os.path.join(pred_dir, name)
            pred = s.load(path) if os.path.exists(path) else {"events": []}
            yield s.load(os.path.join(gold_dir, name)).get("events") or [], pred.get("events") or []


def labelled(s, gold_dir, pred_dir, cues):
    rows = []
    for golds, preds in articles(s, gold_dir, pred_dir):
        right = {pi for _, pi in s.best_pairs(golds, preds, s.full_match)}
        rows += [(features(e, cues), 1.0 if i in right else 0.0) for i, e in enumerate(preds)]
    return rows


def train(rows, l2=1.0, steps=500, rate=1.0):
    keys = sorted({k for f, _ in rows for k in f})
    index = {k: i for i, k in enumerate(keys)}
    x = np.zeros((len(rows), len(keys)))
    y = np.array([label for _, label in rows])
    for r, (f, _) in enumerate(rows):
        for k, v in f.items():
            x[r, index[k]] = v
    w = np.zeros(len(keys))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
    return lambda f: 1 / (1 + np.exp(-sum(w[index[k]] * v for k, v in f.items() if k in index)))


def f1(s, gold_dir, pred_dir, keep):
    tp = fp = fn = 0
    for golds, preds in articles(s, gold_dir, pred_dir):
        kept = [e for e in preds if keep(e)]
        n = len(s.best_pairs(golds, kept, s.full_match))
        tp, fp, fn = tp + n, fp + len(kept) - n, fn + len(golds) - n
    return s.prf(tp, fp, fn)[2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folds, pred_dir = args
    cues = "--cues" in argv
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
    import score as s
    scores = []
    for i in range(5):
        tune, check = (os.path.join(folds, f"fold-{i}", part) for part in ("tune", "check"))
        p = train(labelled(s, tune, pred_dir, cues))
        best = max((f1(s, tune, pred_dir, lambda e, t=t: p(features(e, cues)) >= t), t) for t in np.arange(0.2, 0.55, 0.05))
        scores.append(f1(s, check, pred_dir, lambda e: p(features(e, cues)) >= best[1]))
        print(f"fold {i}  threshold {best[1]:.2f}  tune F1 {best[0]:.3f}  check F1 {scores[-1]:.3f}")
    print(f"mean check F1 {sum(scores) / len(scores):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
