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
import org.glossa.security.control.PasswordStamp;

/**
 * The browser door's sign-in: a form's username and password go through the same {@link SignIn} as the API's
 * Basic credentials (same accounts, hashes and throttle); a success changes the session id (so an id planted before
 * sign-in is worth nothing after it) and keeps only the account's id and a stamp of its password in the session.
 * Every later request reads the account again ({@link #resume}), so a disabled account is signed out and changed
 * locales apply on its next request, as in the API; a password set since the sign-in (reset by the owner, or changed
 * by the account elsewhere) signs the session out too, as the API refuses the old password from then on.
 */
@ApplicationScoped
public class SessionSignIn {

    private static final String ACCOUNT = SessionSignIn.class.getName() + ".account";
    private static final String PASSWORD_STAMP = SessionSignIn.class.getName() + ".password";

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
            accounts.find(accepted.value().accountId())
                    .ifPresent(account -> session.setAttribute(PASSWORD_STAMP, PasswordStamp.of(account)));
            accounts.beginVisit(accepted.value().accountId(), Instant.now());
        }
        return outcome;
    }

    /**
     * The account this request's session is signed in as, read again now; a disabled one, or one whose password was
     * set since this session signed in, ends the session.
     */
    public Optional<AccountPrincipal> resume(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ACCOUNT) instanceof Long accountId)) {
            return Optional.empty();
        }
        Optional<AccountPrincipal> account = accounts.find(accountId)
                .filter(found -> PasswordStamp.of(found).equals(session.getAttribute(PASSWORD_STAMP)))
                .flatMap(found -> signIn.resume(found));
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    /**
     * After the signed-in account changed its own password in this session: this session stays signed in, every other
     * one it had is signed out on its next request. Nothing to do for a request without a session (the API).
     */
    public void keepAfterOwnPasswordChange(HttpServletRequest request, long accountId) {
        HttpSession session = request.getSession(false);
        if (session != null && Long.valueOf(accountId).equals(session.getAttribute(ACCOUNT))) {
            accounts.find(accountId)
                    .ifPresent(account -> session.setAttribute(PASSWORD_STAMP, PasswordStamp.of(account)));
        }
    }

    /** Ends the session: its id, its view state and the sign-in with it. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
