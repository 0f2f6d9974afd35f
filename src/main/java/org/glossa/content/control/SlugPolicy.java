package org.glossa.content.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.LocaleDefinition.SlugScript;

/**
 * Builds, checks and URL-encodes the per-locale slugs of posts and career entries.
 *
 * <p>ASCII locales get slugs matching {@code ^[a-z0-9]+(-[a-z0-9]+)*$}, transliterated with the locale's ICU
 * transform after lower-casing with the locale's rules (so Turkish {@code I} becomes {@code ı} and then {@code i}).
 * Native locales keep their script: NFC, lower-cased with the locale's rules, letters, combining marks and
 * numbers joined by single hyphens; full-width Latin letters and digits are folded to ASCII. Either way a slug is at most {@value #MAX_CODE_POINTS} code points long.
 *
 * <p>Apostrophes: in French and Italian an apostrophe marks an elision ({@code l'été}, {@code dell'arte}), so it
 * separates words ({@code l-ete}); everywhere else it joins a contraction, possessive or suffix
 * ({@code don't} → {@code dont}, {@code İstanbul'da} → {@code istanbulda}).
 */
public final class SlugPolicy {

    public static final int MAX_CODE_POINTS = 100;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Full-width Latin and digits (ＡＢＣ１２３) become ASCII, half-width katakana full-width; nothing else changes. */
    private static final Normalizer2 WIDTH_FOLDING =
            new FilteredNormalizer2(NFKC, new UnicodeSet("[\\uFF00-\\uFFEF]").freeze());

