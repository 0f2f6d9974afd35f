package org.glossa.serving.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every public page of every site, on the servlet container's port (stored documents and the key file are answered
 * before, by {@link PublicDocumentsFilter}): what {@link PublicAnswers#page} decides. Creates no HTTP session.
 */
@WebServlet(urlPatterns = "/", loadOnStartup = 1)
public class PublicPagesServlet extends HttpServlet {

    @Inject
    PublicAnswers answers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletExchange.write(answers.page(new ServletExchange(request), true), response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletExchange.write(answers.page(new ServletExchange(request), true), response, false);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response);
        } else {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }
}
