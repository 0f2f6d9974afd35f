package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WorkListTest {

    @Test
    void whatWaitsForTheTranslatorComesFirst() {
        assertThat(Arrays.stream(WorkState.values()).filter(WorkState::needsAction))
                .containsExactly(WorkState.REJECTED, WorkState.OUTDATED, WorkState.MISSING);
    }

    @Test
    void aSearchMatchesPercentAndUnderscoreLiterally() {
        assertThat(WorkList.likeEscaped("100%_sure\\")).isEqualTo("100\\%\\_sure\\\\");
    }
}
