package org.glossa.security.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.glossa.security.control.AccountPrincipal;

/**
 * The container's authentication module for this application (Jakarta Authentication's Servlet profile), asked for
 * every request before any filter or servlet. It asks {@link BasicAuthentication} who the caller is and tells the
 * container. It takes the place of Jakarta Security's bridge module, which looks its mechanism up through CDI on
 * every request, public pages included: a public page is the site's hottest path, and here it costs one path test.
 */
final class AuthenticationModule implements ServerAuthModule {

    private final BasicAuthentication authentication;
    private CallbackHandler container;

    AuthenticationModule(BasicAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void initialize(
            MessagePolicy requestPolicy,
            MessagePolicy responsePolicy,
            CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        BasicAuthentication.Verdict verdict;
        try {
            verdict = authentication.validate(request, response);
        } catch (IOException e) {
            throw failure("Could not answer a refused sign-in", e);
        }
        if (verdict instanceof BasicAuthentication.SignedIn signedIn) {
            signIn(client, signedIn.account());
            return AuthStatus.SUCCESS;
        }
        return verdict instanceof BasicAuthentication.Answered ? AuthStatus.SEND_FAILURE : AuthStatus.SUCCESS;
    }

    private void signIn(Subject client, AccountPrincipal account) throws AuthException {
        try {
            container.handle(new Callback[] {
                new CallerPrincipalCallback(client, account),
                new GroupPrincipalCallback(client, account.groups().toArray(String[]::new))
            });
        } catch (IOException | UnsupportedCallbackException e) {
            throw failure("The container did not take the signed-in caller", e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }

    private static AuthException failure(String reason, Exception cause) {
        AuthException e = new AuthException(reason);
        e.initCause(cause);
        return e;
    }
}
