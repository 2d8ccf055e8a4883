package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The places of a Wikipedia detailed-map module ({@link WikiMapModule}): one per mark with a point and a name,
 * named by the label's shown text, the label's target and the {@code link} kept as alternate names ("Tell Abyad,
 * Syria" and "Hajin (Syria)" also without their qualifier). Marks without a name (insets, overlays, the symbol
 * beside a control dot) are no places and are not counted as skipped.
 */
final class WikiMapPlaces implements PlaceFormat.PlaceReader {

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
        for (String alt : m.alternateNames()) {
            alternates.add(alt);
            String bare = alt.replaceFirst("\\s*,.*$|\\s*\\(.*\\)$", "");
            if (!bare.equals(alt) && !bare.equals(name) && !bare.isEmpty() && !alternates.contains(bare)) {
                alternates.add(bare);
            }
        }
        String id = "wikimap:" + source + ":" + name + "@" + m.lat() + "," + m.lon();
        return new GazetteerEntry(id, name, alternates, m.lat(), m.lon(), null, null, FeatureKind.ofLabel(name), 0,
                List.of("wikimap:" + source));
    }
}
