package org.glossa.editorial.control;

import java.util.Locale;
import java.util.Map;

/**
 * What a quality check found in one field of a text. The UI shows it in the user's language from its code
 * ({@code backoffice.quality.<code>} with the parameters as ICU arguments); the API's problem documents and
 * responses carry it as it is, with an English message.
 *
 * @param field      the text field at fault: title, summary, body, location or slug
 * @param code       what kind of finding, stable for clients and for the messages: see {@link Code}
 * @param severity   an error blocks the submission; a warning is shown and may be acknowledged
 * @param parameters the values the message names (lengths, counts, numbers, characters, a link), in order
 */
public record Finding(String field, Code code, Severity severity, Map<String, Object> parameters) {

    public enum Severity {
        ERROR,
        WARNING
    }

    /** The kinds of finding, with the English message the API gives ({@code {name}} stands for a parameter). */
    public enum Code {
        REQUIRED("must not be empty"),
        TITLE_TOO_LONG("{length} characters; search results show about {max}"),
        SUMMARY_TOO_LONG("{length} characters; a search result's snippet shows about {max}"),
        SUMMARY_EMPTY("empty; lists, feeds and search results show the summary"),
        LINK_COUNT("{translation} links where the source has {source}"),
        IMAGE_COUNT("{translation} images where the source has {source}"),
        NUMBERS_MISSING("numbers of the source missing here: {numbers}"),
        IDENTICAL_TO_SOURCE("identical to the source text; not translated?"),
        REPLACEMENT_CHARACTER("contains U+FFFD, which stands for a character lost to a wrong encoding"),
        UNASSIGNED_CHARACTER("contains characters Unicode does not define: {characters}"),
        PRIVATE_USE_CHARACTER("contains private-use characters, which show only with a particular font: {characters}"),
        BROKEN_LINK("{href}: {reason}");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The code as clients and message keys spell it: {@code title-too-long}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Finding {
        parameters = Map.copyOf(parameters);
    }

    static Finding error(String field, Code code, Map<String, Object> parameters) {
        return new Finding(field, code, Severity.ERROR, parameters);
    }

    static Finding warning(String field, Code code, Map<String, Object> parameters) {
        return new Finding(field, code, Severity.WARNING, parameters);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * What names a finding when a translator acknowledges it: its field and code. A warning acknowledged once stays
     * acknowledged when its numbers change (another number missing, a title one character longer).
     */
    public String key() {
        return field + ":" + code.id();
    }

    /** The English message the API gives. */
    public String message() {
        String message = code.english;
        for (var parameter : parameters.entrySet()) {
            message = message.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
        }
        if (parameters.containsKey("suggestion")) {
            message += "; its live version here is " + parameters.get("suggestion");
        }
        return message;
    }
}
