package org.frontline.gazetteer;

import org.frontline.model.Event;
import org.frontline.model.Extraction;
import org.frontline.model.Place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the places of an article's events coordinates, reading the article as a whole: its countries,
 * borders and provinces ({@link ArticleContext}); then each name's candidates, ranked again with the places
 * the article resolved beyond doubt as anchors, so that namesakes go to the one near the rest of the story.
 * A place stated relative to another ("nine villages west of Baaj") adds an approximate offset point, and an
 * event placed only on a border ("villages on the border with Syria") the point of that border nearest the
 * article's places.
 * A name with no candidate good enough stays unresolved: a far-away namesake is worse than none.
 * Thread-safe.
 */
public final class PlaceResolver {
    /** A small place farther than this from every other place of the article is taken for a namesake and refused. */
    static final double FAR_KM = 500;
    /** A fuzzy match must be in the article's countries and this close to a place the article resolved beyond doubt. */
    static final double FUZZY_NEAR_KM = 150;
    /** A fuzzy match in a story without sure places needs a folded name at least this long. */
    static final int FUZZY_ALONE_LENGTH = 7;
    /** An exact or folded top candidate this far ahead of the next is sure enough to anchor the others. */
    private static final double SURE_MARGIN = 0.15;
    /** Candidates this close to each other are one place to the story: a town and the base named after it. */
    static final double SAME_PLACE_KM = 15;
    /** A place outside the text's countries must be this close to a place the article resolved beyond doubt. */
    static final double ABROAD_NEAR_KM = 150;
    /**
     * A small place whose name has a namesake this far from it in the text's countries must be as close to a place
     * the article resolved beyond doubt: farther, the story may be about another one, which the gazetteer may lack.
     */
    static final double AMBIGUOUS_NEAR_KM = 75;
    /** Candidates kept per name for ranking again with the article's sure places: namesakes are rarely more. */
    private static final int CANDIDATES = 50;

