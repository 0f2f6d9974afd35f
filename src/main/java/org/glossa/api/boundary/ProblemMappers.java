package org.glossa.api.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.problem.Problem;
import org.glossa.problem.ServiceUnavailable;

/**
 * Problem documents for what any resource can raise: unreadable bodies, JAX-RS's own errors, and the catch-all.
 * Each component maps its own exceptions beside its resources.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Input that is not the JSON it should be (syntax or shape). */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return new Problem(
                            "/problems/malformed-json",
                            "Malformed JSON",
                            400,
                            "The request body is not valid JSON",
                            List.of(new Problem.FieldError("body", "not valid JSON")))
                    .toResponse();
        }
    }

    /** Jersey's wrapper when JSON-B cannot turn the body into the expected object. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return new Problem(
                            "/problems/malformed-json",
                            "Malformed JSON",
                            400,
                            "The request body is not the expected JSON document",
                            List.of(new Problem.FieldError("body", "not the expected JSON document")))
                    .toResponse();
        }
    }

    /**
     * Errors JAX-RS raises itself (404, 405, 415, a body it cannot read) keep their status; a path or query
     * parameter that cannot be converted to its type ({@code page=abc}, an id beyond {@code long}) is a 400 naming
     * it (JAX-RS says 404).
     */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return Unexpected.internal(e);
            }
            Optional<String> parameter = UnconvertibleParameter.name(e);
            if (parameter.isPresent()) {
                return Problem.invalidField(
                                parameter.get(),
                                UnconvertibleParameter.expected(
                                        resource == null ? null : resource.getResourceMethod(), parameter.get()))
                        .toResponse();
            }
            boolean unreadableBody = e instanceof BadRequestException || e.getCause() instanceof JsonbException;
            List<Problem.FieldError> errors = unreadableBody
                    ? List.of(new Problem.FieldError(
                            "body", "is not the JSON document or multipart form this operation expects"))
                    : status == 415
                            ? List.of(new Problem.FieldError(
                                    "Content-Type", "is not what this operation accepts (see /openapi)"))
                            : List.of();
            String title = Response.Status.fromStatusCode(status) == null
                    ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            return new Problem(
                            "/problems/http-" + status,
                            title,
                            status,
                            unreadableBody ? "The request body could not be read" : title,
                            errors)
                    .toResponse();
        }
    }

    /**
     * Anything else is our fault: log it, and tell the client nothing about internals. Except when the database
     * cannot be reached, whatever wrapped that: 503 with {@code Retry-After}, logged without a stack trace. Before
     * that, what the database refused that a client can act on ({@link DatabaseRefusal}) is a 409 or 400: a
     * fallback, since each component answers its own conflicts and checks its own input first.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            return DatabaseRefusal.of(e).map(DatabaseRefusal::problem).orElseGet(() -> internal(e));
        }

        static Response internal(Throwable e) {
            if (ServiceUnavailable.causedBy(e)) {
                LOG.warning(() -> "API request answered 503: the database cannot be reached (" + e + ")");
                return ServiceUnavailable.response();
            }
            LOG.log(Level.SEVERE, "Unexpected error answering an API request", e);
            return new Problem(
                            "/problems/internal",
                            "Internal error",
                            500,
                            "The request could not be completed; it has been logged",
                            List.of())
                    .toResponse();
        }
    }
}
