package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of a Wikipedia detailed-map module ({@link WikiMapModule}): one per mark with a point and a name,
 * named by the label's shown text, the label's target and the {@code link} kept as alternate names ("Tell Abyad,
 * Syria" and "Hajin (Syria)" also without their qualifier; "Bai Hassan oil field" and "Umm al Jaris border
 * crossing" also without the kind of site, as the news names them). A name in brackets that is not a country is
 * the place's other name ("Al Kuwayr (Gwêr)": Kurdish, or the older name) and is kept as one too. Marks without a
 * name (insets, overlays, the symbol beside a control dot) are no places and are not counted as skipped.
 */
final class WikiMapPlaces implements PlaceFormat.PlaceReader {
    private static final Pattern QUALIFIER = Pattern.compile("\\s*,.*$|\\s*\\(.*\\)$");
    /** Kinds of site the news leaves out of the name: "the Bai Hassan (oil field)", "Rabia (border crossing)". */
    private static final Pattern SITE = Pattern.compile("(?i)\\s+(border crossing|crossing|oil ?fields?|gas ?fields?|oil and gas fields?)$");
    /**
     * A bracketed other name: a capital or an article first, with lower-case letters and no digits, lists or
     * slashes, and not only a direction, so that "(805m)", "(2012–2016)", "(town)", "(PKK)", "(Brigade 82)",
     * "(Al-Hasad, Brij)" or "(West)" are not taken for names.
     */
    private static final Pattern BRACKETED_NAME = Pattern.compile(
            "\\((?!(?:North|South|East|West)\\))((?:(?:al|el|ad|ar|as|ash|at|az|an)-)?\\p{Lu}(?=[^)]*\\p{Ll})[^)\\d,/]*)\\)\\s*$");

    @Override
    public void read(BufferedReader in, String source, ImportTally tally) throws IOException {
        char[] buffer = new char[1 << 16];
        StringBuilder text = new StringBuilder();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > WikiMapModule.MAX_BYTES) {
                throw new IllegalArgumentException(source + ": larger than " + (WikiMapModule.MAX_BYTES >> 20) + " MB, not a map module");
            }
        }
        for (WikiMapModule.Mark m : WikiMapModule.parse(text.toString(), source).marks()) {
            m.placeName().ifPresent(name -> {
                if (!m.hasPoint()) {
                    tally.skip("mark " + m.number(), name + " without usable lat/long");
                } else {
                    tally.add(place(m, name, source));
                }
            });
        }
    }

    static GazetteerEntry place(WikiMapModule.Mark m, String name, String source) {
        List<String> alternates = new ArrayList<>();
        List<String> given = new ArrayList<>(List.of(name));
        given.addAll(m.alternateNames());
        for (String alt : given) {
            String bare = QUALIFIER.matcher(alt).replaceFirst("");
            Matcher bracketed = BRACKETED_NAME.matcher(alt);
            String other = bracketed.find() && !ArticleContext.isCountryName(bracketed.group(1)) ? bracketed.group(1).trim() : "";
            for (String n : List.of(alt, bare, SITE.matcher(bare).replaceFirst(""), other)) {
                if (!n.isEmpty() && !n.equals(name) && !alternates.contains(n)) {
                    alternates.add(n);
                }
            }
        }
        String id = "wikimap:" + source + ":" + name + "@" + m.lat() + "," + m.lon();
        return new GazetteerEntry(id, name, alternates, m.lat(), m.lon(), null, null, FeatureKind.ofLabel(name), 0,
                List.of("wikimap:" + source));
    }
}
