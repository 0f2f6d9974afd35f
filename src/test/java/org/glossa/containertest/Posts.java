package org.glossa.containertest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Posts written and published through the API, for tests that need live content of their own. */
public final class Posts {

    private Posts() {}

    /**
     * A new post written in {@code locale} and published there at once, by {@code owner}.
     *
     * @return the new post's id
     */
    public static long publish(ApiClient owner, String locale, String title, String summary, String body) {
        HttpResponse<String> created = owner.post(
                "/api/v1/posts",
                Json.createObjectBuilder()
                        .add("sourceLocale", locale)
                        .add("title", title)
                        .add("summary", summary)
                        .add("body", body)
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.createReader(new StringReader(created.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> published =
                owner.post("/api/v1/posts/" + id + "/translations/" + locale + "/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }
}
