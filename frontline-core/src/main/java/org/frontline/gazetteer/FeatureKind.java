package org.frontline.gazetteer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a gazetteer place is, as far as resolving news about fighting needs to know. */
public enum FeatureKind {
    VILLAGE_TOWN, CITY, ADMIN_SEAT, BORDER_CROSSING, AIRBASE, OIL_GAS_FIELD, DAM, HILL, DISTRICT, OTHER;

    /** Towns of this size and more are cities (GeoNames codes all populated places PPL alike). */
    static final long CITY_POPULATION = 100_000;

    /** The kind of a GeoNames feature, from its class (P, A, S, T …), code and population. */
    public static FeatureKind ofGeoNames(String featureClass, String featureCode, long population) {
        String code = featureCode == null ? "" : featureCode;
        return switch (code) {
            case "PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG" -> ADMIN_SEAT;
            case "ADM1", "ADM2", "ADM3", "ADM4", "ADMD", "ADM1H", "ADM2H" -> DISTRICT;
            case "PSTB" -> BORDER_CROSSING;
            case "AIRB", "AIRF", "AIRP", "AIRH" -> AIRBASE;
            case "OILF", "GASF", "OILW", "OILP", "OILR" -> OIL_GAS_FIELD;
            case "DAM", "DAMSB", "RSV" -> DAM;
            case "HLL", "HLLS", "MT", "MTS", "PK", "PKS", "RDGE", "MESA", "TLL" -> HILL;
            default -> "P".equals(featureClass) ? (population >= CITY_POPULATION ? CITY : VILLAGE_TOWN) : OTHER;
        };
    }

    /**
     * The GeoNames feature class and code that stand for this kind when places are written in the GeoNames
     * format: {@link #ofGeoNames} reads each back as this kind (a city by its population); empty for OTHER.
     */
    public String[] geoNamesCode() {
        return switch (this) {
            case VILLAGE_TOWN, CITY -> new String[] {"P", "PPL"};
            case ADMIN_SEAT -> new String[] {"P", "PPLA"};
            case BORDER_CROSSING -> new String[] {"S", "PSTB"};
            case AIRBASE -> new String[] {"S", "AIRB"};
            case OIL_GAS_FIELD -> new String[] {"L", "OILF"};
            case DAM -> new String[] {"S", "DAM"};
            case HILL -> new String[] {"T", "HLL"};
            case DISTRICT -> new String[] {"A", "ADMD"};
            case OTHER -> new String[] {"", ""};
        };
    }

    /** The kind a label suggests, for sources that give none (the Wikipedia maps, plain GeoJSON). */
    public static FeatureKind ofLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("dam")  && l.matches(".*\\bdam\\b.*")) {
            return DAM;
        }
        if (l.matches(".*\\b(air ?base|airport|airfield|air field)\\b.*")) {
            return AIRBASE;
        }
        if (l.matches(".*\\b(oil|gas) ?fields?\\b.*")) {
            return OIL_GAS_FIELD;
        }
        if (l.matches(".*\\b(crossing|border post|checkpoint)\\b.*")) {
            return BORDER_CROSSING;
        }
        if (l.matches(".*\\b(mount|mountains?|mt|jabal|jebel|hill)\\b.*")) {
            return HILL;
        }
        if (l.matches(".*\\b(district|province|governorate|subdistrict)\\b.*")) {
            return DISTRICT;
        }
        return VILLAGE_TOWN;
    }

    /** Words that call a place a kind of site, as news writes them. */
    private static final String SITE_WORDS = "(?:natural )?(?:oil|gas|oil and gas) ?fields?|air ?base|airport|airfield|dam"
            + "|border crossing|crossing|border post";
    /** "the gas field of NAME", "the airbase at NAME": the site words right before the name. */
    private static final Pattern SITE_BEFORE = Pattern.compile("(?i)\\b(" + SITE_WORDS + ")\\s+(?:of|at|in|near)\\s+(?:the\\s+)?$");
    /** "NAME gas field", "NAME airbase": the site words right after the name. */
    private static final Pattern SITE_AFTER = Pattern.compile("(?i)^\\s+(?:military\\s+)?(" + SITE_WORDS + ")\\b");

    /**
     * The kind of site a place phrase calls the name ("the natural gas field of Umm Tarfa" → OIL_GAS_FIELD), or null
     * when it calls it none: towns and villages are not told apart, every map names them alike.
     */
    public static FeatureKind statedIn(String phrase, String name) {
        if (phrase == null || name.isEmpty()) {
            return null;
        }
        int at = phrase.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return null;
        }
        Matcher before = SITE_BEFORE.matcher(phrase.substring(0, at));
        Matcher after = SITE_AFTER.matcher(phrase.substring(at + name.length()));
        String words = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
        return words == null ? null : ofLabel(words);
    }

    /** A parsable name, upper or lower case, with "-" or "_". */
    public static FeatureKind parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('/', '_'));
    }
}
