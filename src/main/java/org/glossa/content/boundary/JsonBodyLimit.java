package org.glossa.content.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most bytes an API operation's JSON body may have, where it differs from the API's 1 MiB: the API's one
 * JSON-body gate ({@code api.boundary.JsonBodies}) reads it and refuses a longer body with a 413 naming
 * {@code body} before it is parsed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonBodyLimit {

    /**
     * A translation's text: its Markdown body may hold 200,000 characters, which a client that escapes everything
     * outside ASCII ({@code \\uXXXX}, as many JSON libraries do by default) sends as up to 1.2 MB.
     */
    int TRANSLATION_TEXT = 2 * 1024 * 1024;

    /** A few short fields: ample for a locale, a title of the longest allowed length in any script, and a slug. */
    int SHORT_FIELDS = 16 * 1024;

    int value();
}
