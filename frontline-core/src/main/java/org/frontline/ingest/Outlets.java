package org.frontline.ingest;

import com.google.common.cache.CacheBuilder;
import com.google.common.net.InternetDomainName;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Where an article comes from, derived from its address. */
public final class Outlets {

    /** Server labels: www, www2, mobile and AMP mirrors. */
    private static final Pattern GENERIC = Pattern.compile("www\\d*|m|mobile|amp");
    /** Edition labels are ISO 639 language codes (en., ar., fr.). */
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    /**
     * Host → outlet: a run reads many articles of few outlets, and each host's labels are judged by pattern and by the
     * public suffix list (a twentieth of reading a text).
     */
    private static final Map<String, String> OUTLETS = CacheBuilder.newBuilder().maximumSize(10_000)
            .<String, String>build().asMap();

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
     * The outlet of an address: its host without the labels that name a server, an edition or a language
     * rather than the outlet ("www.aljazeera.com" and "en.alalam.ir" give "aljazeera.com" and "alalam.ir").
     * Other subdomains stay ("zeenews.india.com" is not india.com), and a host is never cut down to a public
     * suffix ("m.co.uk" stays whole), which the public suffix list tells.
     */
    public static Optional<String> fromUrl(String url) {
        return webAddress(url).map(uri -> outletOfHost(uri.getHost().toLowerCase(Locale.ROOT)));
    }

    private static String outletOfHost(String host) {
        return OUTLETS.computeIfAbsent(host, Outlets::outletOfNewHost);
    }

    private static String outletOfNewHost(String host) {
        String outlet = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        int dot = outlet.indexOf('.');
        while (dot > 0 && isGenericLabel(outlet.substring(0, dot)) && isRegistrable(outlet.substring(dot + 1))) {
            outlet = outlet.substring(dot + 1);
            dot = outlet.indexOf('.');
        }
        return outlet;
    }

    private static boolean isGenericLabel(String label) {
        return GENERIC.matcher(label).matches() || LANGUAGES.contains(label);
    }

    /** A name that is more than a public suffix ("bbc.co.uk", not "co.uk"), or one the list does not know. */
    private static boolean isRegistrable(String name) {
        if (name.indexOf('.') < 0 || !InternetDomainName.isValid(name)) {
            return false;
        }
        InternetDomainName domain = InternetDomainName.from(name);
        return !domain.isPublicSuffix();
    }
}
