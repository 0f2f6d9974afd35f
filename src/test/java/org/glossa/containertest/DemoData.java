package org.glossa.containertest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demo content as shipped, read independently of the application, so tests know what to expect. */
public final class DemoData {

    /** One locale's version of a demo item. */
    public record Text(String kind, String key, String locale, String title, boolean published) {}

    private DemoData() {}

    public static List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        for (JsonValue post : read("demo/posts.json").getJsonArray("posts")) {
            collect(texts, "post", post.asJsonObject());
        }
        for (JsonValue role : read("demo/experience.json").getJsonArray("experience")) {
            collect(texts, "experience", role.asJsonObject());
        }
        return texts;
    }

    public static String ownerName() {
        return read("demo/experience.json").getJsonObject("profile").getString("name");
    }

    private static void collect(List<Text> texts, String kind, JsonObject item) {
        for (Map.Entry<String, JsonValue> e : item.getJsonObject("translations").entrySet()) {
            JsonObject t = e.getValue().asJsonObject();
            texts.add(new Text(
                    kind,
                    item.getString("key"),
                    e.getKey(),
                    t.getString("title"),
                    "PUBLISHED".equals(t.getString("status"))));
        }
    }

    private static JsonObject read(String resource) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }
}
