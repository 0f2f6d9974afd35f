package org.glossa.backoffice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.problem.ServiceUnavailable;
import org.glossa.security.boundary.SessionSignIn;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.control.LoginThrottle;

/**
 * The sign-in form and sign-out. A wrong password, an unknown or disabled account all get the same message (which
 * one it was is nobody's business but the owner's); a throttled attempt is told to wait.
 */
@Named
@RequestScoped
public class SignInForm {

    private static final Logger LOG = Logger.getLogger(SignInForm.class.getName());

    @Inject
    SessionSignIn sessions;

    @Inject
    UiLanguage ui;

    private String username;
    private String password;

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        LoginThrottle.Outcome<AccountPrincipal> outcome;
        try {
            outcome = sessions.signIn(request, username, password);
        } catch (RuntimeException e) {
            if (!ServiceUnavailable.causedBy(e)) {
                LOG.log(Level.SEVERE, "Sign-in could not be checked", e);
            }
            fail(faces, "admin.signIn.unavailable");
            return;
        }
        if (outcome instanceof LoginThrottle.Outcome.Accepted<AccountPrincipal>) {
            BackOfficeFilter.seeOther(
                    (HttpServletResponse) faces.getExternalContext().getResponse(),
                    BackOfficeFilter.HOME,
                    BackOfficeFilter.SIGN_IN);
            faces.responseComplete();
        } else if (outcome instanceof LoginThrottle.Outcome.Refused<AccountPrincipal>) {
            fail(faces, "admin.signIn.throttled");
        } else {
            fail(faces, "admin.signIn.failed");
        }
    }

    private void fail(FacesContext faces, String key) {
        password = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ui.t(key), null));
    }

    public void signOut() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        sessions.signOut(request);
        BackOfficeFilter.seeOther(
                (HttpServletResponse) faces.getExternalContext().getResponse(),
                BackOfficeFilter.SIGN_IN,
                request.getRequestURI().substring(request.getContextPath().length()));
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
