/**
 * The REST API's shared parts: the JAX-RS application at {@code /api/v1} and error responses.
 *
 * <p>Decision: every error is an RFC 9457 {@code application/problem+json} document that names the field
 * at fault, and no exception, however unexpected, reaches a client as a 500 with internals: the catch-all
 * mapper logs it and answers with a generic problem.
 */
package org.glossa.api;
