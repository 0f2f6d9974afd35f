package org.glossa.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupStep;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.control.UsernameTakenException;
import org.glossa.security.entity.Role;

/**
 * Makes sure someone can sign in after the first start, and never creates anyone twice. Only when no owner
 * exists: {@code GLOSSA_OWNER_USER} and {@code GLOSSA_OWNER_PASSWORD} create that owner (a password the
 * rules refuse stops the start with the reason); otherwise {@code GLOSSA_DEMO=true} creates the demo
 * accounts, whose passwords are public (README and log); otherwise a warning says how to create an owner.
 * There are no default credentials outside demo mode.
 *
 * <p>Each account is created in its own transaction by {@link Accounts}; one that another node created
 * first is taken as created.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    /** A demo account: the README lists the same names and passwords. */
    record DemoAccount(String username, String password, String displayName, Role role, List<String> locales) {
        @Override
        public String toString() {
            return username + " / " + password + " (" + role.roleName()
                    + (locales.isEmpty() ? "" : ": " + String.join(", ", locales)) + ")";
        }
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("owner", "demo-owner-password", "Demo Owner", Role.OWNER, List.of()),
            new DemoAccount(
                    "anna", "demo-anna-password", "Anna (demo translator)", Role.TRANSLATOR, List.of("de", "fr")),
            new DemoAccount(
                    "karim", "demo-karim-password", "Karim (demo translator)", Role.TRANSLATOR, List.of("ar", "ur")));

    /** Where each field of the owner comes from, for start-up errors. */
    private static final Map<String, String> SETTINGS = Map.of(
            "username", "GLOSSA_OWNER_USER (glossa.owner.user)",
            "password", "GLOSSA_OWNER_PASSWORD (glossa.owner.password)");

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "glossa.owner.password")
    Optional<String> ownerPassword;

    @Inject
    @ConfigProperty(name = "glossa.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Accounts accounts;

    @Inject
    StartupProgress startup;

    @PostConstruct
    void ensureOwner() {
        if (ownerUser.isPresent() != ownerPassword.isPresent()) {
            throw new IllegalStateException("GLOSSA_OWNER_USER and GLOSSA_OWNER_PASSWORD must be set together ("
                    + (ownerUser.isPresent() ? "the password" : "the user") + " is missing)");
        }
        if (accounts.ownerExists()) {
            startup.finished(StartupStep.ACCOUNTS);
            return;
        }
        if (ownerUser.isPresent()) {
            createConfiguredOwner(ownerUser.get(), ownerPassword.get());
        } else if (demo) {
            DEMO_ACCOUNTS.forEach(this::createDemoAccount);
            LOG.info(() -> "Demo accounts (public passwords, for a demo only): " + DEMO_ACCOUNTS);
        } else {
            LOG.warning("No owner account exists, so no one can sign in to the API. Set GLOSSA_OWNER_USER and "
                    + "GLOSSA_OWNER_PASSWORD (at least 12 characters) and restart to create one.");
        }
        startup.finished(StartupStep.ACCOUNTS);
    }

    private void createConfiguredOwner(String username, String password) {
        try {
            String created = accounts.create(username, password, username, List.of(), Role.OWNER)
                    .username();
            LOG.info(() -> "Owner account '" + created + "' created from GLOSSA_OWNER_USER");
        } catch (InvalidAccountException e) {
            throw new IllegalStateException(
                    "Cannot create the owner: "
                            + e.errors().entrySet().stream()
                                    .map(error -> SETTINGS.getOrDefault(error.getKey(), error.getKey()) + " "
                                            + error.getValue())
                                    .collect(Collectors.joining("; ")),
                    e);
        } catch (UsernameTakenException e) {
            if (!accounts.ownerExists()) {
                throw new IllegalStateException(
                        "Cannot create the owner: GLOSSA_OWNER_USER '" + e.username()
                                + "' is a translator's username; choose another",
                        e);
            }
            LOG.info("The owner account was created meanwhile, by another node");
        }
    }

    private void createDemoAccount(DemoAccount account) {
        try {
            accounts.create(
                    account.username(), account.password(), account.displayName(), account.locales(), account.role());
        } catch (UsernameTakenException alreadyThere) {
            LOG.info(() -> "Demo account '" + account.username() + "' exists already; left as it is");
        }
    }
}
