package org.glossa.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.problem.Problem;
import org.glossa.problem.ServiceUnavailable;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.control.BasicCredentials;
import org.glossa.security.control.LoginThrottle;

/**
 * Who a request comes from, decided by path ({@link AuthenticationModule} asks it for every request; a public page
 * is anonymous after the path test, with no further work): {@code /admin/*} is the back office, signed in by its form into a session (see
 * {@link SessionSignIn}); {@code /api/} is HTTP Basic, on every request and without a session. A request without an
 * {@code Authorization} header, and every request outside {@code /api/}, stays anonymous: public pages never
 * authenticate and never get a cookie. A request with one is signed in, or answered here and now: 401 for wrong or
 * unreadable credentials (and for a disabled account), 429 with {@code Retry-After} while {@link LoginThrottle}
 * holds the attempt back, 503 while the database cannot be reached; always as {@code application/problem+json}.
 */
@ApplicationScoped
public class BasicAuthentication {

    /** What became of a request's authentication. */
    public sealed interface Verdict {}

    /** No one signed in: the request goes on anonymously. */
    public record Anonymous() implements Verdict {}

    /** The request goes on as this account. */
    public record SignedIn(AccountPrincipal account) implements Verdict {}

    /** The response is written (a refused sign-in): the request goes no further. */
    public record Answered() implements Verdict {}

    public static final String CHALLENGE = "Basic realm=\"glossa\", charset=\"UTF-8\"";

    private static final Logger LOG = Logger.getLogger(BasicAuthentication.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SignIn signIn;

    @Inject
    SessionSignIn sessions;

    public Verdict validate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isBackOffice(request)) {
            return backOffice(request);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !isApi(request)) {
            return new Anonymous();
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
        if (credentials.isEmpty()) {
            return unauthorized(response, "Send a username and password with HTTP Basic authentication");
        }
        LoginThrottle.Outcome<AccountPrincipal> outcome;
        try {
            outcome = signIn.attempt(credentials.get(), signIn.clientAddress(request));
        } catch (RuntimeException e) {
            if (ServiceUnavailable.causedBy(e)) {
                LOG.warning(() -> "Sign-in could not be checked: the database cannot be reached (" + e + ")");
                return fail(response, ServiceUnavailable.problem(), ServiceUnavailable.RETRY_AFTER_SECONDS);
            }
            LOG.log(Level.SEVERE, "Sign-in could not be checked", e);
            return fail(
                    response,
                    new Problem(
                            "/problems/internal",
                            "Internal error",
                            500,
                            "The request could not be completed; it has been logged",
                            List.of()),
                    null);
        }
        if (outcome instanceof LoginThrottle.Outcome.Accepted<AccountPrincipal> accepted) {
            return new SignedIn(accepted.value());
        }
        if (outcome instanceof LoginThrottle.Outcome.Refused<AccountPrincipal> refused) {
            return tooManyAttempts(response, refused.retryAfter());
        }
        return unauthorized(response, "Wrong username or password");
    }

    /**
     * The back office's door: a session signed in by {@link SessionSignIn} (its form) is this request's caller;
     * without one the request stays anonymous, and the back office sends it to its sign-in form. Basic credentials
     * are not accepted there: a browser that cached them would otherwise sign in without the form's throttle
     * messages, session and sign-out.
     */
    private Verdict backOffice(HttpServletRequest request) {
        Optional<AccountPrincipal> account;
        try {
            account = sessions.resume(request);
        } catch (RuntimeException e) {
            // The database is away: anonymous now, so the back office shows its sign-in page, not a stack trace.
            LOG.log(Level.WARNING, "A back-office session could not be resumed", e);
            return new Anonymous();
        }
        return account.<Verdict>map(SignedIn::new).orElseGet(Anonymous::new);
    }

    /** The decoded path, so an encoded spelling of {@code /api/} cannot slip past. */
    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean isBackOffice(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    static Problem unauthorizedProblem(String detail) {
        return new Problem("/problems/http-401", "Unauthorized", 401, detail, List.of());
    }

    private static Verdict unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return fail(response, unauthorizedProblem(detail), null);
    }

    static Problem tooManyAttemptsProblem(long seconds) {
        return new Problem(
                "/problems/too-many-sign-in-attempts",
                "Too Many Requests",
                429,
                "Too many failed sign-ins; try again in " + seconds + " s",
                List.of());
    }

    static long retryAfterSeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static Verdict tooManyAttempts(HttpServletResponse response, Duration retryAfter) throws IOException {
        long seconds = retryAfterSeconds(retryAfter);
        return fail(response, tooManyAttemptsProblem(seconds), seconds);
    }

    private static Verdict fail(HttpServletResponse response, Problem problem, Long retryAfterSeconds)
            throws IOException {
        byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        if (retryAfterSeconds != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return new Answered();
    }
}
