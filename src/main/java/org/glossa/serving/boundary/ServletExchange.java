package org.glossa.serving.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.glossa.serving.control.PublicRequest;

/** A public request as the servlet container received it, and the writing of its answer. */
final class ServletExchange implements PublicRequest {

    private final HttpServletRequest request;

    ServletExchange(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public String path() {
        return request.getRequestURI();
    }

    @Override
    public String query() {
        return request.getQueryString();
    }

    static void write(PublicAnswer answer, HttpServletResponse response, boolean withBody) throws IOException {
        response.setStatus(answer.status());
        List<String> headers = answer.headers();
        for (int i = 0; i < headers.size(); i += 2) {
            response.setHeader(headers.get(i), headers.get(i + 1));
        }
        if (answer.body() == null) {
            return;
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLengthLong(answer.body().length());
        if (withBody && answer.body().length() > 0) {
            answer.body().writeTo(response.getOutputStream());
        }
    }
}
