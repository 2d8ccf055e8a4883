package org.frontline.terrain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which actor a base-map mark stands for: an editable TSV ({@code module, mark, actor, meaning}), with defaults
 * for the Syrian and Iraqi Wikipedia modules in the resource {@code marks.tsv}. The same mark means different
 * actors in different modules ('gov' is SYR_GOV in Syria, IRQ_GOV in Iraq; yellow 'SDF' is the KRG in Iraq). The
 * combined 'Syrian and Iraqi insurgency' module uses both meanings, split at the border: {@link #splitAtBorder}.
 */
public final class MarkTable {
    /** A mark that names no tracked actor. */
    static final String NO_ACTOR = "-";

    /**
     * The Syria-Iraq border, hand-traced (lon, lat) from the Tigris to the Jordanian border, north to south: enough
     * to tell which side of it a mark lies on.
     */
    private static final double[][] SYRIA_IRAQ_BORDER = {
            {42.36, 37.11}, {42.07, 36.82}, {41.42, 36.52}, {41.28, 36.00}, {41.22, 35.62}, {40.99, 34.42}, {38.79, 33.37}};

    private final Map<String, String> actorByMark;
    /** The table east of the Syria-Iraq border, null when one table holds everywhere. */
    private final MarkTable east;

    private MarkTable(Map<String, String> actorByMark, MarkTable east) {
        this.actorByMark = Map.copyOf(actorByMark);
        this.east = east;
    }

    private MarkTable(Map<String, String> actorByMark) {
        this(actorByMark, null);
    }

    /** One table west of the Syria-Iraq border, another east of it, for modules that span the border. */
    public static MarkTable splitAtBorder(MarkTable west, MarkTable east) {
        return new MarkTable(west.actorByMark, east);
    }

    /** The default table of a module: "syria" or "iraq". */
    public static MarkTable defaults(String module) {
        try (InputStream in = MarkTable.class.getResourceAsStream("marks.tsv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), module, "marks.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The defaults for a module file, told apart by its name: Syrian and Iraqi together (the border module) are split
     * at the border, Iraqi alone is Iraqi, everything else Syrian.
     */
    public static MarkTable forModuleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("iraq") && name.contains("syria")) {
            return splitAtBorder(defaults("syria"), defaults("iraq"));
        }
        return defaults(name.contains("iraq") ? "iraq" : "syria");
    }

    /** A user's table; rows of every module are read, later rows overriding earlier ones. */
    public static MarkTable read(Path tsv) throws IOException {
        return parse(Files.readString(tsv), null, tsv.toString());
    }

    /** Mark to actor pairs as given, for callers building a table in code. */
    public static MarkTable of(Map<String, String> actorByMark) {
        return new MarkTable(actorByMark);
    }

    private static MarkTable parse(String text, String module, String name) {
        Map<String, String> table = new HashMap<>();
        List<String> lines = text.lines().toList();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException(name + ":" + number + ": expected module<TAB>mark<TAB>actor, got '" + line + "'");
            }
            if (module == null || cols[0].equals(module)) {
                table.put(cols[1].strip(), cols[2].strip());
            }
        }
        return new MarkTable(table);
    }

    /**
     * The actor of a single mark; empty when the mark is unknown, {@link #NO_ACTOR} for marks that name no
     * tracked actor.
     */
    public Optional<String> actor(String mark) {
        return Optional.ofNullable(actorByMark.get(mark));
    }

    /** Reads a mark at a position: by the table of that side of the border when the table is split. */
    public Optional<Reading> read(String mark, double lat, double lon) {
        return east != null && eastOfBorder(lat, lon) ? east.read(mark) : read(mark);
    }

    /** East of the Syria-Iraq border line (extended north and south along its end meridians). */
    static boolean eastOfBorder(double lat, double lon) {
        double[][] b = SYRIA_IRAQ_BORDER;
        if (lat >= b[0][1]) {
            return lon > b[0][0];
        }
        for (int i = 1; i < b.length; i++) {
            if (lat >= b[i][1]) {
                double t = (lat - b[i][1]) / (b[i - 1][1] - b[i][1]);
                return lon > b[i][0] + t * (b[i - 1][0] - b[i][0]);
            }
        }
        return lon > b[b.length - 1][0];
    }

    /**
     * Reads a possibly mixed mark ('gov', 'gov_IS', 'IS_siege'): the actors it names and whether the place is
     * contested. Empty when some part is unknown.
     */
    public Optional<Reading> read(String mark) {
        Optional<String> whole = actor(mark);
        if (whole.isPresent()) {
            return Optional.of(new Reading(whole.get().equals(NO_ACTOR) ? List.of() : List.of(whole.get()), false));
        }
        List<String> actors = new ArrayList<>();
        boolean contested = false;
        for (String part : mark.split("[_\\-\\s]+")) {
            String word = part.toLowerCase(Locale.ROOT);
            if (word.equals("siege") || word.equals("besieged") || word.equals("contested") || word.equals("mixed")) {
                contested = true;
                continue;
            }
            Optional<String> actor = actor(part);
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            if (!actor.get().equals(NO_ACTOR) && !actors.contains(actor.get())) {
                actors.add(actor.get());
            }
        }
        return Optional.of(new Reading(actors, contested || actors.size() > 1));
    }

    /** What a mark says: the actors in it (first the holder) and whether the place is fought over. */
    public record Reading(List<String> actors, boolean contested) {
        public Reading {
            actors = List.copyOf(actors);
        }
    }
}
