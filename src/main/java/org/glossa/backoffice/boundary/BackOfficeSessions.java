package org.glossa.backoffice.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.Set;
import org.glossa.backoffice.control.AdminAddress;

/**
 * The session cookie, set before the first session exists. Only the back office creates sessions (public pages and
 * the API never do), so the cookie is scoped to {@code /admin}: {@code HttpOnly} (no script reads it),
 * {@code SameSite=Lax} (a cross-site POST does not carry it), {@code Secure} when the back office is served over
 * https; sessions are tracked by cookie only, never by an id in the URL. Idle sessions end after
 * {@code GLOSSA_ADMIN_IDLE}.
 */
@WebListener
public class BackOfficeSessions implements ServletContextListener {

    @Inject
    BackOffice backOffice;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        context.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
        context.setSessionTimeout((int) Math.max(1, backOffice.idleTimeout().toMinutes()));
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setName("GLOSSA_SESSION");
        cookie.setPath(AdminAddress.PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(backOffice.address().secure());
        // SameSite=Lax: WEB-INF/glassfish-web.xml (Payara does not take it from here).
    }
}
