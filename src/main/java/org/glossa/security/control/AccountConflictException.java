package org.glossa.security.control;

import jakarta.ejb.ApplicationException;

/** Someone else changed the account between reading and writing it: the change was not made. */
@ApplicationException(rollback = true)
public class AccountConflictException extends RuntimeException {

    public AccountConflictException(Throwable cause) {
        super("The account was changed by another request at the same time", cause);
    }
}
