package org.glossa.security.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.TypedText;
import org.glossa.localization.control.UnstorableTextException;
import org.glossa.security.entity.Role;

/**
 * What a username, password, display name and locale list must be. Every field is checked and every fault
 * reported at once, each naming its field, so a form can show them all.
 *
 * <p>Usernames are NFKC-normalised and then lower-cased (locale-independently), so {@code Anna}, {@code ＡＮＮＡ}
 * and {@code anna} are one account. Passwords are NFKC-normalised before hashing and before every check
 * (NIST SP 800-63B), so a password typed on another keyboard or system still matches; their length is
 * counted in code points.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 1024;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private AccountRules() {}

    /** Checks a new account; translators need at least one locale, the owner needs none. */
    public static ValidAccount validate(
            String username, String password, String displayName, Collection<String> locales, Role role) {
        Map<String, String> errors = new LinkedHashMap<>();
        String canonicalUsername = canonicalUsername(username);
        usernameProblem(canonicalUsername).ifPresent(message -> errors.put("username", message));
        passwordProblem(password).ifPresent(message -> errors.put("password", message));
        String name = null;
        try {
            name = displayName == null
                    ? null
                    : TypedText.singleLine("displayName", displayName).strip();
            displayNameProblem(name).ifPresent(message -> errors.put("displayName", message));
        } catch (UnstorableTextException e) {
            errors.put("displayName", e.reason());
        }
        List<String> tags = role == Role.OWNER && (locales == null || locales.isEmpty())
                ? List.of()
                : canonicalLocales(locales, errors);
        if (!errors.isEmpty()) {
            throw new InvalidAccountException(errors);
        }
        return new ValidAccount(canonicalUsername, canonicalPassword(password), name, role, tags);
    }

    /** NFKC, then lower case; null stays null. Used for sign-in too, so any spelling finds the account. */
    public static String canonicalUsername(String username) {
        return username == null
                ? null
                : Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static String canonicalPassword(String password) {
        return password == null ? null : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** Whether a sign-in could possibly succeed: if not, no account is looked up and no hash computed. */
    public static boolean couldSignIn(String canonicalUsername, String password) {
        return usernameProblem(canonicalUsername).isEmpty()
                && passwordProblem(password).isEmpty();
    }

    static Optional<String> usernameProblem(String canonicalUsername) {
        if (canonicalUsername == null || canonicalUsername.isBlank()) {
            return Optional.of("is required");
        }
        if (!USERNAME.matcher(canonicalUsername).matches()) {
            return Optional.of("must be 3 to 64 characters a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        return Optional.empty();
    }

    static Optional<String> passwordProblem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        String canonical = canonicalPassword(password);
        int length = canonical.codePointCount(0, canonical.length());
        if (length < MIN_PASSWORD_LENGTH) {
            return Optional.of("must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            return Optional.of("must be at most " + MAX_PASSWORD_LENGTH + " characters long");
        }
        return Optional.empty();
    }

    private static Optional<String> displayNameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("is required");
        }
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME_LENGTH) {
            return Optional.of("must be at most " + MAX_DISPLAY_NAME_LENGTH + " characters long");
        }
        return Optional.empty();
    }

    /** Canonical tags in catalogue order, duplicates (in any case) collapsed; faults go into errors. */
    private static List<String> canonicalLocales(Collection<String> locales, Map<String, String> errors) {
        if (locales == null || locales.isEmpty()) {
            errors.put("locales", "must list at least one locale");
            return List.of();
        }
        LocaleCatalog catalog = LocaleCatalog.standard();
        Set<String> chosen = new LinkedHashSet<>();
        for (String tag : locales) {
            Optional<LocaleDefinition> locale = catalog.find(tag);
            if (locale.isEmpty()) {
                String shown = tag == null ? "null" : tag.length() <= 35 ? "'" + tag + "'" : "an entry";
                errors.put(
                        "locales",
                        shown + " is not one of the " + catalog.tags().size() + " supported locales "
                                + String.join(", ", catalog.tags()));
                return List.of();
            }
            chosen.add(locale.get().tag());
        }
        return catalog.tags().stream().filter(chosen::contains).toList();
    }
}
