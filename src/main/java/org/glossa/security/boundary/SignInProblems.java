package org.glossa.security.boundary;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glossa.problem.Problem;
import org.glossa.security.control.AccountConflictException;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.control.UsernameTakenException;

/** Problem documents for accounts and sign-in. */
public final class SignInProblems {

    private SignInProblems() {}

    /**
     * An anonymous call to a resource that needs a role: 401 with the Basic challenge, so clients know how to
     * sign in (a 403 would say "signing in will not help").
     */
    @Provider
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            return Response.fromResponse(
                            BasicAuthentication.unauthorizedProblem("Sign in with HTTP Basic authentication")
                                    .toResponse())
                    .header("WWW-Authenticate", BasicAuthentication.CHALLENGE)
                    .build();
        }
    }

    @Provider
    public static class InvalidAccount implements ExceptionMapper<InvalidAccountException> {
        @Override
        public Response toResponse(InvalidAccountException e) {
            return Problem.invalidFields(e.errors().entrySet().stream()
                            .map(error -> new Problem.FieldError(error.getKey(), error.getValue()))
                            .toList())
                    .toResponse();
        }
    }

    /** Two changes of one account at once: the later one was not made. */
    @Provider
    public static class AccountConflict implements ExceptionMapper<AccountConflictException> {
        @Override
        public Response toResponse(AccountConflictException e) {
            return new Problem(
                            "/problems/conflict",
                            "Conflict",
                            409,
                            "The account was changed by another request at the same time; read it and try again",
                            List.of())
                    .toResponse();
        }
    }

    @Provider
    public static class UsernameTaken implements ExceptionMapper<UsernameTakenException> {
        @Override
        public Response toResponse(UsernameTakenException e) {
            return Problem.conflict("username", "is taken by another account").toResponse();
        }
    }
}
