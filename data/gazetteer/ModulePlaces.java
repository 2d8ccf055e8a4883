import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.frontline.gazetteer.GeoJsonPlacesWriter;
import org.frontline.gazetteer.ImportResult;
import org.frontline.gazetteer.PlaceFormat;
import org.frontline.gazetteer.PlaceMerger;

/**
 * Writes the places of the shipped Wikipedia detailed-map modules as GeoJSON points (gzipped), read by
 * frontline-core's own module reader and merged with one another (the border module repeats the Syrian and Iraqi
 * crossings). Run by build.sh; running the modules' Lua on every start would cost a second or two.
 * Usage: ModulePlaces OUT.geojson.gz MODULE.lua...
 */
public class ModulePlaces {
    public static void main(String[] args) throws Exception {
        PlaceMerger merger = new PlaceMerger();
        for (int i = 1; i < args.length; i++) {
            ImportResult r = PlaceFormat.WIKIMAP.read(Path.of(args[i]));
            System.err.printf("%s: %d places, %d skipped%n", args[i], r.places().size(), r.skipped());
            merger.add(r.places());
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            GeoJsonPlacesWriter.write(merger.places(), out);
        }
        System.err.printf("%s: %d places (%d merged)%n", args[0], merger.places().size(), merger.merged());
    }
}
