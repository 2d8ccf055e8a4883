package org.frontline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** serve refuses bad options with one line naming them, before it binds anything; its token is kept with the store. */
class ServeCommandTest extends CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void badOptionsAreNamed() {
        String db = tmp.resolve("s.db").toString();
        assertThat(run("serve", "--db", db, "--port", "70000")).isEqualTo(1);
        assertThat(err.toString()).contains("--port: 70000 is not a port");
        assertThat(run("serve", "--db", db, "--countries", "XX")).isEqualTo(1);
        assertThat(err.toString()).contains("--countries: no borders for 'XX'");
        assertThat(run("serve", "--db", db, "--max-body-bytes", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("--max-body-bytes: must be positive");
    }

    @Test
    void tokenIsKeptBesideASqliteStore() {
        assertThat(ServeCommand.tokenFile("/data/frontline.db")).isEqualTo(Path.of("/data/frontline.db.token"));
        assertThat(ServeCommand.tokenFile("jdbc:postgresql://db/frontline")).isEqualTo(DatabaseOption.dataDirectory().resolve("api.token"));
    }
}
