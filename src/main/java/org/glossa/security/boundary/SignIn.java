package org.glossa.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.BasicCredentials;
import org.glossa.security.control.ClientAddress;
import org.glossa.security.control.LoginThrottle;
import org.glossa.security.control.PasswordHashing;
import org.glossa.security.control.SignInLog;
import org.glossa.security.control.VerifiedLoginCache;
import org.glossa.security.entity.Account;

/**
 * Decides a sign-in: throttle first (see {@link LoginThrottle}: a locked pair, or an unknown pair from a slowed
 * address, is refused before anything is looked up), then the account, read from the database on every request
 * (a disabled account is refused here, on every node, from the next request on), then the password: from the
 * cache of recent verifications if it vouches for the account's current hash, else with PBKDF2. A username
 * without an account costs the same PBKDF2 time.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    private final VerifiedLoginCache recent = new VerifiedLoginCache(Clock.systemUTC());
    private final SignInLog signInLog = new SignInLog(LOG, Clock.systemUTC());

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "glossa.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddress clientAddress = ClientAddress.trustingNoProxy();

    @PostConstruct
    void readTrustedProxies() {
        try {
            clientAddress = ClientAddress.trusting(trustedProxies.orElse(""));
        } catch (IllegalArgumentException e) {
            LOG.severe(() ->
                    "GLOSSA_TRUSTED_PROXIES is ignored, X-Forwarded-For is trusted from no one: " + e.getMessage());
        }
    }

    /** The client's address: the peer's, or from {@code X-Forwarded-For} when the peer is a trusted proxy. */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress.of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    public LoginThrottle.Outcome<AccountPrincipal> attempt(BasicCredentials credentials, String clientAddress) {
        String username = AccountRules.canonicalUsername(credentials.username());
        String password = AccountRules.canonicalPassword(credentials.password());
        LoginThrottle.Outcome<AccountPrincipal> outcome =
                throttle.attempt(username, ClientAddress.throttlingKey(clientAddress), () -> check(username, password));
        if (outcome instanceof LoginThrottle.Outcome.Rejected<AccountPrincipal> rejected) {
            signInLog.failed(username, clientAddress, rejected);
        } else if (outcome instanceof LoginThrottle.Outcome.Refused<AccountPrincipal>) {
            signInLog.refused();
        }
        return outcome;
    }

    private Optional<AccountPrincipal> check(String username, String password) {
        if (!AccountRules.couldSignIn(username, password)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty() || !account.get().enabled()) {
            passwords.matchesNoAccount(password);
            return Optional.empty();
        }
        String storedHash = account.get().passwordHash();
        if (recent.confirms(username, password, storedHash)) {
            return Optional.of(principal(account.get()));
        }
        if (!passwords.matches(password, storedHash)) {
            return Optional.empty();
        }
        recent.remember(username, password, storedHash);
        return Optional.of(principal(account.get()));
    }

    /**
     * The account a back-office session was signed in as, as read again for this request: empty once it is disabled,
     * so disabling takes effect on the next request there too, and a change of locales at once.
     */
    public Optional<AccountPrincipal> resume(Account account) {
        return Optional.of(account).filter(Account::enabled).map(SignIn::principal);
    }

    private static AccountPrincipal principal(Account account) {
        return new AccountPrincipal(
                account.id(),
                account.username(),
                account.displayName(),
                account.role(),
                account.editableLocales(),
                account.uiLocale());
    }
}