    /** A border point needs an article place at most this far from that border: farther, the story is elsewhere. */
    static final double BORDER_ANCHOR_KM = 150;
    /** A border point is known no better than this: "villages on the border" stretch along it. */
    static final double BORDER_MIN_UNCERTAINTY_KM = 10;
    private static final Pattern BORDER = Pattern.compile("\\bborders?\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The extraction with its events' places resolved where the gazetteer knows them. */
    public Extraction resolve(Extraction x) {
        Set<String> names = new LinkedHashSet<>();
        x.events().forEach(e -> e.places().forEach(p -> names.add(p.name())));
        if (names.isEmpty()) {
            return x; // no place to anchor a border point either
        }
        ArticleContext article = ArticleContext.of(x.article().fullText(), gazetteer);
        SearchContext base = new SearchContext(article.countries, article.provinces, article.borders);

        Map<String, FeatureKind> kinds = new HashMap<>();
        x.events().forEach(e -> e.places().forEach(p -> {
            FeatureKind k = FeatureKind.statedIn(e.placeText(), p.name());
            if (k != null) {
                kinds.putIfAbsent(p.name(), k);
            }
        }));
        Map<String, List<Candidate>> first = new LinkedHashMap<>();
        Map<String, SearchContext.Anchor> sure = new LinkedHashMap<>();
        for (String n : names) {
            SearchContext named = kinds.containsKey(n) ? base.withKind(kinds.get(n)) : base;
            List<Candidate> c = gazetteer.search(n, named, CANDIDATES);
            first.put(n, c);
            if (!c.isEmpty() && c.get(0).match().sameName() && accepted(n, c, named) && inCountries(c.get(0), named)
                    && clearlyFirst(c)) {
                GazetteerEntry p = c.get(0).place();
                sure.put(n, new SearchContext.Anchor(n, p.lat(), p.lon()));
            }
        }
        Map<String, List<SearchContext.Anchor>> stated = statedAnchors(x, sure);
        Map<String, Place> resolved = new HashMap<>();
        for (String n : names) {
            List<SearchContext.Anchor> near = new ArrayList<>(article.provinces);
            near.addAll(stated.getOrDefault(n, List.of()));
            sure.forEach((other, anchor) -> {
                if (!other.equals(n)) {
                    near.add(anchor);
                }
            });
            SearchContext ctx = new SearchContext(article.countries, near, article.borders, kinds.get(n));
            List<Candidate> c = near.isEmpty() ? first.get(n) : gazetteer.rerank(first.get(n), ctx);
            resolved.put(n, c.isEmpty() || !accepted(n, c, ctx) ? Place.named(n) : place(n, c.get(0)));
        }
        List<Place> anchors = resolved.values().stream().filter(Place::resolved).toList();
        List<Event> events = new ArrayList<>(x.events().size());
        for (Event e : x.events()) {
            List<Place> places = new ArrayList<>();
            for (Place p : e.places()) {
                Place r = p.resolved() ? p : resolved.getOrDefault(p.name(), p);
                places.add(r);
                Place offset = offset(e.placeText(), r);
                if (offset != null) {
                    places.add(offset);
                }
            }
            if (places.stream().noneMatch(Place::resolved)) {
                Place border = onBorder(e, article.borders, anchors);
                if (border != null) {
                    places.add(border);
                }
            }
            events.add(e.withPlaces(places));
        }
        return new Extraction(x.article(), events, x.relations());
    }

    /**
     * Points the text puts names at: "Amerli, some 160 km north of Baghdad", the name before a relation with a stated
     * distance to a sure place. Such a point anchors the name as a sure place would.
     */
    private static Map<String, List<SearchContext.Anchor>> statedAnchors(Extraction x, Map<String, SearchContext.Anchor> sure) {
        Map<String, List<SearchContext.Anchor>> stated = new HashMap<>();
        for (Event e : x.events()) {
            if (e.placeText() == null) {
                continue;
            }
            for (SearchContext.Anchor a : sure.values()) {
                RelativeLocation rel = RelativeLocation.find(e.placeText(), a.name());
                if (rel == null || !rel.stated()) {
                    continue;
                }
                int relation = e.placeText().indexOf(rel.phrase());
                for (Place p : e.places()) {
                    int at = e.placeText().indexOf(p.name());
                    if (!p.name().equals(a.name()) && at >= 0 && at + p.name().length() <= relation) {
                        double[] point = rel.from(a.lat(), a.lon());
                        stated.computeIfAbsent(p.name(), k -> new ArrayList<>())
                                .add(new SearchContext.Anchor(rel.phrase(), point[0], point[1]));
                    }
                }
            }
        }
        return stated;
    }

    /** One name alone, in a given context: the best candidate's place, or the name unresolved. */
    public Place resolve(String name, SearchContext context) {
        List<Candidate> c = gazetteer.search(name, context, CANDIDATES);
        return c.isEmpty() || !accepted(name, c, context) ? Place.named(name) : place(name, c.get(0));
    }

    /**
     * Whether the top candidate is ahead of every other by {@value #SURE_MARGIN}, or the ones that are not lie
     * within {@value #SAME_PLACE_KM} km of it: then where the name is, is sure.
     */
    private static boolean clearlyFirst(List<Candidate> ranked) {
        Candidate top = ranked.get(0);
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (top.score() - c.score() >= SURE_MARGIN) {
                return true; // ranked best first: the rest are farther behind
            }
            if (km(top, c) > SAME_PLACE_KM) {
                return false;
            }
        }
        return true;
    }

    private static double km(Candidate a, Candidate b) {
        return GreatCircle.km(a.place().lat(), a.place().lon(), b.place().lat(), b.place().lon());
    }

    private static Place place(String name, Candidate c) {
        GazetteerEntry p = c.place();
        return new Place(name, p.lat(), p.lon(), p.coordSource(), false, 0);
    }

    private static boolean inCountries(Candidate c, SearchContext ctx) {
        return c.place().country() != null && ctx.countries().contains(c.place().country());
    }

