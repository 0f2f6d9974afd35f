package org.glossa.security.control;

import jakarta.ejb.ApplicationException;

/** Another account already has this username (checked first, and enforced by uq_account_username). */
@ApplicationException(rollback = true)
public class UsernameTakenException extends RuntimeException {

    private final String username;

    public UsernameTakenException(String username) {
        super("Username is taken: " + username);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
