package org.glossa.content.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a translation's working version stands, and the only moves allowed from each state. Whether a
 * version is live for readers is a separate fact (its {@link Publication}): a published translation that is
 * being revised is a {@code DRAFT} whose previous version stays live until the new one is approved.
 */
public enum TranslationStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    /** Something a person or the scheduler does to a translation. */
    public enum Action {
        /** store a new revision of the text */
        SAVE,
        /** translator (or owner) asks for review */
        SUBMIT,
        /** owner accepts; it goes live now */
        APPROVE,
        /** owner accepts with a future publication time */
        SCHEDULE,
        /** owner sends it back with a comment */
        REJECT,
        /** the scheduler publishes an approved version whose time has come */
        PUBLISH_DUE,
        /**
         * the scheduler could not publish a due version (its slug was taken meanwhile, a constraint failed): it goes
         * back to the owner's review queue with the reason, instead of being retried silently for ever
         */
        PUBLISH_FAILED,
        /** owner moves a scheduled version to another future time */
        RESCHEDULE,
        /** owner cancels a scheduled publication: the version goes back to the review queue, undecided */
        UNSCHEDULE,
        /** owner publishes their own source-locale text without review */
        PUBLISH_DIRECT,
        /** owner takes the live version off the site */
        UNPUBLISH,
        /** owner retires the translation: off the site and out of the queues */
        ARCHIVE,
        /**
         * owner lets a former slug go: its URL stops leading to the translation and another item may take it (no
         * move of the status)
         */
        RELEASE_SLUG
    }

    private static final Map<TranslationStatus, Map<Action, TranslationStatus>> MOVES =
            new EnumMap<>(TranslationStatus.class);

    static {
        allow(DRAFT, Action.SAVE, DRAFT);
        allow(DRAFT, Action.SUBMIT, IN_REVIEW);
        allow(DRAFT, Action.PUBLISH_DIRECT, PUBLISHED);
        allow(DRAFT, Action.UNPUBLISH, DRAFT);
        allow(DRAFT, Action.ARCHIVE, ARCHIVED);
        allow(IN_REVIEW, Action.APPROVE, PUBLISHED);
        allow(IN_REVIEW, Action.SCHEDULE, SCHEDULED);
        allow(IN_REVIEW, Action.REJECT, DRAFT);
        allow(IN_REVIEW, Action.UNPUBLISH, IN_REVIEW);
        allow(IN_REVIEW, Action.ARCHIVE, ARCHIVED);
        allow(SCHEDULED, Action.PUBLISH_DUE, PUBLISHED);
        allow(SCHEDULED, Action.PUBLISH_FAILED, IN_REVIEW);
        allow(SCHEDULED, Action.RESCHEDULE, SCHEDULED);
        allow(SCHEDULED, Action.UNSCHEDULE, IN_REVIEW);
        allow(SCHEDULED, Action.REJECT, DRAFT);
        allow(SCHEDULED, Action.UNPUBLISH, SCHEDULED);
        allow(SCHEDULED, Action.ARCHIVE, ARCHIVED);
        allow(PUBLISHED, Action.SAVE, DRAFT);
        allow(PUBLISHED, Action.UNPUBLISH, DRAFT);
        allow(PUBLISHED, Action.ARCHIVE, ARCHIVED);
        allow(ARCHIVED, Action.SAVE, DRAFT);
    }

    private static void allow(TranslationStatus from, Action action, TranslationStatus to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, to);
    }

    /** The state after {@code action}, or empty when the action is not allowed from this state. */
    public Optional<TranslationStatus> after(Action action) {
        return Optional.ofNullable(MOVES.getOrDefault(this, Map.of()).get(action));
    }

    /** The state after {@code action}; an illegal move throws, naming the current state. */
    public TranslationStatus require(Action action) {
        return after(action).orElseThrow(() -> new IllegalTransitionException(this, action));
    }
}
