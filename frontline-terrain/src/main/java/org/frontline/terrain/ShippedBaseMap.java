package org.frontline.terrain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The base maps shipped in frontline-core's jar: Wikipedia's detailed maps of Syria, Iraq and their border
 * crossings as of about 25 July 2017 (CC BY-SA 4.0, Wikipedia contributors; see NOTICE). The snapshot date is
 * read off the marks (Mosul government, retaken 10 July; the Tal Afar pocket still IS, retaken from 20 August;
 * Deir ez-Zor still cut off, relieved 5 September).
 */
public enum ShippedBaseMap {
    SYRIA("syria-2017-07", "Syrian_Civil_War_detailed_map.lua", "Syria (Module:Syrian Civil War detailed map)"),
    IRAQ("iraq-2017-07", "Iraqi_insurgency_detailed_map.lua", "Iraq (Module:Iraqi insurgency detailed map)"),
    BORDER("border-2017-07", "Syrian_and_Iraqi_insurgency_detailed_map.lua",
            "the Syria-Iraq border crossings (Module:Syrian and Iraqi insurgency detailed map)");

    /** The name of all three together. */
    public static final String ALL = "all-2017-07";
    /** The date of every shipped map. */
    public static final LocalDate DATE = LocalDate.of(2017, 7, 25);
    private static final String DIRECTORY = "/org/frontline/wikimaps/";

    private final String mapName;
    private final String file;
    private final String area;

    ShippedBaseMap(String mapName, String file, String area) {
        this.mapName = mapName;
        this.file = file;
        this.area = area;
    }

    public String mapName() {
        return mapName;
    }

    /** The module's file name, also the source of its claims. */
    public String file() {
        return file;
    }

    public String area() {
        return area;
    }

    /** The shipped maps a name stands for: one, or all three for {@link #ALL}; empty when it names none. */
    public static Optional<List<ShippedBaseMap>> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals(ALL)) {
            return Optional.of(List.of(values()));
        }
        return Arrays.stream(values()).filter(m -> m.mapName.equals(n)).findFirst().map(List::of);
    }

    /** Every name {@link #named} knows, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(ShippedBaseMap::mapName).collect(Collectors.joining(", ")) + ", " + ALL;
    }

    /** The module's Lua source. */
    public String source() {
        try (InputStream in = ShippedBaseMap.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("base map missing from the jar: " + DIRECTORY + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
        }
    }

    /** The map's claims as of {@link #DATE}, read with the module's default mark table. */
    public BaseMap read() {
        return read(DATE);
    }

    /** The map's claims as of another date. */
    public BaseMap read(LocalDate date) {
        return WikiMapClaims.read(source(), file, date, MarkTable.forModuleFile(Path.of(file)));
    }
}
