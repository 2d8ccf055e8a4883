package org.frontline.gazetteer;

import org.frontline.text.WordStartPattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article is, from its words: the countries it names (a country named at least a quarter as often
 * as the most named one), the borders it puts things on ("on the border with Syria", "the Syrian-Turkish
 * border"), and the provinces it names ("in Anbar province"), each placed at its seat.
 */
final class ArticleContext {
    /** When an article names no country, the theatre Frontline is built for. */
    static final Set<String> DEFAULT_COUNTRIES = Set.of("IQ", "SY");

    /**
     * Country names and adjectives, all in one pattern so that the text is read once; each begins with a capital ASCII
     * letter, so it is tried at the words that do (from every character, it was a fifth of geocoding an article).
     */
    private static final WordStartPattern COUNTRY = new WordStartPattern(Pattern.compile(
            "\\b(?:(Iraq(?:i|is)?)|(Syrian?s?)|(Turkey|Turkish|Turks?|Türkiye)|(Iran(?:ian|ians)?)|(Jordan(?:ian|ians)?)"
                    + "|(Lebanon|Lebanese)|(Israel(?:i|is)?)|(Kuwait(?:i|is)?)|(Saudi)|(Palestin(?:e|ian|ians)|Gaza|West Bank))\\b"),
            c -> c >= 'A' && c <= 'Z');
    /** The ISO code of each group of {@link #COUNTRY}, in order. */
    private static final String[] COUNTRY_GROUPS = {"IQ", "SY", "TR", "IR", "JO", "LB", "IL", "KW", "SA", "PS"};
    private static final Map<String, String> COUNTRY_WORDS = Map.ofEntries(
            Map.entry("iraq", "IQ"), Map.entry("iraqi", "IQ"), Map.entry("syria", "SY"), Map.entry("syrian", "SY"),
            Map.entry("turkey", "TR"), Map.entry("turkish", "TR"), Map.entry("iran", "IR"), Map.entry("iranian", "IR"),
            Map.entry("jordan", "JO"), Map.entry("jordanian", "JO"), Map.entry("lebanon", "LB"), Map.entry("lebanese", "LB"),
            Map.entry("israel", "IL"), Map.entry("israeli", "IL"), Map.entry("kuwait", "KW"), Map.entry("saudi", "SA"));
    /** Tried at the words that begin with a b (from every character, it cost more than the country names). */
    private static final WordStartPattern BORDER_WITH = new WordStartPattern(Pattern.compile(
            "\\bborders?\\s+(?:with|of)\\s+(Iraq|Syria|Turkey|Iran|Jordan|Lebanon|Israel|Kuwait|Saudi)", Pattern.CASE_INSENSITIVE),
            c -> c == 'b' || c == 'B');
    /** Tried at the words that begin as its adjectives do. */
    private static final WordStartPattern ADJECTIVE_BORDER = new WordStartPattern(Pattern.compile(
            "\\b(Iraqi|Syrian|Turkish|Iranian|Jordanian|Lebanese|Israeli|Saudi)(?:[-–/ ](Iraqi|Syrian|Turkish|Iranian|Jordanian|Lebanese|Israeli|Saudi))?\\s+border"),
            c -> c == 'I' || c == 'S' || c == 'T' || c == 'J' || c == 'L');
    /**
     * The word after white space, tried at the words that begin as it does: from every character, it was nearly a tenth
     * of geocoding an article.
     */
    private static final WordStartPattern PROVINCE_WORD = new WordStartPattern(
            Pattern.compile("(?<=\\s)(?:province|governorate|countryside)\\b"), c -> c == 'p' || c == 'g' || c == 'c');
    /** The name right before "province": one or two capitalised words, an article before them. */
    private static final Pattern PROVINCE_NAME = Pattern.compile(
            "((?:(?:al|ar|as|ad|an|at|ash|az|ez|el)-)?\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*)?)$");
    private static final int PROVINCE_NAME_CHARS = 40;
    private static final Map<String, String[]> PROVINCES = provinces();

    final Set<String> countries;
    final Set<String> borders;
    final List<SearchContext.Anchor> provinces;

    private ArticleContext(Set<String> countries, Set<String> borders, List<SearchContext.Anchor> provinces) {
        this.countries = countries;
        this.borders = borders;
        this.provinces = provinces;
    }

    static ArticleContext of(String text, Gazetteer gazetteer) {
        Map<String, Integer> counts = new HashMap<>();
        WordStartPattern.Finder country = COUNTRY.in(text);
        while (country.find()) {
            for (int g = 1; g <= COUNTRY_GROUPS.length; g++) {
                if (country.match().group(g) != null) {
                    counts.merge(COUNTRY_GROUPS[g - 1], 1, Integer::sum);
                    break;
                }
            }
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> countries = new LinkedHashSet<>();
        counts.forEach((iso, n) -> {
            if (4 * n >= max) {
                countries.add(iso);
            }
        });
        if (countries.isEmpty()) {
            countries.addAll(DEFAULT_COUNTRIES);
        }
        Set<String> borders = borders(text);
        List<SearchContext.Anchor> provinces = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        WordStartPattern.Finder province = PROVINCE_WORD.in(text);
        while (province.find()) {
            int space = province.match().start() - 1; // the name ends before the white space
            Matcher m = PROVINCE_NAME.matcher(text.substring(Math.max(0, space - PROVINCE_NAME_CHARS), space));
            if (!m.find()) {
                continue;
            }
            String[] seat = PROVINCES.get(PlaceNameAnalyzer.fold(m.group(1)));
            if (seat != null && seen.add(seat[1])) {
                gazetteer.search(seat[1], new SearchContext(Set.of(seat[0]), List.of(), Set.of()), 1).stream()
                        .filter(c -> seat[0].equals(c.place().country()) && c.match().sameName())
                        .forEach(c -> provinces.add(new SearchContext.Anchor(m.group(1) + " province", c.place().lat(), c.place().lon())));
            }
        }
        return new ArticleContext(Set.copyOf(countries), Set.copyOf(borders), List.copyOf(provinces));
    }

    /**
     * The countries whose borders the text puts things on ("on the border with Syria", "the Syrian-Turkish
     * border"), in the order the text names them.
     */
    static Set<String> borders(String text) {
        Set<String> borders = new LinkedHashSet<>();
        if (text == null || !text.contains("border")) {
            return borders;
        }
        WordStartPattern.Finder with = BORDER_WITH.in(text);
        while (with.find()) {
            borders.add(COUNTRY_WORDS.get(with.match().group(1).toLowerCase()));
        }
        WordStartPattern.Finder adjectives = ADJECTIVE_BORDER.in(text);
        while (adjectives.find()) {
            Matcher a = adjectives.match();
            borders.add(COUNTRY_WORDS.get(a.group(1).toLowerCase()));
            if (a.group(2) != null) {
                borders.add(COUNTRY_WORDS.get(a.group(2).toLowerCase()));
            }
        }
        return borders;
    }

    /** Whether a word is the name or adjective of a country of the region ("Syria", "Iraqi"). */
    static boolean isCountryName(String word) {
        return COUNTRY_WORDS.containsKey(word.trim().toLowerCase(Locale.ROOT));
    }

    /** Folded province name → {country, seat name}. */
    static Map<String, String[]> provinceSeats() {
        return PROVINCES;
    }

    /** Reads provinces.tsv. */
    private static Map<String, String[]> provinces() {
        Map<String, String[]> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ArticleContext.class.getResourceAsStream("/org/frontline/gazetteer/provinces.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 3) {
                    continue;
                }
                for (String name : c[0].split("\\|")) {
                    map.put(PlaceNameAnalyzer.fold(name), new String[] {c[1], c[2]});
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("provinces.tsv missing from the jar", new IOException(e));
        }
        return Map.copyOf(map);
    }
}
