package org.frontline.terrain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Place;

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

    /** The directions of one-side siege arcs, border posts and dams. */
    private static final Set<String> DIRECTIONS = Set.of("N", "NE", "E", "SE", "S", "SW", "W", "NW");
    /** Suffixes of held places: what the place is, not who holds it. */
    private static final Set<String> FACILITIES = Set.of("oil", "hill", "base", "air", "heli", "naval", "industry", "rural");
    /** The colours of the sides' dots in file names (the table says which side each is). */
    private static final Set<String> COLOURS = Set.of("red", "lime", "yellow", "grey", "gray", "black", "green", "blue", "orange",
            "white", "purple", "pink", "brown", "cyan", "olive");
    /** Words of file names that draw control: dots, mixed-control and contested signs, siege rings. */
    private static final Set<String> CONTROL_SHAPES = Set.of("dot", "ctl", "ctl2", "ctl3", "anim", "circle");
    private static final Pattern IMAGE = Pattern.compile("(?i)\\.(svg|png|gif|jpe?g)$");

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
     * Reads a mark, by the vocabulary of 'Module:Middle East conflicts map marks' (the sides and colours are this
     * table's; the shapes are common to every module):
     * <ul>
     * <li>{@code side}, {@code side_oil}, {@code side_hill|base|air|heli|naval|industry|rural…}: held by the side;</li>
     * <li>{@code side_siege}, {@code side_N|NE|E|SE|S|SW|W|NW}: held by the side, besieged (all round or from one
     * side; the module does not say by whom);</li>
     * <li>{@code a_b}, {@code a_b_c}, {@code stable_a_b}, {@code truce_a_b}: contested between the sides, the first
     * holding;</li>
     * <li>{@code pass_dir}, {@code dam_dir}: a border post or dam symbol, no claim (the control dot on the same
     * point makes it);</li>
     * <li>file names, by their colours: a dot ({@code Location dot red.svg}, {@code Dot_yellow_ff4.svg},
     * {@code 4x4dot-black.svg}) is held, two colours ({@code Map-ctl2-red+yellow.svg},
     * {@code 80x80-red-black-anim.gif}) contested, a ring ({@code Map-circle-black.svg}) a siege by that colour's
     * side; {@code BSicon …} (dams, rivers) and {@code Mountain pass …} (border posts) are symbols, no claim; any
     * other image without a side's colour (insets, the road overlay, battle maps) is no mark, no claim.</li>
     * </ul>
     * Empty when the mark is none of these or names a side or colour this table lacks: the caller lists it.
     */
    public Optional<Reading> read(String mark) {
        Optional<String> whole = actor(mark);
        if (whole.isPresent()) {
            return Optional.of(whole.get().equals(NO_ACTOR) ? Reading.NONE : Reading.held(List.of(whole.get()), false));
        }
        return IMAGE.matcher(mark).find() ? readFile(mark) : readName(mark);
    }

    private Optional<Reading> readName(String mark) {
        String[] parts = mark.split("_");
        String first = parts[0].toLowerCase(Locale.ROOT);
        if (first.equals("pass") || first.equals("dam")) {
            return parts.length == 2 && DIRECTIONS.contains(parts[1].toUpperCase(Locale.ROOT)) ? Optional.of(Reading.NONE) : Optional.empty();
        }
        boolean mix = first.equals("stable") || first.equals("truce");
        List<String> actors = new ArrayList<>();
        boolean besieged = false;
        for (int i = mix ? 1 : 0; i < parts.length; i++) {
            Optional<String> actor = actor(parts[i]);
            boolean suffix = i == parts.length - 1 && i > 0 && !mix && actor.isEmpty();
            if (suffix && (parts[i].equals("siege") || DIRECTIONS.contains(parts[i]))) {
                besieged = true;
            } else if (suffix && (FACILITIES.contains(parts[i]) || parts[i].matches("rural\\d*"))) {
                continue;
            } else if (actor.isEmpty()) {
                return Optional.empty();
            } else if (!actors.contains(actor.get())) {
                actors.add(actor.get());
            }
        }
        actors.remove(NO_ACTOR);
        if (mix && parts.length < 3) {
            return Optional.empty();
        }
        return Optional.of(actors.isEmpty() ? Reading.NONE : Reading.held(actors, besieged));
    }

    private Optional<Reading> readFile(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.startsWith("bsicon") || name.startsWith("mountain pass")) {
            return Optional.of(Reading.NONE);
        }
        List<String> actors = new ArrayList<>();
        boolean control = false;
        boolean unknownColour = false;
        for (String word : name.replaceFirst("\\.[a-z]+$", "").split("[^a-z0-9]+")) {
            control |= CONTROL_SHAPES.contains(word) || word.endsWith("dot");
            if (COLOURS.contains(word)) {
                Optional<String> actor = actor(word);
                if (actor.isEmpty()) {
                    unknownColour = true;
                } else if (!actors.contains(actor.get())) {
                    actors.add(actor.get());
                }
            }
        }
        if (unknownColour) {
            return Optional.empty();
        }
        if (actors.isEmpty()) {
            return control ? Optional.empty() : Optional.of(Reading.NONE); // an inset, overlay or battle map
        }
        boolean ring = name.contains("circle");
        actors.remove(NO_ACTOR);
        if (actors.isEmpty()) {
            return Optional.of(Reading.NONE);
        }
        return Optional.of(ring ? new Reading(List.of(), actors, false) : Reading.held(actors, false));
    }

    /**
     * What a mark says.
     *
     * @param holders    who holds the place, the first holding the cells, the others contesting it; empty for a
     *                   symbol, an image or a siege ring alone
     * @param besiegers  who besieges it (a siege ring in a side's colour)
     * @param besieged   the holder is besieged (a siege or one-side arc mark), by a side the mark does not name
     */
    public record Reading(List<String> holders, List<String> besiegers, boolean besieged) {
        /** A mark that makes no claim: a symbol, an inset, a side Frontline does not track. */
        public static final Reading NONE = new Reading(List.of(), List.of(), false);

        public Reading {
            holders = List.copyOf(holders);
            besiegers = List.copyOf(besiegers);
        }

        static Reading held(List<String> holders, boolean besieged) {
            return new Reading(holders, List.of(), besieged);
        }

        /** Every actor the mark names. */
        public List<String> actors() {
            List<String> all = new ArrayList<>(holders);
            besiegers.stream().filter(a -> !all.contains(a)).forEach(all::add);
            return all;
        }

        /** The place is fought over: two holders, or besieged. */
        public boolean contested() {
            return holders.size() > 1 || besieged || !besiegers.isEmpty();
        }

        /**
         * The claims of the mark on a date: a hold for the first holder, a contested claim for every other holder
         * and every besieger (a besieged holder still holds: Frontline's siege is a contested claim by the
         * besieger, and the module names none).
         */
        public List<ControlClaim> claims(Place place, LocalDate date, String source, double confidence) {
            List<ControlClaim> claims = new ArrayList<>();
            for (int i = 0; i < holders.size(); i++) {
                claims.add(new ControlClaim(place, holders.get(i), date, i == 0 ? Kind.HOLDS : Kind.CONTESTED, source, confidence));
            }
            for (String b : besiegers) {
                claims.add(new ControlClaim(place, b, date, Kind.CONTESTED, source, confidence));
            }
            return claims;
        }
    }
}
