package org.glossa.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.BasicCredentials;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.control.LoginThrottle;

/**
 * The signed-in caller changes their own password, through the API ({@code PUT /me/password}) or the back office's
 * "Your account": the current password proves it is them, not someone at their unlocked screen, and is checked like
 * a sign-in, through the same throttle. Rules broken are an {@link InvalidAccountException} naming the fields.
 */
@RequestScoped
public class OwnPassword {

    /** How a change ended when no rule was broken. */
    public sealed interface Outcome {
        record Changed() implements Outcome {}

        record WrongCurrentPassword() implements Outcome {}

        /** Too many wrong attempts: try again after this many seconds. */
        record Throttled(long retryAfterSeconds) implements Outcome {}
    }

    @Inject
    Caller caller;

    @Inject
    SignIn signIn;

    @Inject
    Accounts accounts;

    @Inject
    SessionSignIn sessions;

    public Outcome change(HttpServletRequest request, String currentPassword, String newPassword) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.put("currentPassword", "is required");
        }
        try {
            String canonical = AccountRules.validateNewPassword("newPassword", newPassword);
            if (canonical.equals(AccountRules.canonicalPassword(currentPassword))) {
                errors.put("newPassword", "must differ from the current password");
            }
        } catch (InvalidAccountException e) {
            errors.putAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccountException(errors);
        }
        LoginThrottle.Outcome<AccountPrincipal> outcome =
                signIn.attempt(new BasicCredentials(caller.username(), currentPassword), signIn.clientAddress(request));
        if (outcome instanceof LoginThrottle.Outcome.Refused<AccountPrincipal> refused) {
            return new Outcome.Throttled(BasicAuthentication.retryAfterSeconds(refused.retryAfter()));
        }
        if (!(outcome instanceof LoginThrottle.Outcome.Accepted<AccountPrincipal> accepted)
                || !Objects.equals(accepted.value().accountId(), caller.accountId())) {
            return new Outcome.WrongCurrentPassword();
        }
        accounts.changeOwnPassword(caller.accountId(), newPassword);
        sessions.keepAfterOwnPasswordChange(request, caller.accountId());
        return new Outcome.Changed();
    }
}
