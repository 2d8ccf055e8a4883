package org.frontline.terrain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A self-contained HTML map: Leaflet 1.9.4 (from the npm package, BSD-2-Clause, bundled as a resource) and the
 * {@link MapLayers} FeatureCollection inlined, the country borders as the only base layer, so the page opens
 * offline and loads nothing.
 */
public final class MapPage {
    private MapPage() {
    }

    public static String html(MapLayers layers) {
        // "</" inside the inlined JSON would end the script element early
        String data = layers.geoJson().replace("</", "<\\/");
        String title = layers.title().replace("&", "&amp;").replace("<", "&lt;");
        // the data goes in last, so that nothing in it is taken for a placeholder
        return resource("map.html")
                .replace("__TITLE__", title)
                .replace("/*LEAFLET_CSS*/", resource("leaflet/leaflet.css"))
                .replace("/*LEAFLET_JS*/", resource("leaflet/leaflet.js"))
                .replace("/*DATA*/", data);
    }

    /** Writes the page, or the GeoJSON FeatureCollection when the file name ends in .geojson or .json. */
    public static void write(MapLayers layers, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean geoJson = name.endsWith(".geojson") || name.endsWith(".json");
        Files.writeString(out, geoJson ? layers.geoJson() : html(layers), StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = MapPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
