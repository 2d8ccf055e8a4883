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

        Map<String, List<Candidate>> first = new LinkedHashMap<>();
        Map<String, SearchContext.Anchor> sure = new LinkedHashMap<>();
        for (String n : names) {
            List<Candidate> c = gazetteer.search(n, base, CANDIDATES);
            first.put(n, c);
            if (!c.isEmpty() && c.get(0).match() != MatchKind.FUZZY && accepted(n, c.get(0), base) && inCountries(c.get(0), base)
                    && (c.size() == 1 || c.get(0).score() - c.get(1).score() >= SURE_MARGIN)) {
                GazetteerEntry p = c.get(0).place();
                sure.put(n, new SearchContext.Anchor(n, p.lat(), p.lon()));
            }
        }
        Map<String, Place> resolved = new HashMap<>();
        for (String n : names) {
            List<SearchContext.Anchor> near = new ArrayList<>(article.provinces);
            sure.forEach((other, anchor) -> {
                if (!other.equals(n)) {
                    near.add(anchor);
                }
            });
            SearchContext ctx = new SearchContext(article.countries, near, article.borders);
            List<Candidate> c = near.isEmpty() ? first.get(n) : gazetteer.rerank(first.get(n), ctx);
            resolved.put(n, c.isEmpty() || !accepted(n, c.get(0), ctx) ? Place.named(n) : place(n, c.get(0)));
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

    /** One name alone, in a given context: the best candidate's place, or the name unresolved. */
    public Place resolve(String name, SearchContext context) {
        List<Candidate> c = gazetteer.search(name, context, CANDIDATES);
        return c.isEmpty() || !accepted(name, c.get(0), context) ? Place.named(name) : place(name, c.get(0));
    }

    private static Place place(String name, Candidate c) {
        GazetteerEntry p = c.place();
        return new Place(name, p.lat(), p.lon(), p.coordSource(), false, 0);
    }

    private static boolean inCountries(Candidate c, SearchContext ctx) {
        return c.place().country() != null && ctx.countries().contains(c.place().country());
    }

    /** Whether the best candidate is good enough to put the name on the map. */
    static boolean accepted(String name, Candidate c, SearchContext ctx) {
        GazetteerEntry p = c.place();
        boolean inCountry = ctx.countries().isEmpty() || inCountries(c, ctx);
        double nearest = ctx.near().stream().mapToDouble(a -> GreatCircle.km(a.lat(), a.lon(), p.lat(), p.lon()))
                .min().orElse(Double.POSITIVE_INFINITY);
        if (c.match() == MatchKind.FUZZY) {
            // or, in a story with no sure place, one edit away from a long name: short names have too many neighbours
            return inCountry && (nearest <= FUZZY_NEAR_KM
                    || ctx.near().isEmpty() && c.edits() <= 1 && PlaceNameAnalyzer.fold(name).length() >= FUZZY_ALONE_LENGTH);
        }
        boolean wellKnown = p.kind() == FeatureKind.CITY || p.population() >= FeatureKind.CITY_POPULATION;
        if (nearest <= FAR_KM) {
            return true;
        }
        // far from every other place of the story: a small place or one abroad is taken for a namesake
        return inCountry && (ctx.near().isEmpty() || wellKnown);
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
