package org.glossa.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * IndexNow submissions (its key file and batch submission rules): the key's form, and the JSON batches for changed URLs, one host
 * per batch and at most {@link #MAX_URLS} URLs each.
 */
public final class IndexNow {

    public static final int MAX_URLS = 10_000;
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9-]{8,128}");

    private IndexNow() {}

    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The key, checked: a wrong one stops the start-up with the reason rather than failing every submission. */
    public static String requireKey(String key) {
        if (!validKey(key)) {
            throw new IllegalArgumentException("glossa.indexnow.key must be 8-128 characters of a-z, A-Z, 0-9 and '-'");
        }
        return key;
    }

    /** One JSON body per host (in first-seen order) and per {@value #MAX_URLS} URLs; the key file is at the host root. */
    public static List<String> payloads(String key, List<String> urls) {
        requireKey(key);
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            URI uri = URI.create(url);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            String authority = uri.getPort() == -1 ? host : host + ":" + uri.getPort();
            byHost.computeIfAbsent(uri.getScheme() + "://" + authority, h -> new ArrayList<>())
                    .add(url);
        }
        List<String> bodies = new ArrayList<>();
        byHost.forEach((origin, list) -> {
            String host = URI.create(origin).getHost();
            for (int from = 0; from < list.size(); from += MAX_URLS) {
                JsonArrayBuilder urlList = Json.createArrayBuilder();
                list.subList(from, Math.min(list.size(), from + MAX_URLS)).forEach(urlList::add);
                JsonObjectBuilder body = Json.createObjectBuilder()
                        .add("host", host)
                        .add("key", key)
                        .add("keyLocation", origin + "/" + key + ".txt")
                        .add("urlList", urlList);
                bodies.add(body.build().toString());
            }
        });
        return bodies;
    }
}
