package org.glossa.editorial.boundary;

import java.util.function.Function;
import org.glossa.content.entity.Publication;
import org.glossa.content.entity.Translation;
import org.glossa.editorial.control.TranslationState;

/** The working version of a translation: its fields and where it stands. */
public record WorkingVersion(
        TranslationView state, String title, String slug, String summary, String body, String location) {

    static WorkingVersion of(TranslationState s, Function<Publication, String> publicUrls) {
        Translation t = s.translation();
        return new WorkingVersion(
                TranslationView.of(s, publicUrls), t.title(), t.slug(), t.summary(), t.body(), t.location());
    }
}
