/**
 * The REST API's application at {@code /api/v1}, its OpenAPI description, and the error responses no single
 * component owns (bodies that cannot be read, JAX-RS's own errors, the catch-all).
 *
 * <p>Decision: every error is an RFC 9457 {@code application/problem+json} document ({@code problem}) that names the
 * field at fault, and no exception, however unexpected, reaches a client as a 500 with internals: the catch-all
 * mapper logs it and answers with a generic problem. Each component maps its own exceptions beside its resources.
 */
package org.glossa.api;
