package org.frontline.actors;

import org.frontline.text.MatchText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases that name each actor, read from a tab-separated file users can edit (see the default
 * {@code actors.tsv} for the format).
 */
public final class ActorDictionary {
    private static final String DEFAULT = "/org/frontline/actors/actors.tsv";

    /** How a phrase names its actor. */
    public enum Kind {
        /** A proper name or acronym. */
        NAME,
        /** Words that name the actor without its name. */
        DESCRIPTOR,
        /** A member unit, counted as its parent. */
        UNIT,
        /** A country or its adjective: names the state in "Iran-backed" or "Iranian advisers". */
        STATE
    }

    /**
     * One phrase of the dictionary.
     *
     * @param phrase the words, with quotes and dashes folded as {@link MatchText} does
     * @param ids    the actor ids it may mean; more than one for a generic reference resolved by context
     */
    public record Entry(String phrase, List<String> ids, Kind kind) {
        public boolean generic() {
            return ids.size() > 1;
        }

        /** An acronym in capitals must match case-sensitively ("IS" is not "is"). */
        public boolean caseSensitive() {
            return phrase.length() <= 6 && phrase.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    private final List<Entry> entries;
    private final Map<String, String> names;
    private final Map<String, String> homes;
    private final List<AlliedAs> alliedAs;
    private final Map<String, List<String>> countryWords;

    /** In an article where {@code member} fights alongside {@code ally}, {@code member} is {@code becomes}. */
    public record AlliedAs(String member, String ally, String becomes) {
    }

    private ActorDictionary(List<Entry> entries, Map<String, String> names, Map<String, String> homes, List<AlliedAs> alliedAs,
                            Map<String, List<String>> countryWords) {
        this.countryWords = Map.copyOf(countryWords);
        this.entries = List.copyOf(entries);
        this.names = Map.copyOf(names);
        this.homes = Map.copyOf(homes);
        this.alliedAs = List.copyOf(alliedAs);
    }

    public static ActorDictionary loadDefault() {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(DEFAULT)) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ActorDictionary load(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static ActorDictionary read(BufferedReader reader, String origin) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> homes = new LinkedHashMap<>();
        List<AlliedAs> alliedAs = new ArrayList<>();
        Map<String, List<String>> countryWords = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException(origin + ":" + number + ": expected 3 tab-separated columns, found " + cols.length);
            }
            if (cols[0].equals("@actor")) {
                names.put(cols[1].trim(), cols[2].trim());
                continue;
            }
            if (cols[0].equals("@allied-as")) {
                String[] pair = cols[1].trim().split("\\+");
                if (pair.length != 2) {
                    throw new IllegalArgumentException(origin + ":" + number + ": @allied-as takes MEMBER+ALLY, found '" + cols[1] + "'");
                }
                alliedAs.add(new AlliedAs(pair[0], pair[1], cols[2].trim()));
                continue;
            }
            if (cols[0].equals("@country")) {
                countryWords.put(cols[1].trim(), List.of(cols[2].trim().split("\\|")));
                continue;
            }
            if (cols[0].equals("@home")) {
                homes.put(cols[1].trim(), cols[2].trim());
                continue;
            }
            Kind kind;
            try {
                kind = Kind.valueOf(cols[1].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ":" + number + ": unknown kind '" + cols[1] + "'");
            }
            entries.add(new Entry(MatchText.fold(cols[2].trim()), List.of(cols[0].trim().split("\\|")), kind));
        }
        for (Entry e : entries) {
            for (String id : e.ids()) {
                if (!names.containsKey(id)) {
                    throw new IllegalArgumentException(origin + ": actor '" + id + "' of phrase '" + e.phrase() + "' has no @actor line");
                }
            }
        }
        return new ActorDictionary(entries, names, homes, alliedAs, countryWords);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The country an actor fights in, by its name as articles write it ("Iraq"), or null. */
    public String home(String id) {
        return homes.get(id);
    }

    /** Country name to the words that show an article is about it. */
    public Map<String, List<String>> countryWords() {
        return countryWords;
    }

    public List<AlliedAs> alliedAs() {
        return alliedAs;
    }

    /** Canonical id to display name. */
    public Map<String, String> names() {
        return names;
    }
}
