package org.frontline.gazetteer;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the readers of {@code places import}: a bad row is skipped and counted, a file that is not of the
 * format at all is an {@link IOException}; anything else (a runtime exception, a hang, running out of memory)
 * is a finding. See {@code docs/fuzzing.md}.
 */
class PlaceReadersFuzzTest {
    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void geoNamesDump(byte[] input) {
        read(PlaceFormat.GEONAMES, input);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void placesGeoJson(byte[] input) {
        read(PlaceFormat.GEOJSON, input);
    }

    /** The LuaJ reader of Wikipedia map modules, for places and base maps alike: bad input is an IllegalArgumentException. */
    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void luaModule(byte[] input) {
        try {
            WikiMapModule.parse(new String(input, java.nio.charset.StandardCharsets.UTF_8), "fuzz.lua");
        } catch (IllegalArgumentException expected) {
            // "FILE: not a Lua map module: ..." and the like
        }
    }

    private static void read(PlaceFormat format, byte[] input) {
        try {
            format.read(new ByteArrayInputStream(input), "fuzz");
        } catch (IOException expected) {
            // reported as "cannot read FILE: reason"
        }
    }
}
