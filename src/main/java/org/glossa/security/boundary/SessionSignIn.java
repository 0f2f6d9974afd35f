package org.glossa.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.control.BasicCredentials;
import org.glossa.security.control.LoginThrottle;

/**
 * The browser door's sign-in: a form's username and password go through the same {@link SignIn} as the API's
 * Basic credentials (same accounts, hashes and throttle); a success changes the session id (so an id planted before
 * sign-in is worth nothing after it) and keeps only the account's id in the session. Every later request reads the
 * account again ({@link #resume}), so a disabled account is signed out and changed locales apply on its next
 * request, as in the API.
 */
@ApplicationScoped
public class SessionSignIn {

    private static final String ACCOUNT = SessionSignIn.class.getName() + ".account";

    @Inject
    SignIn signIn;

    @Inject
    Accounts accounts;

    /** Checks the credentials; on success the request's session is signed in under a new id. */
    public LoginThrottle.Outcome<AccountPrincipal> signIn(
            HttpServletRequest request, String username, String password) {
        LoginThrottle.Outcome<AccountPrincipal> outcome = signIn.attempt(
                new BasicCredentials(username == null ? "" : username, password == null ? "" : password),
                signIn.clientAddress(request));
        if (outcome instanceof LoginThrottle.Outcome.Accepted<AccountPrincipal> accepted) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(ACCOUNT, accepted.value().accountId());
            accounts.beginVisit(accepted.value().accountId(), Instant.now());
        }
        return outcome;
    }

    /** The account this request's session is signed in as, read again now; a disabled one ends the session. */
    public Optional<AccountPrincipal> resume(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ACCOUNT) instanceof Long accountId)) {
            return Optional.empty();
        }
        Optional<AccountPrincipal> account = signIn.resume(accountId);
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    /** Ends the session: its id, its view state and the sign-in with it. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
