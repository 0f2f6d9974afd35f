package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

    private static final Viewer OWNER = new Viewer("owner", true, Set.of());
    private static final Viewer ANNA = new Viewer("anna", false, Set.of("de", "fr"));

    @Test
    void onlyTheOwnerPassesTheOwnersCheck() {
        assertThatCode(OWNER::requireOwner).doesNotThrowAnyException();
        assertThatThrownBy(ANNA::requireOwner)
                .isInstanceOfSatisfying(
                        EditorialException.class,
                        e -> assertThat(e.kind()).isEqualTo(EditorialException.Kind.FORBIDDEN))
                .hasMessage("only the owner may do this");
    }

    @Test
    void aTranslatorMayWriteInTheirLocalesOnlyAndTheOwnerEverywhere() {
        assertThatCode(() -> ANNA.requireEditor("de")).doesNotThrowAnyException();
        assertThatCode(() -> OWNER.requireEditor("ja")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ANNA.requireEditor("ja"))
                .isInstanceOf(EditorialException.class)
                .hasMessage("you are not assigned to ja");
    }
}
