package org.frontline.cli;

import org.frontline.model.ControlClaim;
import org.frontline.server.StoredTerrain;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.Control;
import org.frontline.terrain.ControlTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code frontline control}: who held a place over time, claim by claim, with the sources. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = "A place's control timeline: every claim (base maps and stored events) with its source, and who held it after each.")
final class ControlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "1..*", paramLabel = "PLACE", description = "the place, any spelling the gazetteer folds together (al-Ba'aj, Baaj)")
    List<String> words;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = String.join(" ", words);
        try (Store store = database.open()) {
            List<ControlTimeline> found = StoredTerrain.timelinesOf(store, name);
            if (found.isEmpty()) {
                err.println("frontline: no control claims for '" + name + "' in " + store.location());
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            found.forEach(t -> out.print(text(t)));
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }

    /** The place, then a line per claim: date, kind, actor, confidence, source, and the control at the end of that day. */
    static String text(ControlTimeline t) {
        StringBuilder b = new StringBuilder(t.place().name());
        if (t.place().resolved()) {
            b.append(String.format(Locale.ROOT, " (%.4f, %.4f)", t.place().lat(), t.place().lon()));
        }
        b.append('\n');
        for (ControlClaim c : t.claims()) {
            Control then = t.at(c.date());
            b.append(String.format(Locale.ROOT, "  %s  %-9s %-10s %.2f  %-40s → %s%n", c.date(), c.kind(), c.actor(), c.confidence(),
                    c.source(), then.contested() ? "contested: " + String.join(", ", then.contestants())
                            : then.holder() == null ? "unheld" : then.holder()));
        }
        return b.toString();
    }
}
