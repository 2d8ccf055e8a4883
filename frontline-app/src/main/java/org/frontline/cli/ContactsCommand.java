package org.frontline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.ContactLines;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.ContactLines.Contact;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class, description = "an earlier day: also show the contact that is new since then")
    LocalDate since;

    @Option(names = "--pair", split = ",", paramLabel = "ACTOR", description = "only the contact between these two actors, e.g. PMF,SDF")
    List<String> pair;

    @Option(names = "--format", defaultValue = "text", description = "text or json; default: ${DEFAULT-VALUE}")
    LinkUpCommand.Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        if (pair != null && pair.size() != 2) {
            err.println("frontline: --pair: two actors, e.g. PMF,SDF");
            return 1;
        }
        try (Store store = database.open()) {
            TerrainCache cache = TerrainOptions.cache(database, err);
            Theatre theatre = terrain.theatre(store, terrain.date, cache);
            // the earlier date first: the later one then starts from it, applying only what changed in between
            Territory earlier = since == null ? null : cache.territory(theatre, since);
            Territory territory = cache.territory(theatre, terrain.date);
            List<ContactLines.Line> lines = ContactLines.of(territory);
            Map<String, Double> fresh = since == null ? Map.of() : ContactLines.lengthByPair(ContactLines.newSince(earlier, territory));
            List<Contact> contacts = ContactLines.byPair(lines, fresh, since != null);
            if (pair != null) {
                Set<String> wanted = Set.of(pair.get(0).trim().toUpperCase(Locale.ROOT), pair.get(1).trim().toUpperCase(Locale.ROOT));
                contacts = contacts.stream().filter(c -> wanted.equals(Set.of(c.actorA(), c.actorB()))).toList();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == LinkUpCommand.Format.JSON) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(contacts));
            } else {
                out.print(text(contacts, terrain.date, since, pair));
            }
            out.flush();
            return 0;
        } catch (UserError | StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }

    /** One line per actor pair: km, km new since the earlier date, nearest places. */
    static String text(List<Contact> contacts, LocalDate date, LocalDate since, List<String> pair) {
        StringBuilder b = new StringBuilder("Contact lines on " + date + (since == null ? "" : " (new since " + since + ")") + ":\n");
        if (contacts.isEmpty()) {
            b.append(pair == null ? "  none\n" : "  " + String.join("–", pair).toUpperCase(Locale.ROOT) + ": none\n");
        }
        for (Contact c : contacts) {
            b.append(String.format(Locale.ROOT, "  %-22s %7.1f km", c.actorA() + "–" + c.actorB(), c.km()));
            if (c.newKm() != null) {
                b.append(String.format(Locale.ROOT, "  new %6.1f km", c.newKm()));
            }
            b.append("  near ").append(c.near().stream().limit(6).collect(Collectors.joining(", "))).append('\n');
        }
        return b.toString();
    }
}
