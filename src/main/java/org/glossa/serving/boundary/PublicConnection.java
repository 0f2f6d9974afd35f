package org.glossa.serving.boundary;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.documents.boundary.ServedDocument;
import org.glossa.domains.boundary.PublicResponses;
import org.glossa.serving.control.PublicRequest;
import org.glossa.serving.control.RequestTarget;

/**
 * One connection of the public listener. Requests are answered in the order they arrived (HTTP/1.1 pipelining): while
 * one is being answered off the event loop, the ones read after it wait, and the connection reads no more.
 */
final class PublicConnection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = Logger.getLogger(PublicConnection.class.getName());

    private static final byte[] FAILED =
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title>"
                    .concat("</head><body><h1>Error</h1><p>This page cannot be shown just now.</p></body></html>\n")
                    .getBytes(StandardCharsets.UTF_8);

    /**
     * Response headers are not validated again: every name and value is the application's own (constants,
     * configuration, stored validators); nothing of the request is reflected into them.
     */
    private static final HttpHeadersFactory HEADERS =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);

    private static final AsciiString SAME_ORIGIN = AsciiString.cached("SAMEORIGIN");

    /**
     * Headers whose values come from a handful (constants and configuration): kept encoded, like every header name,
     * since encoding each character again per response was a tenth of a 304's time.
     */
    private static final Set<String> REPEATED_VALUES = Set.of(
            "X-Content-Type-Options", "Referrer-Policy", "Content-Security-Policy", "Cache-Control", "Vary", "Allow");

    private static final int MAX_ENCODED = 256;
    private static final ConcurrentHashMap<String, AsciiString> ENCODED = new ConcurrentHashMap<>();

    private static CharSequence ascii(String text) {
        AsciiString encoded = ENCODED.get(text);
        if (encoded == null) {
            if (ENCODED.size() >= MAX_ENCODED) {
                return text;
            }
            encoded = ENCODED.computeIfAbsent(text, AsciiString::cached);
        }
        return encoded;
    }

    /** Bytes handed to the connection at a time when a body is streamed from the database. */
    private static final int STREAM_CHUNK = 64 * 1024;

    private final PublicAnswers answers;
    private final Executor executor;
    private final ArrayDeque<HttpRequest> waiting = new ArrayDeque<>();
    private boolean answering;

    PublicConnection(PublicAnswers answers, Executor executor) {
        this.answers = answers.unproxied().get();
        this.executor = executor;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request) {
            if (answering) {
                waiting.add(request);
            } else {
                handle(ctx, request);
            }
        }
        if (message instanceof HttpContent) {
            ReferenceCountUtil.release(message); // a GET or HEAD has no body; a refused method's is not read
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) { // a peer gone away is routine
            LOG.log(Level.FINE, "Public connection closed on an error", cause);
        }
        ctx.close();
    }

    private void handle(ChannelHandlerContext ctx, HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            refuseMalformed(ctx, request.decoderResult().cause());
            return;
        }
        NettyRequest exchange = new NettyRequest(request);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!RequestTarget.acceptable(exchange.path())) {
            send(ctx, plain(400), exchange.withBody(), keepAlive);
            return;
        }
        PublicAnswer answer = answers.answer(exchange, false);
        if (answer != PublicAnswer.NOT_IN_HAND) {
            send(ctx, answer, exchange.withBody(), keepAlive);
            return;
        }
        answering = true;
        ctx.channel().config().setAutoRead(false);
        try {
            executor.execute(() -> answerAndResume(ctx, exchange, keepAlive));
        } catch (RejectedExecutionException e) { // the application is stopping
            send(ctx, failure(503), exchange.withBody(), false);
            ctx.flush();
        }
    }

    /** On the executor: makes the answer, waiting for the database if need be, then writes it. */
    private void answerAndResume(ChannelHandlerContext ctx, NettyRequest exchange, boolean keepAlive) {
        PublicAnswer answer;
        try {
            answer = answers.answer(exchange, true);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Public request failed: " + exchange.request.method() + " " + exchange.path(), e);
            answer = failure(500);
        }
        if (answer.body() instanceof ServedDocument.FromDatabase && exchange.withBody()) {
            stream(ctx, answer, keepAlive);
            ctx.executor().execute(() -> resume(ctx));
            return;
        }
        PublicAnswer ready = answer;
        ctx.executor().execute(() -> {
            send(ctx, ready, exchange.withBody(), keepAlive);
            resume(ctx);
        });
    }

    private void resume(ChannelHandlerContext ctx) {
        answering = false;
        while (!answering && !waiting.isEmpty()) {
            handle(ctx, waiting.poll());
        }
        ctx.flush();
        if (!answering && ctx.channel().isActive()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void send(ChannelHandlerContext ctx, PublicAnswer answer, boolean withBody, boolean keepAlive) {
        ServedDocument.Body body = answer.body();
        HttpResponse response;
        Object content = null;
        if (body instanceof ServedDocument.InMemory memory && withBody) {
            response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(answer.status()),
                    Unpooled.wrappedBuffer(memory.bytes()),
                    HEADERS,
                    HEADERS);
        } else {
            response =
                    new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()), HEADERS);
            if (body instanceof ServedDocument.InFile file && withBody) {
                content = new DefaultFileRegion(file.file().toFile(), 0, file.length());
            }
        }
        headers(response.headers(), answer, keepAlive);
        ctx.write(response);
        if (content != null) {
            ctx.write(content);
        }
        if (!(response instanceof DefaultFullHttpResponse)) {
            ctx.write(LastHttpContent.EMPTY_LAST_CONTENT);
        }
        if (!keepAlive) {
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** A body read from the database while it is sent (the file cache's fallback): off the event loop, in chunks. */
    private void stream(ChannelHandlerContext ctx, PublicAnswer answer, boolean keepAlive) {
        HttpResponse response =
                new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()));
        headers(response.headers(), answer, keepAlive);
        ctx.writeAndFlush(response);
        try (OutputStream out = new ChannelOutputStream(ctx)) {
            answer.body().writeTo(out);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "A stored document could not be sent whole; the connection is closed", e);
            ctx.close();
            return;
        }
        ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT)
                .addListener(keepAlive ? ChannelFutureListener.CLOSE_ON_FAILURE : ChannelFutureListener.CLOSE);
    }

    private static void headers(HttpHeaders headers, PublicAnswer answer, boolean keepAlive) {
        List<String> named = answer.headers();
        for (int i = 0; i < named.size(); i += 2) {
            String name = named.get(i);
            String value = named.get(i + 1);
            headers.set(ascii(name), REPEATED_VALUES.contains(name) ? ascii(value) : value);
        }
        headers.set(HttpHeaderNames.X_FRAME_OPTIONS, SAME_ORIGIN);
        headers.set(HttpHeaderNames.DATE, HttpDate.now());
        if (answer.body() != null) {
            if (answer.contentType() != null) {
                headers.set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
            }
            headers.set(HttpHeaderNames.CONTENT_LENGTH, answer.body().length());
        } else if (answer.status() != 304) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, 0);
        }
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, "close");
        }
    }

    /** A request line or header block too long, or a request that is not HTTP: refused, and the connection closed. */
    private void refuseMalformed(ChannelHandlerContext ctx, Throwable cause) {
        int status = cause instanceof TooLongHttpLineException
                ? 414
                : cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException ? 431 : 400;
        send(ctx, plain(status), true, false);
        ctx.flush();
    }

    private static PublicAnswer plain(int status) {
        return PublicAnswer.status(status)
                .header("X-Content-Type-Options", "nosniff")
                .body(
                        "text/plain; charset=UTF-8",
                        (HttpResponseStatus.valueOf(status).reasonPhrase() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static PublicAnswer failure(int status) {
        return PublicAnswer.status(status)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body("text/html; charset=UTF-8", FAILED);
    }

    /** The request as {@link PublicAnswers} reads it. */
    private static final class NettyRequest implements PublicRequest {
        private final HttpRequest request;
        private final String path;
        private final String query;

        NettyRequest(HttpRequest request) {
            this.request = request;
            String target = request.uri();
            int start = 0;
            int scheme = target.indexOf("://");
            if (scheme > 0 && target.indexOf('/') > scheme) { // absolute form: the path after the authority
                int slash = target.indexOf('/', scheme + 3);
                start = slash < 0 ? target.length() : slash;
            }
            int question = target.indexOf('?', start);
            this.path = question < 0 ? target.substring(start) : target.substring(start, question);
            this.query = question < 0 ? null : target.substring(question + 1);
        }

        @Override
        public String method() {
            return request.method().name();
        }

        @Override
        public String header(String name) {
            return request.headers().get(name);
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public String query() {
            return query;
        }
    }

    /** Writes to the connection from a thread that may wait: each chunk is handed over once the previous one left. */
    private static final class ChannelOutputStream extends OutputStream {
        private final ChannelHandlerContext ctx;
        private ByteBuf buffer = Unpooled.buffer(STREAM_CHUNK);

        ChannelOutputStream(ChannelHandlerContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, buffer.writableBytes());
                buffer.writeBytes(bytes, offset, n);
                offset += n;
                length -= n;
                if (!buffer.isWritable()) {
                    flush();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (buffer.readableBytes() == 0) {
                return;
            }
            ByteBuf chunk = buffer;
            buffer = Unpooled.buffer(STREAM_CHUNK);
            var written = ctx.writeAndFlush(new io.netty.handler.codec.http.DefaultHttpContent(chunk))
                    .awaitUninterruptibly();
            if (!written.isSuccess()) {
                throw new IOException("the client went away", written.cause());
            }
        }

        @Override
        public void close() throws IOException {
            flush();
            buffer.release();
        }
    }

    /** The Date header, formatted once a second. */
    static final class HttpDate {
        private static volatile long second;
        private static volatile AsciiString formatted = AsciiString.EMPTY_STRING;

        private HttpDate() {}

        static AsciiString now() {
            long now = System.currentTimeMillis() / 1000;
            if (now != second) {
                formatted = new AsciiString(PublicResponses.HTTP_DATE.format(Instant.ofEpochSecond(now)));
                second = now;
            }
            return formatted;
        }
    }
}
