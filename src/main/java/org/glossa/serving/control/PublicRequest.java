package org.glossa.serving.control;

/** What a public answer depends on, whichever server received the request (the servlet container or the listener). */
public interface PublicRequest {

    /** {@code GET} or {@code HEAD}: other methods are refused before an answer is asked for. */
    String method();

    /** A request header's value, or null; names are matched without regard to case. */
    String header(String name);

    /** The request target's raw path, without the query; never decoded. */
    String path();

    /** The raw query after {@code ?}, or null. */
    String query();

    default boolean withBody() {
        return !"HEAD".equals(method());
    }
}
