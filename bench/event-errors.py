#!/usr/bin/env python3
"""Every false negative and false positive of the event scorer, with its sentence, for error analysis.

    python3 bench/event-errors.py GOLD_DIR PRED_DIR [--type T]

GOLD_DIR holds gold records (the corpus, or one fold's tune part: ../shared/eval/folds.py CORPUS OUT, then
OUT/fold-0/tune; never a check part you mean to score on); score.py is read from the corpus beside the links'
targets (../score.py of the corpus). PRED_DIR holds the engine's gold-format output (frontline extract CORPUS
--format gold --out PRED_DIR). Events are paired exactly as score.py pairs them. Each miss (FN) and each wrong
prediction (FP) is printed with the nearest event of the same type on the other side and the fields that
differ (actor, target, place, date), so a near miss reads "FN ... near: actor SAA != SDF". Last, the counts by
type and by cause.
"""
import sys
from collections import Counter

from scored_pairs import articles, load_scorer


def differences(s, gold, pred):
    """The fields a pair of same-type events disagree on, in the scorer's terms."""
    out = []
    if gold.get("actor") != pred.get("actor"):
        out.append(f"actor {pred.get('actor')} != {gold.get('actor')}")
    if not s.target_ok(gold, pred):
        out.append(f"target {pred.get('target')} != {gold.get('target')}")
    if not s.place_ok(gold, pred):
        out.append(f"place {names(pred)} != {names(gold)}")
    if not s.date_ok(gold, pred):
        out.append(f"date {pred.get('date')} != {gold.get('date')}")
    return out


def names(event):
    return "/".join(p.get("name") or "?" for p in event.get("places") or []) or "-"


def nearest(s, event, others, flip):
    """The same-type event on the other side with the fewest differing fields, and those fields."""
    best = None
    for o in others:
        if o.get("type") != event.get("type"):
            continue
        d = differences(s, o, event) if flip else differences(s, event, o)
        if best is None or len(d) < len(best[1]):
            best = (o, d)
    return best


def line(event):
    return (f"{event.get('type'):<10} {event.get('actor')} -> {event.get('target')} at {names(event)}"
            f" on {event.get('date')}")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    only = argv[argv.index("--type") + 1] if "--type" in argv else None
    if only:
        args.remove(only)
    if len(args) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    gold_dir, pred_dir = args
    s = load_scorer(gold_dir)
    causes, by_type = Counter(), Counter()
    for article, golds, preds, matched in articles(s, gold_dir, pred_dir):
        tp_g, tp_p = {g for g, _ in matched}, {p for _, p in matched}
        miss_g = [golds[i] for i in range(len(golds)) if i not in tp_g]
        miss_p = [preds[i] for i in range(len(preds)) if i not in tp_p]
        rows = []
        for kind, event, others, flip in [("FN", g, miss_p, False) for g in miss_g] + [("FP", p, miss_g, True) for p in miss_p]:
            if only and event.get("type") != only:
                continue
            near = nearest(s, event, others, flip)
            cause = "no same-type event" if near is None else "near: " + ", ".join(near[1])
            causes[kind + " " + ("no same-type event" if near is None else "/".join(f.split(" ")[0] for f in near[1]))] += 1
            by_type[(kind, event.get("type"))] += 1
            rows.append(f"{kind} {line(event)}\n   {cause}\n   \"{(event.get('evidence') or '').strip()}\"")
        if rows:
            print(f"== {article}")
            print("\n".join(rows))
    print("== by type")
    for ty in sorted({t for _, t in by_type}):
        print(f"{ty:<12} FN {by_type[('FN', ty)]:>4}  FP {by_type[('FP', ty)]:>4}")
    print("== by cause (fields that differ from the nearest same-type event on the other side)")
    for cause, n in causes.most_common():
        print(f"{n:>5}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
