package org.glossa.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.glossa.security.entity.Account;

/**
 * What a session remembers of the password it was signed in with: a digest of the account's stored hash, which
 * changes whenever a password is set (each hash has its own salt, even for the same password). The session never
 * holds the hash itself.
 */
public final class PasswordStamp {

    private PasswordStamp() {}

    public static String of(Account account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(account.passwordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
