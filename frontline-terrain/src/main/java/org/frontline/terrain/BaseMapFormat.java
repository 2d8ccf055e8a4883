package org.frontline.terrain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The base-map formats a user can bring, each read into claims as of a date. */
public enum BaseMapFormat {
    /** A Wikipedia detailed-map Lua module. */
    WIKIMAP,
    /** A GeoJSON FeatureCollection of points with name and actor (or mark) properties. */
    GEOJSON,
    /** CSV rows: place, actor, date[, lat, lon]. */
    CSV;

    /** Confidence of a claim read from a base map: maps are curated but lag behind the news. */
    public static final double BASE_MAP_CONFIDENCE = 0.7;

    public static BaseMapFormat fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * Reads a base map.
     *
     * @param date  the date of the map (CSV and GeoJSON rows may carry their own)
     * @param marks mark table; null for the defaults of the module the file name suggests
     */
    public BaseMap read(Path file, LocalDate date, MarkTable marks) throws IOException {
        return read(Files.readString(file), file.getFileName().toString(), date, marks);
    }

    /**
     * Reads a base map received as text (an upload).
     *
     * @param source the file name: the claims' source, and (without a mark table) which module's defaults apply
     */
    public BaseMap read(String text, String source, LocalDate date, MarkTable marks) {
        MarkTable table = marks != null ? marks : MarkTable.forModuleFile(Path.of(source));
        return switch (this) {
            case WIKIMAP -> WikiMapClaims.read(text, source, date, table);
            case GEOJSON -> GeoJsonClaims.read(text, source, date, table);
            case CSV -> CsvClaims.read(text, source, date, table);
        };
    }
}
