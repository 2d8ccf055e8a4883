package org.frontline.terrain;

import java.util.Map;

/** Map colours per actor: the Wikipedia maps' conventions where they exist (government red, SDF yellow, IS black). */
final class ActorColors {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("SYR_GOV", "#d62728"), Map.entry("IRQ_GOV", "#8c1d40"), Map.entry("PMF", "#2ca02c"),
            Map.entry("SDF", "#f2c80f"), Map.entry("KRG", "#e6a100"), Map.entry("IS", "#262626"),
            Map.entry("HTS", "#7f7f7f"), Map.entry("FSA", "#98df8a"), Map.entry("SNA", "#17becf"),
            Map.entry("TUR", "#1f77b4"), Map.entry("HEZBOLLAH", "#ffdd00"), Map.entry("IRN", "#006400"),
            Map.entry("RUS", "#9467bd"), Map.entry("USA", "#3b5bdb"), Map.entry("COALITION", "#4c6ef5"),
            Map.entry("PKK", "#ff7f0e"));

    private ActorColors() {
    }

    /** The actor's colour; other actors get a stable colour from their name. */
    static String of(String actor) {
        String known = KNOWN.get(actor);
        if (known != null) {
            return known;
        }
        float hue = Math.floorMod(actor.hashCode(), 360) / 360f;
        int rgb = java.awt.Color.HSBtoRGB(hue, 0.55f, 0.8f) & 0xffffff;
        return String.format("#%06x", rgb);
    }
}
