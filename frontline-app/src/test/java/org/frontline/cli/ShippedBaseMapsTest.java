package org.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real map of 25 July 2017 through the command line: the three shipped Wikipedia maps imported once into one
 * store, then asked what the map of that day says. The grid covers Iraq and Syria only (every front here lies in
 * them), an eighth of the default grid's cells, to keep the test short.
 */
class ShippedBaseMapsTest extends CommandLineTest {
    @TempDir
    static Path tmp;
    static String db;
    static String importMessage;

    @BeforeAll
    static void importTheShippedMaps() {
        db = tmp.resolve("real.db").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(execute(out, err, "basemap", "import", "all-2017-07", "--db", db)).isZero();
        importMessage = err.toString();
    }

    private String linkUp(String coalition, String from, String to) {
        List<String> args = new ArrayList<>(List.of("linkup", "--db", db, "--date", "2017-07-25", "--countries", "IQ,SY",
                "--gazetteer", tmp.resolve("gazetteer").toString(), "--coalition", coalition, "--from", from, "--to", to));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theThreeShippedMapsImportWithoutUnknownMarks() {
        assertThat(importMessage).contains("frontline: all-2017-07: ", "no unknown marks", "0 places unresolved");
        assertThat(run("basemap", "list")).isZero();
        assertThat(out.toString()).contains("syria-2017-07", "6,178", "iraq-2017-07", "1,510", "border-2017-07", "16", "all-2017-07");
        assertThat(run("basemap", "import", "syria-2016-12", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("frontline: syria-2016-12: not a shipped base map (syria-2017-07, iraq-2017-07,"
                + " border-2017-07, all-2017-07) nor a file" + System.lineSeparator());
    }

    @Test
    void theGovernmentsDeirEzZorEnclaveIsCutOffFromDamascus() {
        assertThat(linkUp("SYR_GOV", "Deir ez-Zor", "Damascus")).contains("Deir ez-Zor → Damascus", ": not connected");
        // the government's own desert road from Damascus reaches Palmyra: the enclave, not the query, is cut off
        assertThat(linkUp("SYR_GOV", "Damascus", "Palmyra")).contains(": connected");
    }

    @Test
    void islamicStateConnectsMayadinToAbuKamalAndAcrossTheBorderToAlQaim() {
        assertThat(linkUp("IS", "Mayadin", "Abu Kamal")).contains(": connected", "km per actor: IS");
        assertThat(linkUp("IS", "Mayadin", "Al-Qa'im")).contains(": connected", "Abu Kamal–Al-Qa'im border crossing", "Husaybah");
    }

    @Test
    void theIslamicStatePocketsOfTalAfarAndHawijaAreCutOffFromTheEuphrates() {
        assertThat(linkUp("IS", "Tal Afar", "Mayadin")).contains(": not connected");
        assertThat(linkUp("IS", "Hawija", "Al-Qa'im")).contains(": not connected");
        assertThat(run("control", "Tal Afar", "--db", db)).isZero();
        assertThat(out.toString()).contains("→ IS");
    }

    @Test
    void theSdfManbijPocketConnectsToKobani() {
        assertThat(linkUp("SDF", "Manbij", "Kobani")).contains("Manbij → Kobani", ": connected", "km per actor: SDF");
    }
}
