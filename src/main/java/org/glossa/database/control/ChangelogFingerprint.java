package org.glossa.database.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema is migrated from, as one SHA-256: the master changelog and every file it includes, each with its
 * name, and the version of Liquibase that applies them. Equal fingerprints mean the same changesets with the same
 * checksums, so a database that recorded this fingerprint after an update has nothing left to migrate.
 */
public final class ChangelogFingerprint {

    /** The master's includes, one concern per file, as {@code liquibase/changelog.xml} writes them. */
    private static final Pattern INCLUDE =
            Pattern.compile("<include\\s+file=\"([^\"]+)\"\\s+relativeToChangelogFile=\"true\"\\s*/>");

    private ChangelogFingerprint() {}

    /**
     * @param master           the master changelog's resource name
     * @param liquibaseVersion the version of Liquibase that applies it (a new one may compute checksums anew)
     * @throws IllegalStateException when the master or a file it includes cannot be read
     */
    public static String of(ClassLoader resources, String master, String liquibaseVersion) {
        MessageDigest sha256 = sha256();
        String masterText = new String(read(resources, master, sha256), StandardCharsets.UTF_8);
        String directory = master.contains("/") ? master.substring(0, master.lastIndexOf('/') + 1) : "";
        Matcher include = INCLUDE.matcher(masterText);
        while (include.find()) {
            read(resources, directory + include.group(1), sha256);
        }
        sha256.update(("liquibase " + liquibaseVersion).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static byte[] read(ClassLoader resources, String name, MessageDigest into) {
        try (InputStream in = resources.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the changelog file " + name + " is not in the application");
            }
            byte[] bytes = in.readAllBytes();
            into.update(name.getBytes(StandardCharsets.UTF_8));
            into.update((byte) 0);
            into.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            into.update((byte) 0);
            into.update(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the changelog file " + name + " cannot be read", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
