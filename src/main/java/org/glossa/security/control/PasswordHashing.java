package org.glossa.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2: HMAC-SHA512, 210,000 iterations (OWASP's
 * 2023 figure for this PRF), 32-byte salt, 64-byte key. A stored hash carries its own algorithm,
 * iterations and salt, so raising these later keeps old hashes verifiable.
 *
 * <p>Deliberately slow (a few hundred milliseconds): a stolen table costs a guesser the same per guess.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    /** The hash to store for a password that passed {@link AccountRules}. */
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the time a real check would for a username that has no account, so response times do not tell
     * a guesser which usernames exist. Always false.
     */
    public boolean matchesNoAccount(String password) {
        if (decoy == null) {
            decoy = hash("no account has this password " + System.nanoTime());
        }
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
