package org.frontline.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class BodyTest {
    private static final byte[] TEXT = "[ {\n  \"event_date\" : \"2017-05-29\"\n} ]".repeat(200).getBytes(StandardCharsets.UTF_8);

    @Test
    void keepsTheBytesGzippedAndGivesThemBackAsTheyWere() throws IOException {
        Body body = Body.write(out -> {
            out.write(TEXT, 0, 10);
            out.write(TEXT[10]);
            out.write(TEXT, 11, TEXT.length - 11);
        });
        assertThat(body.plain()).isEqualTo(TEXT);
        assertThat(body.plainLength()).isEqualTo(TEXT.length);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(TEXT);
        }
        assertThat(body.weight()).isEqualTo(body.gzipped().length).isLessThan(TEXT.length / 10);
    }

    @Test
    void theTagsFollowTheContentAndNameTheCoding() {
        Body body = Body.of(TEXT);
        assertThat(Body.of(TEXT.clone()).tag()).isEqualTo(body.tag());
        assertThat(Body.of("other".getBytes(StandardCharsets.UTF_8)).tag()).isNotEqualTo(body.tag());
        assertThat(body.tag()).matches("\"[0-9a-f]{32}\"");
        assertThat(body.gzippedTag()).isEqualTo(body.tag().replace("\"", "").transform(t -> "\"" + t + "-gzip\""));
    }
}
