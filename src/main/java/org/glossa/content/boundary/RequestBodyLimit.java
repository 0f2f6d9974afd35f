package org.glossa.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps an upload's request body within {@link UploadLimit#maxRequestBytes()} while the multipart parser
 * reads it, so an oversize upload is refused before it is spooled anywhere: at once when its Content-Length
 * says so, and otherwise (chunked) at the first byte past the limit. Either way the client gets a 413.
 * Past the limit the stream fails with an {@link IOException}, so that the parser closes what it has
 * spooled (a runtime exception would leave its temporary file behind); it is turned into the 413 here.
 */
@Provider
@ApplicationScoped
@LimitedRequestBody
public class RequestBodyLimit implements ReaderInterceptor {

    @Inject
    UploadLimit limit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long max = limit.maxRequestBytes();
        String contentLength = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && isOver(contentLength.strip(), max)) {
            throw new UploadTooLargeException(limit.maxBytes());
        }
        context.setInputStream(new Bounded(context.getInputStream(), max));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (causedByLimit(e)) {
                throw new UploadTooLargeException(limit.maxBytes());
            }
            throw e;
        }
    }

    private static boolean causedByLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitExceeded) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOver(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength) > max;
        } catch (NumberFormatException e) {
            return contentLength.chars().allMatch(Character::isDigit) && !contentLength.isEmpty();
        }
    }

    private static final class LimitExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        LimitExceeded(long max) {
            super("request body larger than " + max + " bytes");
        }
    }

    /** Counts what is read and fails on the first byte past the limit. */
    private static final class Bounded extends FilterInputStream {

        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, max - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, max - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws LimitExceeded {
            count += n;
            if (count > max) {
                throw new LimitExceeded(max);
            }
        }
    }
}
