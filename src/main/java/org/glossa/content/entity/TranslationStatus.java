package org.glossa.content.entity;

/** Where a translation stands. Only a published translation has a live publication readers see. */
public enum TranslationStatus { DRAFT, IN_REVIEW, PUBLISHED }
