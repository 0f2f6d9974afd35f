package org.glossa.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.BasicCredentials;
import org.glossa.security.control.LoginThrottle;
import org.glossa.security.control.PasswordHashing;
import org.glossa.security.control.VerifiedLoginCache;
import org.glossa.security.entity.Account;

/**
 * Decides a sign-in: throttle first (a locked username or address is refused before anything is looked
 * up), then the account, then the password: from the cache of recent verifications if it vouches for the
 * account's current hash, else with PBKDF2. A username without an account costs the same PBKDF2 time.
 */
@ApplicationScoped
public class SignIn {

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    private final VerifiedLoginCache recent = new VerifiedLoginCache(Clock.systemUTC());

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    public LoginThrottle.Outcome<AccountPrincipal> attempt(BasicCredentials credentials, String clientAddress) {
        String username = AccountRules.canonicalUsername(credentials.username());
        String password = AccountRules.canonicalPassword(credentials.password());
        return throttle.attempt(username, clientAddress, () -> check(username, password));
    }

    private Optional<AccountPrincipal> check(String username, String password) {
        if (!AccountRules.couldSignIn(username, password)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
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

    private static AccountPrincipal principal(Account account) {
        return new AccountPrincipal(
                account.id(), account.username(), account.displayName(), account.role(), account.editableLocales());
    }
}
