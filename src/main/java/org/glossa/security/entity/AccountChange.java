package org.glossa.security.entity;

/** What happened to an account, as the account audit records it. */
public enum AccountChange {
    CREATED,
    DISABLED,
    ENABLED,
    LOCALES_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED
}
