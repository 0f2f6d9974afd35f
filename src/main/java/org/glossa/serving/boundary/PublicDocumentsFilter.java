package org.glossa.serving.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The IndexNow key file and the stored documents (sitemaps, news sitemap, feed, robots.txt) on the servlet
 * container's port, as {@link PublicAnswers} decides them; every other request goes on to the pages.
 */
@WebFilter(urlPatterns = {"*.xml", "*.txt"})
public class PublicDocumentsFilter extends HttpFilter {

    @Inject
    PublicAnswers answers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        ServletExchange exchange = new ServletExchange(request);
        var answer = answers.keyFile(exchange);
        if (answer == null) {
            answer = answers.document(exchange, true);
        }
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        ServletExchange.write(answer, response, exchange.withBody());
    }
}
