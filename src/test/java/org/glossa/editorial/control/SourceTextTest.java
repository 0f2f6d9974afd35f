package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final Viewer OWNER = new Viewer("owner", true, Set.of());
    private static final TranslatableText HELLO = new TranslatableText("Hello", null, "Hi", "*Hello* world", null);

    @Test
    void theOwnersTextIsCheckedByTheRulesOfTheItemsKind() {
        SourceText source = SourceText.checked(OWNER, ItemKind.POST, "EN", HELLO);
        assertThat(source.author()).isEqualTo(OWNER);
        assertThat(source.kind()).isEqualTo(ItemKind.POST);
        assertThat(source.locale()).isEqualTo("en");
        assertThat(source.text()).isEqualTo(new TranslatableText("Hello", "hello", "Hi", "*Hello* world", null));
        assertThat(SourceText.checked(OWNER, ItemKind.EXPERIENCE, "en", HELLO)
                        .text()
                        .summary())
                .isNull();
    }

    @Test
    void onlyTheOwnerCreatesItemsAndThatIsCheckedFirst() {
        Viewer anna = new Viewer("anna", false, Set.of("de"));
        assertThatThrownBy(() ->
                        SourceText.checked(anna, ItemKind.POST, "xx", new TranslatableText("", null, null, null, null)))
                .isInstanceOfSatisfying(
                        EditorialException.class,
                        e -> assertThat(e.kind()).isEqualTo(EditorialException.Kind.FORBIDDEN));
    }

    @Test
    void theLocaleIsCheckedBeforeTheText() {
        assertThatThrownBy(() -> SourceText.checked(
                        OWNER, ItemKind.POST, "xx", new TranslatableText("", null, null, null, null)))
                .isInstanceOfSatisfying(
                        EditorialException.class, e -> assertThat(e.field()).isEqualTo("sourceLocale"));
        assertThatThrownBy(() -> SourceText.checked(
                        OWNER, ItemKind.POST, "en", new TranslatableText(" ", null, null, null, null)))
                .isInstanceOfSatisfying(
                        EditorialException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }
}
