package org.glossa.editorial.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Viewer;
import org.glossa.security.boundary.Caller;

/** The signed-in caller as the editorial queries need it. */
@RequestScoped
public class Viewers {

    @Inject
    Caller caller;

    public Viewer current() {
        if (!caller.authenticated()) {
            throw EditorialException.forbidden("sign in first");
        }
        return new Viewer(caller.username(), caller.owner(), caller.locales());
    }
}
