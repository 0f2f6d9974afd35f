package org.glossa.security.control;

import jakarta.ejb.ApplicationException;

/** Someone other than the owner asked to see or change the people who work on the site. */
@ApplicationException(rollback = true)
public class OwnerOnlyException extends RuntimeException {

    public OwnerOnlyException() {
        super("Only the owner may manage people");
    }
}
