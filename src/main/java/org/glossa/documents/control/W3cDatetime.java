package org.glossa.documents.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Timestamps for {@code lastmod} and {@code news:publication_date}: W3C Datetime in the profile sitemap.xsd
 * accepts ({@code xsd:dateTime}), i.e. with seconds and a zone, in UTC: {@code 2026-11-24T10:20:30Z}. The W3C
 * form without seconds ({@code 10:20Z}) fails the XSD (sitemaps.org and Google News: W3C Datetime); fractions are dropped.
 */
final class W3cDatetime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT).withZone(ZoneOffset.UTC);

    private W3cDatetime() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
