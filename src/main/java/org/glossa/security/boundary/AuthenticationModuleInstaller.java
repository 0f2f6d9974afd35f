package org.glossa.security.boundary;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Puts {@link AuthenticationModule} in service for this application when it starts. */
@WebListener
public class AuthenticationModuleInstaller implements ServletContextListener {

    @Inject
    BasicAuthentication authentication;

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        registration = AuthConfigFactory.getFactory()
                .registerServerAuthModule(new AuthenticationModule(authentication), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registration != null) {
            AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
        }
    }
}
