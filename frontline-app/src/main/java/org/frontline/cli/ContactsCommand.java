package org.frontline.cli;

import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.ContactLines;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code frontline contacts}: where forces touch on a date, per pair of actors. */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = "Contact lines on a date, per pair of actors: length, nearest places, and what is new since an earlier date.")
final class ContactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    TerrainOptions terrain;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = PublishedDateConverter.class, description = "the day")
    LocalDate date;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = PublishedDateConverter.class, description = "an earlier day: also show the contact that is new since then")
    LocalDate since;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = database.open()) {
            Theatre theatre = terrain.theatre(store, date);
            Territory territory = theatre.territoryAt(date);
            List<ContactLines.Line> lines = ContactLines.of(territory);
            Map<String, Double> fresh = since == null ? Map.of() : ContactLines.lengthByPair(ContactLines.newSince(theatre.territoryAt(since), territory));
            PrintWriter out = spec.commandLine().getOut();
            out.print(text(lines, fresh, date, since));
            out.flush();
            return 0;
        } catch (UserError | StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }

    /** One line per actor pair, longest first: km, km new since the earlier date, nearest places. */
    static String text(List<ContactLines.Line> lines, Map<String, Double> fresh, LocalDate date, LocalDate since) {
        Map<String, Double> km = ContactLines.lengthByPair(lines);
        Map<String, Set<String>> near = new TreeMap<>();
        for (ContactLines.Line l : lines) {
            near.computeIfAbsent(l.actorA() + "|" + l.actorB(), k -> new LinkedHashSet<>()).addAll(l.nearestPlaces());
        }
        StringBuilder b = new StringBuilder("Contact lines on " + date + (since == null ? "" : " (new since " + since + ")") + ":\n");
        if (km.isEmpty()) {
            b.append("  none\n");
        }
        km.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> {
            b.append(String.format(Locale.ROOT, "  %-22s %7.1f km", e.getKey().replace("|", "–"), e.getValue()));
            if (since != null) {
                b.append(String.format(Locale.ROOT, "  new %6.1f km", fresh.getOrDefault(e.getKey(), 0.0)));
            }
            b.append("  near ").append(near.get(e.getKey()).stream().limit(6).collect(Collectors.joining(", "))).append('\n');
        });
        return b.toString();
    }
}
