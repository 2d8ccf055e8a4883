package org.frontline.terrain;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes the base-map readers of {@code basemap}: any text gives claims or an {@link IllegalArgumentException}
 * naming the line and what was expected; anything else (another runtime exception, a hang, running out of
 * memory) is a finding. See {@code docs/fuzzing.md}.
 */
class BaseMapReadersFuzzTest {
    private static final LocalDate DATE = LocalDate.of(2017, 6, 1);
    private static final MarkTable MARKS = MarkTable.defaults("syria");

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void csvBaseMap(byte[] input) {
        try {
            CsvClaims.read(new String(input, StandardCharsets.UTF_8), "fuzz.csv", DATE, MARKS);
        } catch (IllegalArgumentException expected) {
            // "FILE:LINE: expected ..."
        }
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void geoJsonBaseMap(byte[] input) {
        try {
            GeoJsonClaims.read(new String(input, StandardCharsets.UTF_8), "fuzz.geojson", DATE, MARKS);
        } catch (IllegalArgumentException expected) {
            // "FILE: not GeoJSON ..." and the like
        }
    }
}
