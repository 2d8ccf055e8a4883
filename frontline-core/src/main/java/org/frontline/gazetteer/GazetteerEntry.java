package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A place of the gazetteer.
 *
 * @param id             the first source's id of the place ("geonames:99072", "wikimap:Iraq.lua:Mosul")
 * @param name           the preferred name
 * @param alternateNames other names and spellings, any script
 * @param lat            latitude in degrees (WGS 84)
 * @param lon            longitude in degrees (WGS 84)
 * @param country        ISO 3166 alpha-2 code, null when unknown
 * @param admin1         first-level administrative code within the country (GeoNames), null when unknown
 * @param kind           what the place is
 * @param population     inhabitants, 0 when unknown
 * @param sources        where the place comes from, one entry per source ("geonames:99072", "wikimap:Iraq.lua")
 */
public record GazetteerEntry(String id, String name, List<String> alternateNames, double lat, double lon,
                             String country, String admin1, FeatureKind kind, long population, List<String> sources) {
    public GazetteerEntry {
        alternateNames = List.copyOf(alternateNames);
        sources = List.copyOf(sources);
    }

    /** The name first, then the alternate names, without repeats. */
    public List<String> names() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(alternateNames);
        return List.copyOf(all);
    }

    /** The coordinate source written on resolved places: the id of the source whose point this is. */
    public String coordSource() {
        return id.startsWith("wikimap:") ? "wiki-map" : id;
    }

    /** This place with another source's names and ids added; coordinates, kind and size stay this one's. */
    public GazetteerEntry mergedWith(GazetteerEntry other) {
        List<String> names = new ArrayList<>(alternateNames);
        for (String n : other.names()) {
            if (!n.equals(name) && !names.contains(n)) {
                names.add(n);
            }
        }
        List<String> allSources = new ArrayList<>(sources);
        other.sources.stream().filter(s -> !allSources.contains(s)).forEach(allSources::add);
        return new GazetteerEntry(id, name, names, lat, lon, country == null ? other.country : country,
                admin1 == null ? other.admin1 : admin1, kind, Math.max(population, other.population), allSources);
    }

    public GazetteerEntry withCountry(String iso) {
        return new GazetteerEntry(id, name, alternateNames, lat, lon, iso, admin1, kind, population, sources);
    }
}
