package org.frontline.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.frontline.model.Place;

/**
 * The gazetteer's answers to place names, kept in a file so that a short command asking a name answered before
 * (a link-up to Damascus) does not build the gazetteer again: building it takes seconds, reading an answer back
 * microseconds. The file is named by the gazetteer's {@linkplain GazetteerLoader#fingerprint fingerprint}, so a
 * change of the shipped data, of the code or of the user's place files reads another file and asks the gazetteer
 * again. Only resolved answers are kept (an unknown name is an error the user corrects), and only for names without
 * a tab or line break (the file is one line per name). Not thread-safe: one command, one instance.
 */
public final class GazetteerAnswers {
    /** Answers kept per file: a user's link-up places, far more than any session asks. */
    static final int MAX_ANSWERS = 10_000;

    private final Path file;
    private final Function<String, Place> gazetteer;
    private final Consumer<String> warnings;
    private Map<String, Place> kept;

    /**
     * @param directory   where the file goes, created when needed; null keeps nothing
     * @param fingerprint what the gazetteer is built from ({@link GazetteerLoader#fingerprint}); null keeps nothing
     * @param gazetteer   the gazetteer's answer to a name, asked for names not kept
     * @param warnings    one line when the file cannot be written
     */
    public GazetteerAnswers(Path directory, String fingerprint, Function<String, Place> gazetteer, Consumer<String> warnings) {
        this.file = directory == null || fingerprint == null ? null : directory.resolve("places-" + fingerprint + ".tsv");
        this.gazetteer = gazetteer;
        this.warnings = warnings;
    }

    /** The gazetteer's answer to the name: kept, else asked and kept when resolved. */
    public Place resolve(String name) {
        if (file == null || !fitsALine(name)) {
            return gazetteer.apply(name);
        }
        Map<String, Place> answers = kept();
        Place answer = answers.get(name);
        if (answer == null) {
            answer = gazetteer.apply(name);
            if (answer.resolved() && fitsALine(answer.name()) && (answer.coordSource() == null || fitsALine(answer.coordSource()))
                    && answers.size() < MAX_ANSWERS) {
                answers.put(name, answer);
                write(answers);
            }
        }
        return answer;
    }

    private static boolean fitsALine(String text) {
        return text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }

    private Map<String, Place> kept() {
        if (kept == null) {
            kept = new LinkedHashMap<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 7) {
                        kept.put(f[0], new Place(f[1], Double.valueOf(f[2]), Double.valueOf(f[3]), f[4].isEmpty() ? null : f[4],
                                Boolean.parseBoolean(f[5]), Double.parseDouble(f[6])));
                    }
                }
            } catch (NoSuchFileException e) {
                // nothing kept yet
            } catch (IOException | NumberFormatException e) {
                kept.clear(); // a damaged file: asked again and rewritten
            }
        }
        return kept;
    }

    /** The whole file again, through a temporary one, so that a concurrent command reads a whole file or none. */
    private void write(Map<String, Place> answers) {
        StringBuilder b = new StringBuilder();
        answers.forEach((name, p) -> b.append(String.join("\t", List.of(name, p.name(), Double.toString(p.lat()), Double.toString(p.lon()),
                p.coordSource() == null ? "" : p.coordSource(), Boolean.toString(p.approximate()), Double.toString(p.uncertaintyKm()))))
                .append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, b, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            warnings.accept(file.getParent() + ": cannot keep the gazetteer's answers (" + e.getMessage() + ")");
        }
    }
}
