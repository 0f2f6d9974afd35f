package org.glossa.content.entity;

/** What a translation translates. */
public enum ItemKind {
    POST,
    EXPERIENCE
}
