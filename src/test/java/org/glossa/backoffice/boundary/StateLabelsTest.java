package org.glossa.backoffice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.control.WorkState;
import org.junit.jupiter.api.Test;

class StateLabelsTest {

    @Test
    void everyStateHasItsOwnMessage() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("i18n/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        for (WorkState state : WorkState.values()) {
            assertTrue(messages.containsKey(StateLabels.key(state)), state.name());
        }
        assertTrue(messages.containsKey(StateLabels.key(TranslationStatus.ARCHIVED, null, false)));
        assertEquals(
                WorkState.values().length,
                Arrays.stream(WorkState.values())
                        .map(StateLabels::key)
                        .distinct()
                        .count());
    }

    @Test
    void aDraftSentBackIsRejectedEvenWhenTheSourceMovedOn() {
        assertEquals("admin.state.rejected", StateLabels.key(TranslationStatus.DRAFT, "too literal", true));
    }

    @Test
    void noTranslationIsMissing() {
        assertEquals("admin.state.missing", StateLabels.key(null, null, false));
    }

    @Test
    void aVersionWithTheOwnerIsNotOutdatedYet() {
        assertEquals(WorkState.IN_REVIEW, WorkState.of(TranslationStatus.IN_REVIEW, null, true));
        assertEquals(WorkState.SCHEDULED, WorkState.of(TranslationStatus.SCHEDULED, null, true));
    }

    @Test
    void aLiveOrDraftTranslationOvertakenByTheSourceIsOutdated() {
        assertEquals(WorkState.OUTDATED, WorkState.of(TranslationStatus.PUBLISHED, null, true));
        assertEquals(WorkState.OUTDATED, WorkState.of(TranslationStatus.DRAFT, null, true));
        assertEquals(WorkState.PUBLISHED, WorkState.of(TranslationStatus.PUBLISHED, null, false));
        assertEquals(WorkState.DRAFT, WorkState.of(TranslationStatus.DRAFT, null, false));
    }
}
