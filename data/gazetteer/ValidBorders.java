import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Makes the country borders valid polygons (JTS GeometryFixer), in place: Natural Earth's rings self-intersect
 * at a few points in six of the ten countries, and unions over invalid polygons fail. Run by build.sh; fixing at
 * load time instead would cost seconds on every start.
 */
public class ValidBorders {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(file);
        GeoJsonReader reader = new GeoJsonReader();
        GeoJsonWriter writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        for (JsonNode feature : root.path("features")) {
            Geometry geometry = reader.read(feature.get("geometry").toString());
            if (!geometry.isValid()) {
                Geometry fixed = GeometryFixer.fix(geometry);
                System.err.printf("%s: made valid (area %.4f -> %.4f square degrees)%n",
                        feature.path("properties").path("iso").asText(), geometry.getArea(), fixed.getArea());
                ((ObjectNode) feature).set("geometry", json.readTree(writer.write(fixed)));
            }
        }
        json.writeValue(file, root);
    }
}
