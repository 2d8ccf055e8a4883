package org.frontline.cli;

import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.Place;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code frontline article ID}: a stored article with the words that gave events highlighted, and the events. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = "Prints a stored article with the evidence of each event highlighted, then its events.")
final class ArticleCommand implements Callable<Integer> {
    private static final String ANSI_ON = "\u001B[1;33m";
    private static final String ANSI_OFF = "\u001B[0m";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "ID", description = "the article id (see events --format csv, column article_id)")
    String id;

    @Option(names = "--color", negatable = true, description = "highlight in colour; default: when writing to a terminal, else [[marks]]")
    Boolean color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = database.open()) {
            Optional<Article> found = store.articles().get(id);
            if (found.isEmpty()) {
                err.println("frontline: article: no article '" + id + "' in " + store.location());
                return 1;
            }
            Article article = found.get();
            List<StoredEvent> events = store.events().ofArticle(id);
            boolean ansi = color != null ? color : System.console() != null;
            out.println(article.id() + (article.source() == null ? "" : "  " + article.source())
                    + (article.published() == null ? "" : "  " + article.published()) + (article.url() == null ? "" : "  " + article.url()));
            out.println();
            out.println(highlight(article.fullText(), events, ansi ? ANSI_ON : "[[", ansi ? ANSI_OFF : "]]"));
            out.println();
            int n = 1;
            for (StoredEvent stored : events) {
                Event e = stored.event();
                out.printf("[%d] %s %s%s %s %s (sentence %d)%n", n++, e.type().code(), e.actor() == null ? "?" : e.actor(),
                        e.target() == null ? "" : " vs " + e.target(), e.places().stream().map(ArticleCommand::place).collect(Collectors.joining(", ")),
                        e.date() == null ? "undated" : e.date(), e.provenance().sentenceIndex());
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }

    /** The text with each evidence span marked; overlapping spans are merged into one mark. */
    static String highlight(String text, List<StoredEvent> events, String on, String off) {
        List<int[]> spans = events.stream()
                .map(e -> new int[] {Math.max(0, e.event().provenance().start()), Math.min(text.length(), e.event().provenance().end())})
                .filter(span -> span[0] < span[1]).sorted(Comparator.comparingInt(span -> span[0])).toList();
        StringBuilder out = new StringBuilder(text.length() + spans.size() * 8);
        int at = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = Math.max(at, spans.get(i)[0]);
            int end = spans.get(i)[1];
            for (i++; i < spans.size() && spans.get(i)[0] <= end; i++) {
                end = Math.max(end, spans.get(i)[1]);
            }
            if (start < end) {
                out.append(text, at, start).append(on).append(text, start, end).append(off);
                at = end;
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String place(Place p) {
        return p.resolved() ? String.format(Locale.ROOT, "%s (%.4f, %.4f)", p.name(), p.lat(), p.lon()) : p.name();
    }
}
