package org.glossa.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.content.control.ImageInspector;
import org.glossa.content.control.MarkdownRenderer;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.Experience;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Media;
import org.glossa.content.entity.Post;
import org.glossa.content.entity.Profile;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.content.entity.VerifiedImage;
import org.glossa.content.entity.Workplace;
import org.glossa.demo.control.CoverArt;
import org.glossa.editorial.control.WorkStates;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupStep;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** Loads the demo content at start-up when {@code GLOSSA_DEMO=true} and the database has no content. */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    /** Author of demo revisions: no person wrote them through the workflow. */
    private static final String SYSTEM = "system";

    @Inject
    @ConfigProperty(name = "glossa.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    StartupProgress startup;

    @PostConstruct
    void loadIfWanted() {
        if (demo && isEmpty()) {
            Set<String> locales = load(Instant.now());
            changed.fire(ContentChanged.wholeLocales(locales));
            LOG.info(() -> "Demo content loaded in " + locales.size() + " locales");
        }
        startup.finished(StartupStep.DEMO_CONTENT);
    }

    private boolean isEmpty() {
        return em.createQuery("SELECT COUNT(p) FROM Profile p", Long.class).getSingleResult() == 0
                && em.createQuery("SELECT COUNT(p) FROM Post p", Long.class).getSingleResult() == 0;
    }

    private Set<String> load(Instant now) {
        Set<String> touched = new HashSet<>();
        JsonObject people = read("demo/experience.json");
        touched.addAll(loadProfile(people.getJsonObject("profile"), now));
        int order = 0;
        for (JsonValue value : people.getJsonArray("experience")) {
            touched.addAll(loadExperience(value.asJsonObject(), order++, now));
        }
        for (JsonValue value : read("demo/posts.json").getJsonArray("posts")) {
            touched.addAll(loadPost(value.asJsonObject(), now));
        }
        em.flush();
        // Loaded past the workflow, so its stored work state is computed here, in the same transaction.
        new WorkStates(WorkStates.Database.of(em), LocaleCatalog.standard().tags()).rebuild();
        return touched;
    }

    /**
     * The profile's text in every locale the file has, live at once: the display name (the same proper name unless a
     * locale gives its own), the headline and the introduction, as title, summary and body.
     */
    private Set<String> loadProfile(JsonObject json, Instant now) {
        Profile profile = new Profile("en");
        em.persist(profile);
        Set<String> live = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry :
                json.getJsonObject("translations").entrySet()) {
            LocaleDefinition locale = locale(entry.getKey());
            JsonObject text = entry.getValue().asJsonObject();
            Translation translation = Translation.of(
                    profile,
                    locale.tag(),
                    new TranslatableText(
                            text.getString("name", json.getString("name")),
                            ItemKind.PAGELESS_SLUG,
                            text.getString("headline"),
                            text.getString("intro"),
                            null),
                    now);
            em.persist(translation);
            em.persist(
                    translation.firstRevision(basedOnFirstSourceRevision(profile.sourceLocale(), locale), SYSTEM, now));
            em.persist(translation
                    .publishDirect(MarkdownRenderer.toSafeHtml(translation.body()), now, now)
                    .publication());
            live.add(locale.tag());
        }
        return live;
    }

    private Set<String> loadExperience(JsonObject json, int order, Instant now) {
        Experience experience = new Experience(
                "en",
                json.getString("organisation"),
                EmploymentType.valueOf(json.getString("employmentType")),
                Workplace.valueOf(json.getString("workplace")),
                YearMonth.parse(json.getString("start")),
                json.isNull("end") ? null : YearMonth.parse(json.getString("end")),
                order,
                now);
        em.persist(experience);
        Set<String> live = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry :
                json.getJsonObject("translations").entrySet()) {
            LocaleDefinition locale = locale(entry.getKey());
            JsonObject text = entry.getValue().asJsonObject();
            String title = text.getString("title");
            Translation translation = Translation.of(
                    experience,
                    locale.tag(),
                    new TranslatableText(
                            title,
                            slug(text, title, locale),
                            null,
                            text.getString("description", ""),
                            text.getString("location", "")),
                    now);
            em.persist(translation);
            em.persist(translation.firstRevision(
                    basedOnFirstSourceRevision(experience.sourceLocale(), locale), SYSTEM, now));
            if (published(text)) {
                em.persist(translation
                        .publishDirect(MarkdownRenderer.toSafeHtml(translation.body()), now, now)
                        .publication());
                live.add(locale.tag());
            }
        }
        return live;
    }

    private Set<String> loadPost(JsonObject json, Instant now) {
        Media cover = json.isNull("cover") ? null : cover(json.getJsonObject("cover"), now);
        Post post = new Post(locale(json.getString("sourceLocale")).tag(), cover, now);
        em.persist(post);
        Instant publishedAt = json.isNull("publishedDaysAgo")
                ? now
                : now.minus(Duration.ofMinutes(
                        Math.round(json.getJsonNumber("publishedDaysAgo").doubleValue() * 24 * 60)));
        Set<String> live = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry :
                json.getJsonObject("translations").entrySet()) {
            LocaleDefinition locale = locale(entry.getKey());
            JsonObject text = entry.getValue().asJsonObject();
            String title = text.getString("title");
            Translation translation = Translation.of(
                    post,
                    locale.tag(),
                    new TranslatableText(
                            title,
                            slug(text, title, locale),
                            text.getString("summary", ""),
                            text.getString("body", ""),
                            null),
                    now);
            em.persist(translation);
            em.persist(translation.firstRevision(basedOnFirstSourceRevision(post.sourceLocale(), locale), SYSTEM, now));
            if (published(text)) {
                em.persist(translation
                        .publishDirect(MarkdownRenderer.toSafeHtml(translation.body()), publishedAt, publishedAt)
                        .publication());
                live.add(locale.tag());
            }
        }
        return live;
    }

    private Media cover(JsonObject json, Instant now) {
        VerifiedImage image = ImageInspector.inspect(CoverArt.png(json.getInt("hue", 200), 1200, 630))
                .orElseThrow(() -> new IllegalStateException("Demo cover image failed inspection"));
        Media media = new Media(image, json.getString("label", ""), now);
        em.persist(media);
        return media;
    }

    private static String slug(JsonObject text, String title, LocaleDefinition locale) {
        String slug = text.containsKey("slug") && !text.isNull("slug")
                ? text.getString("slug")
                : SlugPolicy.slugify(title, locale);
        SlugPolicy.validate(slug, locale);
        return slug;
    }

    /** Demo translations were all made from the source text's first revision. */
    private static Integer basedOnFirstSourceRevision(String sourceLocale, LocaleDefinition locale) {
        return sourceLocale.equals(locale.tag()) ? null : 1;
    }

    private static boolean published(JsonObject text) {
        return TranslationStatus.valueOf(text.getString("status")) == TranslationStatus.PUBLISHED;
    }

    private static LocaleDefinition locale(String tag) {
        return LocaleCatalog.standard().get(tag);
    }

    private static JsonObject read(String resource) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing");
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }
}
