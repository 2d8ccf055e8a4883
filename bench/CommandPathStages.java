import com.fasterxml.jackson.databind.ObjectWriter;
import org.frontline.extract.GoldFormat;
import org.frontline.extract.Pipeline;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.IngestException;
import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command path's own stages, each alone on one thread: reading the texts of a folder, geocoding their extractions
 * and rendering them as gold JSON, in rounds (the first ones compile the code), as thread CPU time per article, and the
 * gazetteer's build (its loading thread, cold). What `bench extract` leaves out of its clock, measured without the
 * pipeline's time around it; compare two jars by running it with each, one after the other:
 *
 *   java -cp frontline-app/target/frontline.jar bench/CommandPathStages.java DIR [ROUNDS]
 *
 * (DIR: e.g. bench/command-path.sh 15's folder of 1,005 texts; no user gazetteer is merged.)
 */
public class CommandPathStages {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException, IngestException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Path> files;
        try (Stream<Path> found = Files.walk(dir)) {
            files = found.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        long start = THREADS.getCurrentThreadCpuTime();
        Gazetteer gazetteer = GazetteerLoader.load(dir.resolve("no-user-gazetteer"), null);
        System.out.printf("gazetteer build  %.2f s of CPU (its loading thread), %d places%n",
                (THREADS.getCurrentThreadCpuTime() - start) / 1e9, gazetteer.size());
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        ArticleReader reader = new ArticleReader();
        Pipeline pipeline = new Pipeline();
        List<Extraction> extractions = new ArrayList<>();
        for (Path f : files) {
            extractions.add(pipeline.extract(reader.read(f)));
        }
        ObjectWriter writer = GoldFormat.mapper().writerWithDefaultPrettyPrinter();
        long characters = 0; // what each stage made, used, so that none of it is optimised away
        for (int round = 1; round <= rounds; round++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (Path f : files) {
                Article a = reader.read(f);
                characters += a.fullText().length();
            }
            long t1 = THREADS.getCurrentThreadCpuTime();
            List<Extraction> placed = new ArrayList<>(extractions.size());
            for (Extraction x : extractions) {
                placed.add(resolver.resolve(x));
            }
            long t2 = THREADS.getCurrentThreadCpuTime();
            for (Extraction x : placed) {
                characters += writer.writeValueAsString(GoldFormat.gold(x)).length();
            }
            long t3 = THREADS.getCurrentThreadCpuTime();
            double n = files.size() * 1e6;
            System.out.printf("round %d  read %.3f  geocode %.3f  render %.3f ms of CPU per article%n",
                    round, (t1 - t0) / n, (t2 - t1) / n, (t3 - t2) / n);
        }
        System.out.printf("%d articles, %d characters read and rendered%n", files.size(), characters);
    }
}
