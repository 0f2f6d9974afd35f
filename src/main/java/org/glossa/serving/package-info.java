/**
 * What a public host answers, and the two doors it is answered through.
 *
 * <p>{@code boundary.PublicAnswers} decides every answer of a public host once, for both doors: a former base URL's
 * redirect, the IndexNow key file, a stored document (sitemaps, news sitemap, feed, robots.txt, with validators and
 * stored gzip bytes), else a page (from {@code site}'s cache, rendered on demand), as a {@code boundary.PublicAnswer}
 * (status, headers, body). The servlet container's port writes it from {@code boundary.PublicDocumentsFilter} and
 * {@code boundary.PublicPagesServlet}; the back office, the API and the health endpoints live only there.
 *
 * <p>The public listener ({@code boundary.PublicListener}, on {@code GLOSSA_PUBLIC_PORT} when set) serves the same
 * answers on Netty, without the container's per-request pipeline (authentication, permission checks, request-scope
 * listeners), which took most of a request's time: an answer held in memory is written on the event loop that read
 * the request; one that needs the database or a render ({@code PublicAnswer.NOT_IN_HAND}) is made on the managed
 * executor, while the connection's next requests wait in order. Paths no page can have (dot segments, broken
 * encodings, control characters; {@code control.RequestTarget}) are refused with 400 before anything is looked up,
 * as the container refuses them.
 *
 * <p>Decisions: one decision, two writers, so the doors cannot drift apart ({@code PublicListenerIT} compares their
 * answers byte for byte). The listener is optional: without it every public host is still served by the container's
 * port, as before; with it, a proxy sends the public hosts to the listener and the back office host to the container.
 */
package org.glossa.serving;