    /**
     * Whether the best of the ranked candidates is good enough to put the name on the map. A wrong point is worse
     * than none: a match that is not the name itself must be in the text's countries and near the story's sure
     * places (in a story without any, other vowels or one edit from a long name, with no namesake far off); a
     * place abroad must be near them; a small place with a far namesake in the text's countries must be near
     * them; and no small place is far from them.
     */
    static boolean accepted(String name, List<Candidate> ranked, SearchContext ctx) {
        Candidate c = ranked.get(0);
        GazetteerEntry p = c.place();
        boolean inCountry = ctx.countries().isEmpty() || inCountries(c, ctx);
        double nearest = ctx.near().stream().mapToDouble(a -> GreatCircle.km(a.lat(), a.lon(), p.lat(), p.lon()))
                .min().orElse(Double.POSITIVE_INFINITY);
        // a namesake in the text's countries far from this one: the name alone does not tell which is meant
        // (of the kind of site the text calls it, when it is of that kind: "the gas field of X" is no village X)
        boolean asStated = ctx.kind() != null && p.kind() == ctx.kind();
        boolean ambiguous = ranked.stream().skip(1)
                .anyMatch(o -> (ctx.countries().isEmpty() || inCountries(o, ctx)) && km(c, o) > AMBIGUOUS_NEAR_KM
                        && (!asStated || o.place().kind() == ctx.kind()));
        if (!c.match().sameName()) {
            // or, in a story with no sure place, other vowels without a namesake or one edit away from a long name
            return inCountry && (nearest <= FUZZY_NEAR_KM || ctx.near().isEmpty() && !ambiguous
                    && (c.match() == MatchKind.VOWELS || c.edits() <= 1 && PlaceNameAnalyzer.fold(name).length() >= FUZZY_ALONE_LENGTH));
        }
        if (!inCountry) {
            return nearest <= ABROAD_NEAR_KM;
        }
        boolean wellKnown = p.kind() == FeatureKind.CITY || p.population() >= FeatureKind.CITY_POPULATION;
        if (!ctx.near().isEmpty() && nearest > AMBIGUOUS_NEAR_KM && ambiguous && !wellKnown && p.kind() != FeatureKind.ADMIN_SEAT) {
            return false;
        }
        // far from every other place of the story: a small place is taken for a namesake
        return nearest <= FAR_KM || ctx.near().isEmpty() || wellKnown;
    }

    /** The point a relative phrase ("20 km east of Baaj") gives, when the phrase is relative to this place. */
    private static Place offset(String placeText, Place anchor) {
        if (placeText == null || !anchor.resolved()) {
            return null;
        }
        RelativeLocation rel = RelativeLocation.find(placeText, anchor.name());
        if (rel == null) {
            return null;
        }
        double[] at = rel.from(anchor.lat(), anchor.lon());
        return new Place(rel.phrase(), at[0], at[1], Place.OFFSET_FROM + anchor.name(), true, rel.uncertaintyKm());
    }

    /**
     * An event that names no resolvable place and is located on a border ("a group of villages on the border",
     * with "the border with Syria" in its sentence): the point of that country's border nearest the article's
     * resolved places, approximate, with the distance to that place as uncertainty (at least
     * {@value #BORDER_MIN_UNCERTAINTY_KM} km). The country comes from the place words, else the sentence, else
     * the article when it names one border only.
     */
    private Place onBorder(Event e, Set<String> articleBorders, List<Place> anchors) {
        CountryBorders borders = gazetteer.borders();
        if (borders == null || anchors.isEmpty() || e.placeText() == null || !BORDER.matcher(e.placeText()).find()) {
            return null;
        }
        String iso = borderCountry(e, articleBorders);
        if (iso == null) {
            return null;
        }
        double[] best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Place a : anchors) {
            double[] on = borders.nearestBorderPoint(iso, a.lat(), a.lon());
            if (on == null) {
                return null;
            }
            double km = GreatCircle.km(a.lat(), a.lon(), on[0], on[1]);
            if (km < bestKm) {
                best = on;
                bestKm = km;
            }
        }
        if (bestKm > BORDER_ANCHOR_KM) {
            return null;
        }
        return new Place(e.placeText(), best[0], best[1], "border:" + iso, true, Math.max(BORDER_MIN_UNCERTAINTY_KM, bestKm));
    }

    private static String borderCountry(Event e, Set<String> articleBorders) {
        for (String text : new String[] {e.placeText(), e.evidence()}) {
            Set<String> named = ArticleContext.borders(text);
            if (!named.isEmpty()) {
                return named.iterator().next();
            }
        }
        return articleBorders.size() == 1 ? articleBorders.iterator().next() : null;
    }
}
