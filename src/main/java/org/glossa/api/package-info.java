/**
 * The REST API's application at {@code /api/v1}, its OpenAPI description, and the error responses no single
 * component owns (bodies that cannot be read, JAX-RS's own errors, the catch-all).
 *
 * <p>Decision: every error is an RFC 9457 {@code application/problem+json} document ({@code problem}) that names the
 * field at fault, and no exception, however unexpected, reaches a client as a 500 with internals: the catch-all
 * mapper logs it and answers with a generic problem. Each component maps its own exceptions beside its resources.
 *
 * <p>Decision: what every operation shares is checked here once, before any resource runs. A state-changing call
 * must declare JSON (or the multipart form an upload takes), so a browser cannot be made to send one cross-site
 * without a CORS preflight ({@code JsonOnlyWrites}); every JSON body is bounded, UTF-8, shallow and of the shape the
 * operation reads, each refusal naming the field ({@code JsonBodies}); a path or query parameter that is not of its
 * type is a 400 naming it. The URLs the API hands out ({@code Location}) are built on its configured URL
 * ({@code ApiBase}, {@code GLOSSA_API_URL}), never on the request's Host header. What the database still refuses (a
 * race lost, text it cannot store) is a 409 or 400 rather than a 500, as a logged fallback.
 */
package org.glossa.api;
