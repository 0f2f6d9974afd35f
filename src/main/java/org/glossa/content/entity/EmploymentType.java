package org.glossa.content.entity;

/** The contract under which a role was held; labels come from the {@code employment.*} message keys. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACT,
    FREELANCE,
    INTERNSHIP,
    SELF_EMPLOYED
}
