package org.glossa.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TranslatableItemTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static Post post() {
        return new Post("en", null, T0);
    }

    private static Experience entry() {
        return new Experience(
                "en",
                "Atlas Data",
                EmploymentType.FREELANCE,
                Workplace.REMOTE,
                YearMonth.of(2015, 1),
                YearMonth.of(2015, 12),
                0,
                T0);
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void eachKindsEntityIsOfThatKind(ItemKind kind) throws Exception {
        Constructor<? extends TranslatableItem> forJpa = kind.entity().getDeclaredConstructor();
        forJpa.setAccessible(true);
        assertThat(forJpa.newInstance().kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void translationsAndPublicationsMapARelationForEachKindUnderItsAttribute(ItemKind kind) throws Exception {
        for (Class<?> referring : new Class<?>[] {Translation.class, Publication.class}) {
            Field relation = referring.getDeclaredField(kind.attribute());
            assertThat(relation.getType()).as(referring.getSimpleName()).isEqualTo(kind.entity());
            assertThat(relation.isAnnotationPresent(ManyToOne.class)).isTrue();
            assertThat(relation.getAnnotation(JoinColumn.class).name()).isEqualTo(kind.attribute() + "_id");
        }
    }

    @Test
    void aPostsTranslationHasASummaryAndNoLocation() {
        Post post = post();
        Translation t = Translation.of(post, "de", new TranslatableText("Titel", "titel", null, "Text", "Berlin"), T0);
        assertThat(t.item()).isSameAs(post);
        assertThat(t.kind()).isEqualTo(ItemKind.POST);
        assertThat(t.summary()).isEmpty();
        assertThat(t.location()).isNull();
        t.revise(new TranslatableText("Titel", "titel", "Kurz", "Text", "Berlin"), null, "anna", T0);
        assertThat(t.summary()).isEqualTo("Kurz");
        assertThat(t.location()).isNull();
    }

    @Test
    void anEntrysTranslationHasALocationAndNoSummary() {
        Experience entry = entry();
        Translation t =
                Translation.of(entry, "de", new TranslatableText("Beraterin", "beraterin", "Kurz", null, null), T0);
        assertThat(t.item()).isSameAs(entry);
        assertThat(t.kind()).isEqualTo(ItemKind.EXPERIENCE);
        assertThat(t.location()).isEmpty();
        assertThat(t.summary()).isNull();
        assertThat(t.body()).isEmpty();
        t.revise(new TranslatableText("Beraterin", "beraterin", "Kurz", "Text", "Porto"), 1, "anna", T0);
        assertThat(t.location()).isEqualTo("Porto");
        assertThat(t.summary()).isNull();
    }

    @Test
    void aPublicationRefersToTheItemItsTranslationTranslates() {
        Experience entry = entry();
        Translation t = Translation.of(entry, "en", new TranslatableText("Consultant", "consultant", null, "", ""), T0);
        Publication live = t.publishDirect("", T0, T0).publication();
        assertThat(live.item()).isSameAs(entry);
        assertThat(live.kind()).isEqualTo(ItemKind.EXPERIENCE);
    }

    @Test
    void onlyTheirOwnKindHasTheOptionalFields() {
        assertThat(ItemKind.POST.has(ItemKind.TextField.SUMMARY)).isTrue();
        assertThat(ItemKind.POST.has(ItemKind.TextField.LOCATION)).isFalse();
        assertThat(ItemKind.EXPERIENCE.has(ItemKind.TextField.LOCATION)).isTrue();
        assertThat(ItemKind.EXPERIENCE.has(ItemKind.TextField.SUMMARY)).isFalse();
    }

    @Test
    void theProfilesTranslationHasAHeadlineAndAlwaysTheFixedSlug() {
        Profile profile = new Profile("en");
        Translation t = Translation.of(
                profile, "de", new TranslatableText("Mira", "ueber-mich", "Datenexpertin", "Hallo", "Lissabon"), T0);
        assertThat(t.item()).isSameAs(profile);
        assertThat(t.kind()).isEqualTo(ItemKind.PROFILE);
        assertThat(t.slug()).isEqualTo(ItemKind.PAGELESS_SLUG);
        assertThat(t.summary()).isEqualTo("Datenexpertin");
        assertThat(t.location()).isNull();
        Publication live = t.publishDirect("<p>Hallo</p>", T0, T0).publication();
        assertThat(live.item()).isSameAs(profile);
        assertThat(live.slug()).isEqualTo(ItemKind.PAGELESS_SLUG);
    }

    @Test
    void onlyTheProfileHasNoPages() {
        assertThat(ItemKind.withPages()).containsExactly(ItemKind.POST, ItemKind.EXPERIENCE);
        assertThat(ItemKind.PROFILE.hasPages()).isFalse();
    }
}
