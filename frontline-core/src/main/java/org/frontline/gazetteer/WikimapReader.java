package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Wikipedia's detailed-map Lua modules: a table of marks, one per place,
 * {@code { lat = "36.350", long = "43.155", mark = m.gov, label = "[[Mosul]]", link = "Mosul", … },}.
 * Marks are the innermost brace blocks that have a lat; they may span lines. The label's wiki markup is
 * dropped ("[[Tal Afar|Tall Afar]]" shows "Tall Afar"); the link is kept as an alternate name.
 */
final class WikimapReader implements PlaceFormat.PlaceReader {
    private static final Pattern FIELD = Pattern.compile("(\\w+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|[\\w.+-]+)");
    private static final Pattern LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)]]");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|'{2,}|\\{\\{[^}]*}}");

    @Override
    public void read(BufferedReader in, String source, ImportTally problems) throws IOException {
        StringBuilder block = null;
        long lineNo = 0;
        long blockLine = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            int comment = line.indexOf("--");
            if (comment >= 0 && !inString(line, comment)) {
                line = line.substring(0, comment);
            }
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '{') {
                    block = new StringBuilder(); // an inner block starts: only innermost blocks are marks
                    blockLine = lineNo;
                } else if (ch == '}' && block != null) {
                    mark(block.toString(), source, blockLine, problems);
                    block = null;
                } else if (block != null) {
                    block.append(ch);
                }
            }
            if (block != null) {
                block.append(' ');
            }
        }
    }

    private static boolean inString(String line, int index) {
        int quotes = 0;
        for (int i = 0; i < index; i++) {
            quotes += line.charAt(i) == '"' ? 1 : 0;
        }
        return quotes % 2 == 1;
    }

    private static void mark(String block, String source, long line, ImportTally problems) {
        Map<String, String> f = new HashMap<>();
        Matcher m = FIELD.matcher(block);
        while (m.find()) {
            String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(2);
            f.put(m.group(1).toLowerCase(), value.replace("\\\"", "\"").replace("\\'", "'"));
        }
        if (!f.containsKey("lat")) {
            return; // not a mark: another table of the module (settings, a legend)
        }
        double[] ll = ImportTally.latLon(f.get("lat"), f.getOrDefault("long", f.get("lon")));
        String label = f.containsKey("label") ? plain(f.get("label")) : "";
        String link = f.containsKey("link") ? plain(f.get("link")) : "";
        String name = !label.isEmpty() ? label : link;
        if (ll == null || name.isEmpty()) {
            problems.skip(line, ll == null ? "mark without usable lat/long" : "mark without label or link");
            return;
        }
        List<String> alternates = new ArrayList<>();
        if (!link.isEmpty() && !link.equals(name)) {
            alternates.add(link);
            String bare = link.replaceFirst("\\s*,.*$|\\s*\\(.*\\)$", ""); // "Tell Abyad, Syria", "Hajin (Syria)"
            if (!bare.equals(link) && !bare.equals(name)) {
                alternates.add(bare);
            }
        }
        String id = "wikimap:" + source + ":" + name + "@" + f.get("lat") + "," + f.getOrDefault("long", f.get("lon"));
        problems.add(new GazetteerEntry(id, name, alternates, ll[0], ll[1], null, null, FeatureKind.ofLabel(name), 0,
                List.of("wikimap:" + source)));
    }

    /** Text of a label or link without wiki markup. */
    static String plain(String wiki) {
        String s = LINK.matcher(wiki).replaceAll("$1");
        s = MARKUP.matcher(s).replaceAll("");
        return s.replace("[[", "").replace("]]", "").replaceAll("\\s+", " ").trim();
    }
}
