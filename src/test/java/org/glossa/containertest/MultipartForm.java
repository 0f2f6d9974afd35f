package org.glossa.containertest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body built by hand, so a test controls every part's declared type and name. */
public final class MultipartForm {

    private final String boundary = "glossa-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean terminated = true;

    /** A file part; {@code contentType} may be null to declare none. */
    public MultipartForm file(String name, String fileName, String contentType, byte[] content) {
        StringBuilder headers = new StringBuilder("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\n");
        if (contentType != null) {
            headers.append("Content-Type: ").append(contentType).append("\r\n");
        }
        body.writeBytes(headers.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** A text field, UTF-8. */
    public MultipartForm field(String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Leaves out the closing delimiter, as a client cut off mid-upload would. */
    public MultipartForm unterminated() {
        terminated = false;
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closing delimiter included unless {@link #unterminated()}. */
    public byte[] bytes() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(body.toByteArray());
        if (terminated) {
            whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return whole.toByteArray();
    }
}
