import java.nio.file.*;
import java.util.*;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.overlayng.*;

/**
 * Two outputs of TerritoryDraw compared day by day: the same cells per holder, every polygon valid (JTS IsValidOp),
 * areas and symmetric differences relative to the first, contact lengths per pair and lines per pair.
 */
public class TerritoryCompare {
    public static void main(String[] a) throws Exception {
        Path oldDir = Path.of(a[0]), newDir = Path.of(a[1]);
        WKBReader r = new WKBReader();
        int problems = 0;
        try (var s = Files.list(oldDir)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                Map<String, String[]> o = read(f), n = read(newDir.resolve(f.getFileName()));
                double worstArea = 0, worstSym = 0; int invalid = 0, polys = 0; double worstLen = 0; int lineDiff = 0;
                if (!o.keySet().equals(n.keySet())) { System.out.println(f.getFileName() + " keys differ " + o.keySet() + " vs " + n.keySet()); problems++; }
                for (String k : o.keySet()) {
                    String[] x = o.get(k), y = n.get(k);
                    if (y == null) continue;
                    if (k.startsWith("P")) {
                        if (!x[2].equals(y[2])) { System.out.println("cells differ " + k); problems++; }
                        Geometry g = r.read(WKBReader.hexToBytes(x[3])), h = r.read(WKBReader.hexToBytes(y[3]));
                        for (int i = 0; i < h.getNumGeometries(); i++) { polys++; if (!new IsValidOp(h.getGeometryN(i)).isValid()) invalid++; }
                        if (!new IsValidOp(h).isValid()) { invalid++; System.out.println("invalid multipolygon " + k + " " + new IsValidOp(h).getValidationError()); }
                        double rel = Math.abs(g.getArea() - h.getArea()) / g.getArea();
                        worstArea = Math.max(worstArea, rel);
                        double sym = OverlayNGRobust.overlay(g, h, OverlayNG.SYMDIFFERENCE).getArea() / g.getArea();
                        worstSym = Math.max(worstSym, sym);
                        if (rel > 1e-3 || sym > 1e-3) { System.out.println("  " + k + " area rel " + rel + " symdiff rel " + sym + " parts " + g.getNumGeometries() + " vs " + h.getNumGeometries()); problems++; }
                    } else {
                        double rel = Math.abs(Double.parseDouble(x[2]) - Double.parseDouble(y[2])) / Double.parseDouble(x[2]);
                        worstLen = Math.max(worstLen, rel);
                        if (!x[3].equals(y[3])) lineDiff++;
                    }
                }
                System.out.printf("%s: %d polygons, %d invalid, worst area diff %.2e, worst symdiff %.2e, worst contact length diff %.2e, pairs with another line count %d%n",
                        f.getFileName(), polys, invalid, worstArea, worstSym, worstLen, lineDiff);
                problems += invalid;
            }
        }
        System.out.println(problems == 0 ? "SAME" : problems + " PROBLEMS");
    }
    static Map<String, String[]> read(Path f) throws Exception {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(f)) { String[] p = line.split("\t"); m.put(p[0] + "\t" + p[1], p); }
        return m;
    }
}
