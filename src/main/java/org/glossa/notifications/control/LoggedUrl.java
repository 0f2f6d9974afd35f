package org.glossa.notifications.control;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A target URL as it may appear in a log: scheme, host and port only. Webhook URLs often carry their secret in the
 * path or query ({@code https://hooks.example.com/services/T000/B000/XXXX}), and logs travel further than
 * configuration.
 */
public final class LoggedUrl {

    private LoggedUrl() {}

    public static String of(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "(a URL that is not absolute)";
            }
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            boolean more = uri.getRawPath() != null
                            && !uri.getRawPath().isEmpty()
                            && !uri.getRawPath().equals("/")
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null;
            return more ? origin + "/…" : origin;
        } catch (URISyntaxException e) {
            return "(a malformed URL)";
        }
    }
}
