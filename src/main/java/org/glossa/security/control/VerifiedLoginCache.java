package org.glossa.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password matched a stored hash, so an API client that
 * sends Basic credentials with every request pays for PBKDF2 once per few minutes, not on every call.
 *
 * <p>Never holds a password: the key is an HMAC-SHA256 of username and password under a random key made
 * when this cache is (so a heap dump cannot be attacked with a fast unkeyed hash), and the value is the
 * stored hash that was verified plus when the entry expires. A hit counts only if the account's stored hash
 * is still that one: changing the password, or deleting or recreating the account, invalidates the entry
 * on every node at once, because the account row is read on each request anyway.
 */
public final class VerifiedLoginCache {

    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    public static final int DEFAULT_CAPACITY = 1_000;

    private record Entry(String storedHash, Instant expires) {}

    private final Clock clock;
    private final Duration lifetime;
    private final int capacity;
    private final SecretKeySpec key;
    private final LinkedHashMap<String, Entry> entries;

    public VerifiedLoginCache(Clock clock) {
        this(clock, DEFAULT_LIFETIME, DEFAULT_CAPACITY);
    }

    public VerifiedLoginCache(Clock clock, Duration lifetime, int capacity) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedLoginCache.this.capacity;
            }
        };
    }

    /** True if this username and password were verified against exactly this stored hash recently. */
    public boolean confirms(String username, String password, String storedHash) {
        String fingerprint = fingerprint(username, password);
        synchronized (entries) {
            Entry entry = entries.get(fingerprint);
            if (entry == null) {
                return false;
            }
            if (!entry.expires().isAfter(clock.instant()) || !entry.storedHash().equals(storedHash)) {
                entries.remove(fingerprint);
                return false;
            }
            return true;
        }
    }

    /** Records a successful verification. */
    public void remember(String username, String password, String storedHash) {
        String fingerprint = fingerprint(username, password);
        synchronized (entries) {
            entries.put(fingerprint, new Entry(storedHash, clock.instant().plus(lifetime)));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