    private static final int TATWEEL = 0x0640;
    private static final String URL_RESERVED = "/?#[]@!$&'()*+,;=%.";
    /** Characters that RFC 3986 does not allow unencoded anywhere in a URI. */
    private static final String URL_UNSAFE = "\"<>\\^`{|}";

    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private static final Set<String> ELIDING_LANGUAGES = Set.of("fr", "it");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u201B\u02BC\uFF07]");
    private static final Pattern NON_ASCII_WORD_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    // ICU documents Transliterator as stateless and shareable between threads without synchronisation
    // (RuleBasedTransliterator guards its rule matcher internally), so one instance per transform id is shared.
    private static final Map<String, Transliterator> TRANSLITERATORS = new ConcurrentHashMap<>();

    private SlugPolicy() {}

    // ---------------------------------------------------------------- slugify

    /**
     * The slug for this title in this locale.
     *
     * @throws InvalidSlugException if the title contains nothing a slug can be built from (only emoji or punctuation,
     *                              or only characters the locale's transform cannot write in ASCII)
     */
    public static String slugify(String title, LocaleDefinition locale) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        String slug = locale.slugScript() == SlugScript.ASCII ? asciiSlug(title, locale) : nativeSlug(title, locale);
        if (slug.isEmpty()) {
            throw new InvalidSlugException(
                    slug,
                    "title \"" + title + "\" contains no letters or digits that can be" + " used in a slug for locale "
                            + locale.tag(),
                    "slug.noneFromTitle",
                    Map.of());
        }
        return slug;
    }

    private static String asciiSlug(String title, LocaleDefinition locale) {
        // NFKC first: compatibility forms (ﬁ, ², full-width letters) have plain ASCII equivalents.
        String lowerCase = lowerCase(dropInvisibleCharacters(NFKC.normalize(title)), locale.uLocale());
        String ascii = lowerCase(stripMarks(transliterator(locale).transliterate(lowerCase)), ULocale.ROOT);
        String apostrophesResolved = APOSTROPHES.matcher(ascii).replaceAll(apostropheReplacement(locale));
        String joined = NON_ASCII_WORD_CHARACTERS.matcher(apostrophesResolved).replaceAll("-");
        return truncate(trimHyphens(joined));
    }

    private static String nativeSlug(String title, LocaleDefinition locale) {
        String lowerCase = lowerCase(NFC.normalize(WIDTH_FOLDING.normalize(title)), locale.uLocale());
        return truncate(NFC.normalize(joinNativeWords(dropInvisibleCharacters(lowerCase))));
    }

    private static Transliterator transliterator(LocaleDefinition locale) {
        String transformId = Objects.requireNonNull(
                locale.slugTransform(), () -> "ASCII locale " + locale.tag() + " has no slug transform");
        return TRANSLITERATORS.computeIfAbsent(transformId, Transliterator::getInstance);
    }

    private static String apostropheReplacement(LocaleDefinition locale) {
        return ELIDING_LANGUAGES.contains(locale.uLocale().getLanguage()) ? "-" : "";
    }

    /** Removes combining marks the transform left behind (e.g. the dot of i̇ from a non-Turkish lower-casing). */
    private static String stripMarks(String text) {
        return MARKS.matcher(NFD.normalize(text)).replaceAll("");
    }

    private static String dropInvisibleCharacters(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isInvisible(cp) && cp != TATWEEL).forEach(visible::appendCodePoint);
        return visible.toString();
    }

    /**
     * Keeps letters, numbers and marks; every run of anything else becomes one hyphen. A mark is kept only when it
     * follows a kept letter, number or mark, so a mark after an emoji or punctuation does not survive on its own.
     */
    private static String joinNativeWords(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean separatorPending = false;
        for (int cp : text.codePoints().toArray()) {
            if (isLetterOrNumber(cp)) {
                if (separatorPending && !slug.isEmpty()) {
                    slug.append('-');
                }
                separatorPending = false;
                slug.appendCodePoint(cp);
            } else if (isMark(cp)) {
                if (!separatorPending && !slug.isEmpty()) {
                    slug.appendCodePoint(cp);
                }
            } else {
                separatorPending = true;
            }
        }
        return slug.toString();
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Cuts a slug longer than {@value #MAX_CODE_POINTS} code points at its last hyphen within the limit; a single
     * over-long word is cut at the last grapheme boundary within the limit, so no letter loses its marks.
     */
    private static String truncate(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_CODE_POINTS) {
            return slug;
        }
        int limit = slug.offsetByCodePoints(0, MAX_CODE_POINTS);
        int lastHyphen = slug.lastIndexOf('-', limit);
        return slug.substring(0, lastHyphen > 0 ? lastHyphen : lastGraphemeBoundary(slug, limit));
    }

    private static int lastGraphemeBoundary(String text, int limit) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int boundary = graphemes.isBoundary(limit) ? limit : graphemes.preceding(limit);
        return boundary > 0 ? boundary : limit;
    }

    // ---------------------------------------------------------------- validate

    /**
     * Checks that a slug may go live in this locale: not empty, at most {@value #MAX_CODE_POINTS} code points, NFC,
     * lower-case, no character that is reserved or unsafe in a URL path segment, no whitespace, control or invisible
     * characters, only {@code a-z0-9} (ASCII locales) or letters, marks and numbers (native locales), separated by
     * single hyphens with none at either end.
     *
     * @throws InvalidSlugException naming the first problem found
     */
    public static void validate(String slug, LocaleDefinition locale) throws InvalidSlugException {
        Objects.requireNonNull(locale, "locale");
        if (slug == null || slug.isEmpty()) {
            throw new InvalidSlugException(slug, "slug must not be empty", "slug.empty", Map.of());
        }
        int length = slug.codePointCount(0, slug.length());
        if (length > MAX_CODE_POINTS) {
            throw new InvalidSlugException(
                    slug,
                    "slug is " + length + " code points long; at most " + MAX_CODE_POINTS + " are allowed",
                    "slug.tooLong",
                    Map.of("length", String.valueOf(length), "max", String.valueOf(MAX_CODE_POINTS)));
        }
        if (!NFC.isNormalized(slug)) {
            throw new InvalidSlugException(
                    slug, "slug must be in Unicode normalization form NFC", "slug.notNfc", Map.of());
        }
        if (!lowerCase(slug, caseLocale(locale)).equals(slug)) {
            throw new InvalidSlugException(slug, "slug must be lower-case", "slug.notLowerCase", Map.of());
        }
        slug.codePoints().forEach(cp -> checkCharacter(slug, cp, locale));
        checkHyphens(slug);
        checkMarksHaveABase(slug);
    }

    private static void checkCharacter(String slug, int cp, LocaleDefinition locale) {
        String problem = characterProblem(cp, locale);
        if (problem != null) {
            throw new InvalidSlugException(
                    slug,
                    "slug contains " + problem,
                    characterRule(cp, locale),
                    Map.of("character", Character.toString(cp), "code", String.format("U+%04X", cp)));
        }
    }

    private static String characterProblem(int cp, LocaleDefinition locale) {
        if (URL_RESERVED.indexOf(cp) >= 0 || URL_UNSAFE.indexOf(cp) >= 0) {
            return "'" + Character.toString(cp) + "' which is not allowed in a URL path segment";
        }
        if (UCharacter.isUWhiteSpace(cp)) {
            return "whitespace " + codePointName(cp);
        }
        if (UCharacter.getType(cp) == UCharacterCategory.CONTROL) {
            return "control character " + codePointName(cp);
        }
        if (UCharacter.getType(cp) == UCharacterCategory.SURROGATE) {
            return "an unpaired surrogate " + codePointName(cp);
        }
        if (isInvisible(cp)) {
            return "invisible character " + codePointName(cp);
        }
        if (cp == TATWEEL) {
            return "tatweel " + codePointName(cp) + ", which only stretches letters";
        }
        if (cp == '-') {
            return null;
        }
        if (locale.slugScript() == SlugScript.ASCII) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9'
                    ? null
                    : describe(cp) + "; slugs for locale " + locale.tag() + " may only use a-z, 0-9 and '-'";
        }
        return isLetterOrNumber(cp) || isMark(cp)
                ? null
                : describe(cp) + ", which is neither a letter, a mark, a number nor '-'";
    }

    /** The rule a character breaks, named as {@link InvalidSlugException#problem()} names it. */
    private static String characterRule(int cp, LocaleDefinition locale) {
        if (URL_RESERVED.indexOf(cp) >= 0 || URL_UNSAFE.indexOf(cp) >= 0) {
            return "slug.urlCharacter";
        }
        if (UCharacter.isUWhiteSpace(cp)
                || UCharacter.getType(cp) == UCharacterCategory.CONTROL
                || UCharacter.getType(cp) == UCharacterCategory.SURROGATE
                || isInvisible(cp)) {
            return "slug.invisible";
        }
        if (cp == TATWEEL) {
            return "slug.tatweel";
        }
        return locale.slugScript() == SlugScript.ASCII ? "slug.asciiOnly" : "slug.notLetter";
    }

    private static void checkHyphens(String slug) {
        if (slug.startsWith("-")) {
            throw new InvalidSlugException(slug, "slug must not start with '-'", "slug.hyphenEdge", Map.of());
        }
        if (slug.endsWith("-")) {
            throw new InvalidSlugException(slug, "slug must not end with '-'", "slug.hyphenEdge", Map.of());
        }
        if (slug.contains("--")) {
            throw new InvalidSlugException(
                    slug,
                    "slug must not contain '--'; words are separated by a single '-'",
                    "slug.doubleHyphen",
                    Map.of());
        }
    }

    private static void checkMarksHaveABase(String slug) {
        int previous = '-';
        for (int cp : slug.codePoints().toArray()) {
            if (isMark(cp) && previous == '-') {
                throw new InvalidSlugException(
                        slug,
                        "slug contains combining mark " + codePointName(cp)
                                + " without a letter or number to attach to",
                        "slug.loneMark",
                        Map.of("code", String.format("U+%04X", cp)));
            }
            previous = cp;
        }
    }

    // ---------------------------------------------------------------- canonical form

    /**
     * The form a request path segment must have to match a stored slug: NFC and lower-case. ASCII locales lower-case
     * with root rules, because their slugs are plain ASCII: Turkish rules would turn a requested {@code I} into
     * {@code ı}, which no stored slug contains. For every valid slug, {@code canonicalForm(slug).equals(slug)}.
     */
    public static String canonicalForm(String candidate, LocaleDefinition locale) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(locale, "locale");
        if (isAsciiWithoutCapitals(candidate)) {
            return candidate; // NFC and lower-casing leave it as it is, whatever the locale's rules
        }
        return NFC.normalize(lowerCase(NFC.normalize(candidate), caseLocale(locale)));
    }

    private static boolean isAsciiWithoutCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    private static ULocale caseLocale(LocaleDefinition locale) {
        return locale.slugScript() == SlugScript.ASCII ? ULocale.ROOT : locale.uLocale();
    }

    // ---------------------------------------------------------------- percent-encoding

    /**
     * The slug as a URL path segment: UTF-8, with unreserved ASCII ({@code A-Z a-z 0-9 - . _ ~}) kept and every
     * other byte written as {@code %XX} with upper-case hex digits.
     *
     * @throws IllegalArgumentException if the slug is not well-formed UTF-16 (an unpaired surrogate)
     */
    public static String encodePathSegment(String slug) {
        if (isUnreservedAscii(slug)) {
            return slug;
        }
        byte[] utf8 = utf8(slug);
        byte[] encoded = new byte[utf8.length * 3]; // ASCII, at most three characters a byte
        int length = 0;
        for (byte b : utf8) {
            int unsigned = b & 0xFF;
            if (isUnreserved(unsigned)) {
                encoded[length++] = (byte) unsigned;
            } else {
                encoded[length++] = '%';
                encoded[length++] = (byte) UPPER_HEX[unsigned >> 4];
                encoded[length++] = (byte) UPPER_HEX[unsigned & 0x0F];
            }
        }
        return new String(encoded, 0, length, StandardCharsets.US_ASCII);
    }

    /**
     * Strictly percent-decodes a raw URL path segment as UTF-8. {@code +} stays {@code +}; characters that are not
     * escapes stand for themselves. Empty if an escape is not {@code %} plus two hex digits, the bytes are not valid
     * UTF-8 (truncated, overlong, encoded surrogates) or the text holds an unpaired surrogate.
     */
    public static Optional<String> decodePathSegment(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (isAsciiWithoutEscapes(raw)) {
            return Optional.of(raw); // every path of an ASCII slug: nothing to decode
        }
        // The permalink check decodes every URL of a native-script sitemap: a plain array, as each character other
        // than an escape is at most three UTF-8 bytes (a surrogate pair, two characters, is four).
        byte[] bytes = new byte[raw.length() * 3];
        int length = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 1 < raw.length() ? hexValue(raw.charAt(i + 1)) : -1;
                int low = i + 2 < raw.length() ? hexValue(raw.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 3;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
                i++;
            } else {
                int cp = raw.codePointAt(i);
                if (Character.getType(cp) == Character.SURROGATE) {
                    return Optional.empty();
                }
                byte[] encoded = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                i += Character.charCount(cp);
            }
        }
        return strictUtf8(bytes, length);
    }

    /** UTF-8 of well-formed text (the JDK's fast path), refusing an unpaired surrogate it would replace by '?'. */
    private static byte[] utf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("not well-formed UTF-16 (unpaired surrogate): " + text);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> strictUtf8(byte[] bytes, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** ASCII hex digits only: {@link Character#digit(char, int)} would also accept e.g. Arabic-Indic digits. */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static boolean isUnreservedAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isUnreserved(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiWithoutEscapes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '%') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(int asciiByte) {
        return asciiByte >= 'A' && asciiByte <= 'Z'
                || asciiByte >= 'a' && asciiByte <= 'z'
                || asciiByte >= '0' && asciiByte <= '9'
                || asciiByte == '-'
                || asciiByte == '.'
                || asciiByte == '_'
                || asciiByte == '~';
    }

    // ---------------------------------------------------------------- character classes

    private static String lowerCase(String text, ULocale locale) {
        return UCharacter.toLowerCase(locale, text);
    }

    private static boolean isLetterOrNumber(int cp) {
        return UCharacter.isLetter(cp)
                || switch (UCharacter.getType(cp)) {
                    case UCharacterCategory.DECIMAL_DIGIT_NUMBER,
                            UCharacterCategory.LETTER_NUMBER,
                            UCharacterCategory.OTHER_NUMBER -> true;
                    default -> false;
                };
    }

    /** Marks that spell (matras, harakat, accents). Enclosing marks such as the emoji keycap are symbols. */
    private static boolean isMark(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.COMBINING_SPACING_MARK;
    }

    /** Format characters (ZWJ, ZWNJ, bidi marks, soft hyphen) and other default-ignorables such as variation selectors. */
    private static boolean isInvisible(int cp) {
        return UCharacter.getType(cp) == UCharacterCategory.FORMAT
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static String describe(int cp) {
        return "'" + Character.toString(cp) + "' (" + String.format("U+%04X", cp) + ")";
    }

    private static String codePointName(int cp) {
        String name = UCharacter.getExtendedName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
