package org.glossa.serving.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glossa.documents.boundary.ServedDocument;

/**
 * One public response, decided once and written by either server: status, headers in the order they were set, and
 * the body with its type. A HEAD request gets the same headers and no body.
 */
public final class PublicAnswer {

    /**
     * Answering needs the database or a render, which an event loop must not wait for: the caller asks again from a
     * thread that may.
     */
    public static final PublicAnswer NOT_IN_HAND = new PublicAnswer(0);

    private int status;
    private final List<String> headers = new ArrayList<>(20);
    private String contentType;
    private ServedDocument.Body body;

    private PublicAnswer(int status) {
        this.status = status;
    }

    public static PublicAnswer status(int status) {
        return new PublicAnswer(status);
    }

    public PublicAnswer header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    /** The body and its type; a body of no bytes and no type is sent as {@code Content-Length: 0} (a redirect). */
    public PublicAnswer body(String type, ServedDocument.Body bytes) {
        this.contentType = type;
        this.body = bytes;
        return this;
    }

    public PublicAnswer body(String type, byte[] bytes) {
        return body(type, new ServedDocument.InMemory(bytes));
    }

    /** The answer turned into a 304: same headers, no body (a conditional request that matched). */
    public PublicAnswer notModified() {
        this.status = 304;
        this.contentType = null;
        this.body = null;
        return this;
    }

    public int status() {
        return status;
    }

    /** Names and values, alternating. */
    public List<String> headers() {
        return Collections.unmodifiableList(headers);
    }

    /** The header's value as set, or null. */
    public String header(String name) {
        for (int i = 0; i < headers.size(); i += 2) {
            if (headers.get(i).equalsIgnoreCase(name)) {
                return headers.get(i + 1);
            }
        }
        return null;
    }

    /** Null for a response without a body (304), or a redirect's empty one. */
    public String contentType() {
        return contentType;
    }

    /** Null for a 304, whose length is the one of the body it stands for and is not sent. */
    public ServedDocument.Body body() {
        return body;
    }
}
