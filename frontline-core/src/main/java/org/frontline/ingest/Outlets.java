package org.frontline.ingest;

import com.google.common.net.InternetDomainName;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Where an article comes from, derived from its address. */
public final class Outlets {

    private Outlets() {
    }

    /**
     * The address if it is an absolute http(s) URL, else empty: headers and metadata sometimes hold a note
     * or a relative path instead.
     */
    public static Optional<URI> webAddress(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The outlet of an address: its registrable domain by the public suffix list, so that
     * "www.aljazeera.com", "en.alalam.ir" and "usa.chinadaily.com.cn" give "aljazeera.com", "alalam.ir" and
     * "chinadaily.com.cn". A host under no known suffix (an IP address, "localhost") gives itself.
     */
    public static Optional<String> fromUrl(String url) {
        return webAddress(url).map(uri -> registrableDomain(uri.getHost().toLowerCase(Locale.ROOT)));
    }

    private static String registrableDomain(String host) {
        if (!InternetDomainName.isValid(host)) {
            return host;
        }
        InternetDomainName name = InternetDomainName.from(host);
        return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host;
    }
}
