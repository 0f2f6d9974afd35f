package org.glossa.content.entity;

/** Where a role was worked from; labels come from the {@code workplace.*} message keys. */
public enum Workplace {
    ON_SITE,
    REMOTE,
    HYBRID
}
