package org.frontline.server;

import java.util.List;

/**
 * How {@code frontline serve} runs.
 *
 * @param host            the address to bind; loopback unless asked otherwise
 * @param port            the port; 0 for any free one
 * @param readsNeedToken  whether reads need the token too (writes always do)
 * @param corsOrigins     origins other sites may call the API from; empty: none (CORS closed)
 * @param maxBodyBytes    larger request bodies are refused with 413
 * @param countries       countries the grid covers (ISO alpha-2)
 * @param resolution      H3 resolution of the grid
 * @param radiusKm        a cell takes the holder of the nearest held place within this distance
 */
public record ServerSettings(String host, int port, boolean readsNeedToken, List<String> corsOrigins, long maxBodyBytes,
                             List<String> countries, int resolution, double radiusKm) {
    public ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
        countries = List.copyOf(countries);
    }
}
