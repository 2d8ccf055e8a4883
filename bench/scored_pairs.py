"""What the bench scripts that look behind the scorer share: ../shared/eval/score.py itself, and each article's gold and
predicted events with the pairs score.py matches."""
import os
import sys


def load_scorer(gold_dir):
    """score.py from beside the corpus GOLD_DIR's records are in (a fold's records are links into the corpus)."""
    some = next(f for f in sorted(os.listdir(gold_dir)) if f.endswith(".json"))
    corpus = os.path.dirname(os.path.realpath(os.path.join(gold_dir, some)))
    sys.path.insert(0, os.path.dirname(corpus))
    import score
    return score


def articles(s, gold_dir, pred_dir):
    """(article id, gold events, predicted events, the (gold, predicted) index pairs score.py matches fully) for each
    gold record; an article without a prediction has no predicted events, as in score.py."""
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = s.load(os.path.join(gold_dir, name))
        path = os.path.join(pred_dir, name)
        pred = s.load(path) if os.path.exists(path) else {"events": []}
        golds, preds = gold.get("events") or [], pred.get("events") or []
        yield name[:-5], golds, preds, s.best_pairs(golds, preds, s.full_match)
