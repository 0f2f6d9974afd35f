package org.glossa.domains.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.glossa.content.entity.ItemKind;

/**
 * The signed query of a preview link ({@code /preview?item=post-12&revision=3&expires=...&signature=...} on the
 * locale's own site): an HMAC-SHA256 over the item, the locale, the revision and the expiry. The locale is not in the
 * query: it is the site's the link is opened on, so a link moved to another locale's host does not verify.
 */
public final class PreviewLink {

    /** The path of previews on every locale's site; no page has it. */
    public static final String PATH = "/preview";

    private static final int MIN_KEY_BYTES = 32;
    private static final Pattern ITEM = Pattern.compile("(post|experience)-([1-9][0-9]{0,17})");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,11}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What a link shows: one revision of one item's version in one locale, until {@code expires}. */
    public record Target(ItemKind kind, long itemId, String locale, int revision, Instant expires) {}

    /** What a link's query says, once checked. */
    public sealed interface Verdict permits Valid, Expired, Invalid {}

    public record Valid(Target target) implements Verdict {}

    /** Signed by this site, but its time is over. */
    public record Expired(Target target) implements Verdict {}

    /** Malformed, altered, or signed for another locale or with another key. */
    public record Invalid() implements Verdict {}

    private final SecretKeySpec key;

    public PreviewLink(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a preview key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The query string (without {@code ?}) of a link to {@code target}. */
    public String query(Target target) {
        return "item=" + item(target.kind(), target.itemId())
                + "&revision=" + target.revision()
                + "&expires=" + target.expires().getEpochSecond()
                + "&signature=" + signature(target);
    }

    /**
     * Checks a link's query as opened on {@code locale}'s site: the signature first (so an altered expiry is
     * {@link Invalid}, not {@link Expired}), then the time.
     *
     * @param parameters the query's parameters, each at most once
     */
    public Verdict read(String locale, Map<String, String> parameters, Instant now) {
        String item = parameters.getOrDefault("item", "");
        String revision = parameters.getOrDefault("revision", "");
        String expires = parameters.getOrDefault("expires", "");
        String signature = parameters.getOrDefault("signature", "");
        Matcher itemMatch = ITEM.matcher(item);
        if (!itemMatch.matches()
                || !NUMBER.matcher(revision).matches()
                || revision.length() > 9
                || !NUMBER.matcher(expires).matches()
                || !SIGNATURE.matcher(signature).matches()) {
            return new Invalid();
        }
        Target target = new Target(
                ItemKind.valueOf(itemMatch.group(1).toUpperCase(Locale.ROOT)),
                Long.parseLong(itemMatch.group(2)),
                locale,
                Integer.parseInt(revision),
                Instant.ofEpochSecond(Long.parseLong(expires)));
        byte[] expected = signature(target).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Invalid();
        }
        return now.isBefore(target.expires()) ? new Valid(target) : new Expired(target);
    }

    /** A query string's parameters; one given twice, or not decodable, makes the whole query unreadable (empty). */
    public static Map<String, String> parameters(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                return Map.of();
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (parameters.put(name, value) != null) {
                    return Map.of();
                }
            } catch (IllegalArgumentException e) {
                return Map.of();
            }
        }
        return parameters;
    }

    private static String item(ItemKind kind, long id) {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + id;
    }

    private String signature(Target target) {
        String signed = String.join(
                "\n",
                "glossa-preview-1",
                item(target.kind(), target.itemId()),
                target.locale(),
                Integer.toString(target.revision()),
                Long.toString(target.expires().getEpochSecond()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
