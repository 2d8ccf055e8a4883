package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a candidate: name-match quality first (exact 1.0, folded 0.85, without the site 0.75, other vowels 0.65,
 * fuzzy 0.55 and less per edit), then
 * the place's importance (kind, population, number of sources), then the context: the kind of site the text
 * calls it, the article's countries, closeness to its other places, the border it is said to be on. Weights are set so that context can
 * decide between namesakes but cannot lift a fuzzy match over an exact or folded one.
 */
final class CandidateScore {
    private CandidateScore() {
    }

    /** "On the border with X" puts a place this close to X's border. */
    private static final double BORDER_KM = 30;

    /**
     * Whether a place near X's border is near the border X shares with the text's other countries: in an Iraqi
     * story "the border with Syria" is the Iraqi-Syrian one, not Syria's border with Turkey.
     */
    private static boolean onSharedBorder(String iso, GazetteerEntry p, SearchContext ctx, CountryBorders borders) {
        boolean others = false;
        for (String country : ctx.countries()) {
            if (!country.equals(iso)) {
                others = true;
                if (borders.kmToBorder(country, p.lat(), p.lon()) < BORDER_KM) {
                    return true;
                }
            }
        }
        return !others;
    }

    static Candidate score(GazetteerEntry p, MatchKind match, int edits, String folded, SearchContext ctx, CountryBorders borders) {
        List<String> why = new ArrayList<>();
        double s = switch (match) {
            case EXACT -> 1.0;
            case FOLDED -> 0.85;
            case WITHOUT_SITE -> 0.75;
            case VOWELS -> 0.65;
            case FUZZY -> 0.55 - 0.1 * Math.max(0, edits - 1);
        };
        why.add(switch (match) {
            case EXACT -> "exact name";
            case FOLDED -> "folded name '" + folded + "'";
            case WITHOUT_SITE -> "the town of the site, '" + folded + "'";
            case VOWELS -> "other vowels than '" + folded + "'";
            case FUZZY -> "fuzzy name, " + edits + " edit" + (edits == 1 ? "" : "s") + " from '" + folded + "'";
        });
        double kind = switch (p.kind()) {
            case CITY, ADMIN_SEAT -> 0.08;
            case DISTRICT -> 0.04;
            case VILLAGE_TOWN -> 0.02;
            case OTHER -> -0.05;
            default -> 0.03;
        };
        double size = p.population() > 0 ? 0.1 * Math.min(1, Math.log10(p.population()) / 7) : 0;
        s += kind + size + (p.sources().size() > 1 ? 0.03 : 0);
        why.add(p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (p.population() > 0 ? ", population " + p.population() : "")
                + (p.sources().size() > 1 ? ", " + p.sources().size() + " sources" : ""));
        if (ctx.kind() != null && p.kind() == ctx.kind()) {
            s += 0.2;
            why.add("a " + p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", as the text says");
        }
        if (!ctx.countries().isEmpty() && p.country() != null) {
            if (ctx.countries().contains(p.country())) {
                s += 0.25;
                why.add("in " + p.country() + ", a country of the text");
            } else {
                s -= 0.15;
                why.add("in " + p.country() + ", not a country of the text");
            }
        }
        double nearest = Double.POSITIVE_INFINITY;
        String nearestName = null;
        for (SearchContext.Anchor a : ctx.near()) {
            double km = GreatCircle.km(a.lat(), a.lon(), p.lat(), p.lon());
            if (km < nearest) {
                nearest = km;
                nearestName = a.name();
            }
        }
        if (nearestName != null) {
            s += 0.35 * Math.exp(-nearest / 75.0);
            why.add(Math.round(nearest) + " km from " + nearestName);
        }
        if (borders != null) {
            for (String iso : ctx.borders()) {
                double km = borders.kmToBorder(iso, p.lat(), p.lon());
                if (km < BORDER_KM && onSharedBorder(iso, p, ctx, borders)) {
                    s += 0.15;
                    why.add(Math.round(km) + " km from the border of " + iso);
                }
            }
        }
        return new Candidate(p, match, folded, edits, s, why);
    }
}
