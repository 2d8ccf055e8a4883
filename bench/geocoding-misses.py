#!/usr/bin/env python3
"""Every gold place the scorer's geocoding line misses, and every far namesake.

    python3 bench/geocoding-misses.py GOLD_DIR PRED_DIR

GOLD_DIR is the evaluation corpus (score.py is read from beside it, ../score.py); PRED_DIR holds the engine's
gold-format output (frontline extract GOLD_DIR --format gold --out PRED_DIR). Part 1 pairs events exactly as
score.py does and prints each gold place with coordinates that the prediction names but puts more than 15 km
off or nowhere: article, gold name and point, predicted point, distance, coord_source. Part 2 looks past the
pairing: every predicted place (offsets and border points left out) whose name a gold place of the same
article has, more than 15 km from it - a far namesake, whether the scorer counts it or not.
"""
import sys

from scored_pairs import articles, load_scorer


def main(gold_dir, pred_dir):
    s = load_scorer(gold_dir)
    counted = within = 0
    far = []
    for article, golds, preds, pairs in articles(s, gold_dir, pred_dir):
        paired_g, paired_p = {g for g, _ in pairs}, {p for _, p in pairs}
        rest_g = [g for g in range(len(golds)) if g not in paired_g]
        rest_p = [p for p in range(len(preds)) if p not in paired_p]
        for a, b in s.best_pairs([golds[i] for i in rest_g], [preds[i] for i in rest_p], s.core_match):
            pairs.append((rest_g[a], rest_p[b]))
        for gi, pi in pairs:
            for gp in golds[gi].get("places") or []:
                gc = s.coords(gp)
                same = [q for q in preds[pi].get("places") or [] if s.norm_name(q.get("name")) == s.norm_name(gp.get("name"))]
                if not gc or not same:
                    continue
                counted += 1
                located = [(s.km(gc, s.coords(q)), q) for q in same if s.coords(q)]
                if located and min(located, key=lambda t: t[0])[0] <= s.PLACE_KM:
                    within += 1
                    continue
                where = "unresolved"
                if located:
                    km, q = min(located, key=lambda t: t[0])
                    where = f"{q['lat']:.4f},{q['lon']:.4f}\t{km:.0f} km\t{q.get('coord_source')}"
                print(f"miss\t{article}\t{gp.get('name')}\t{gc[0]:.4f},{gc[1]:.4f}\t{where}")
        gold_points = {s.norm_name(p.get("name")): s.coords(p) for e in golds for p in e.get("places") or [] if s.coords(p)}
        seen = set()
        for e in preds:
            for q in e.get("places") or []:
                source = q.get("coord_source") or ""
                g = gold_points.get(s.norm_name(q.get("name")))
                if not g or not s.coords(q) or source.startswith(("offset:", "border:")) or q.get("name") in seen:
                    continue
                seen.add(q.get("name"))
                km = s.km(g, s.coords(q))
                if km > s.PLACE_KM:
                    far.append(f"far\t{article}\t{q.get('name')}\t{g[0]:.4f},{g[1]:.4f}\t{q['lat']:.4f},{q['lon']:.4f}\t{km:.0f} km\t{source}")
    print("\n".join(far))
    print(f"{within} of {counted} named gold places within {s.PLACE_KM:.0f} km; {len(far)} far namesakes", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
