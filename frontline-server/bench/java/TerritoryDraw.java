import java.lang.management.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.frontline.store.Store;
import org.frontline.server.StoredTerrain;
import org.frontline.terrain.*;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * In-process CPU time of drawing a day's territory (bench/territory-draw.sh): for each day, the territory read from the
 * terrain cache, every holder's polygons (the kept shapes deleted first), the contact lines and the map's JSON, in
 * this thread's CPU time; with an output directory, the last round's polygons (WKB), cells and contact lengths per
 * day, for TerritoryCompare.
 */
public class TerritoryDraw {
    public static void main(String[] a) throws Exception {
        String db = a[0]; Path cacheDir = Path.of(a[1]); Path out = a.length > 2 ? Path.of(a[2]) : null;
        int rounds = Integer.parseInt(System.getProperty("rounds", "2"));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Store store = Store.open(db);
        TerrainCache cache = new TerrainCache(cacheDir, System.err::println);
        Grid grid = StoredTerrain.grid(cache, List.of(StoredTerrain.DEFAULT_COUNTRIES.split(",")), 7);
        Theatre theatre = new Theatre(grid, StoredTerrain.claimsUpTo(store, StoredTerrain.ALL), 12);
        String[] days = System.getProperty("days", "2017-08-01 2017-09-01 2017-10-15 2017-12-01 2018-02-01 2018-04-01 2018-06-01 2018-09-01 2018-12-01").split(" ");
        for (int r = 0; r < rounds; r++) {
            for (String d : days) {
                try (var s = Files.newDirectoryStream(cacheDir, "shapes-*")) { for (Path p : s) Files.delete(p); }
                LocalDate day = LocalDate.parse(d);
                long c0 = mx.getCurrentThreadCpuTime();
                Territory t = cache.territory(theatre, day);
                long c1 = mx.getCurrentThreadCpuTime();
                Map<String, Geometry> polys = new LinkedHashMap<>();
                for (String actor : t.holdings().keySet()) polys.put(actor, t.polygons(actor));
                long c2 = mx.getCurrentThreadCpuTime();
                List<ContactLines.Line> lines = ContactLines.of(t);
                long c3 = mx.getCurrentThreadCpuTime();
                byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
                        new MapLayers(day, t, lines, null, List.of(), null).featureCollection(false));
                long c4 = mx.getCurrentThreadCpuTime();
                System.out.printf("round %d %s territory %4d polygons %5d contacts %4d json %4d total %5d ms  (%d holders, %d lines, %d bytes)%n", r, d,
                        (c1 - c0) / 1000000, (c2 - c1) / 1000000, (c3 - c2) / 1000000, (c4 - c3) / 1000000, (c4 - c0) / 1000000,
                        polys.size(), lines.size(), json.length);
                if (out != null && r == rounds - 1) {
                    Files.createDirectories(out);
                    StringBuilder sb = new StringBuilder();
                    WKBWriter w = new WKBWriter();
                    for (var e : polys.entrySet()) sb.append("P\t").append(e.getKey()).append('\t').append(t.holdings().get(e.getKey()).cells()).append('\t').append(WKBWriter.toHex(w.write(e.getValue()))).append('\n');
                    Map<String, Double> len = ContactLines.lengthByPair(lines);
                    Map<String, Integer> cnt = new TreeMap<>();
                    for (var l : lines) cnt.merge(l.actorA() + "|" + l.actorB(), 1, Integer::sum);
                    for (var e : new TreeMap<>(len).entrySet()) sb.append("C\t").append(e.getKey()).append('\t').append(e.getValue()).append('\t').append(cnt.get(e.getKey())).append('\n');
                    Files.writeString(out.resolve(d + ".txt"), sb);
                    Files.write(out.resolve(d + ".json"), json);
                }
            }
        }
        store.close();
    }
}
