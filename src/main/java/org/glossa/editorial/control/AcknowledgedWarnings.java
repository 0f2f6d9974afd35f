package org.glossa.editorial.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The warnings a translator saw and accepted when submitting, as the audit entry of the submission keeps them: a
 * JSON array of findings ({@code [{"field":"title","code":"title-too-long","parameters":{"length":72,"max":60}}]}),
 * so the owner's review screen shows them in the owner's language with the values the translator saw.
 */
public final class AcknowledgedWarnings {

    private AcknowledgedWarnings() {}

    /** The warnings whose {@link Finding#key} the translator acknowledged. */
    public static List<Finding> among(List<Finding> warnings, Set<String> acknowledged) {
        return warnings.stream()
                .filter(w -> !w.isError() && acknowledged.contains(w.key()))
                .toList();
    }

    /** The column's value: {@code null} when nothing was acknowledged. */
    public static String toJson(List<Finding> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Finding w : warnings) {
            JsonObjectBuilder parameters = Json.createObjectBuilder();
            w.parameters().forEach((name, value) -> {
                if (value instanceof Integer i) {
                    parameters.add(name, i);
                } else {
                    parameters.add(name, String.valueOf(value));
                }
            });
            array.add(Json.createObjectBuilder()
                    .add("field", w.field())
                    .add("code", w.code().id())
                    .add("parameters", parameters));
        }
        return array.build().toString();
    }

    public static List<Finding> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Finding> warnings = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject o = value.asJsonObject();
                Map<String, Object> parameters = new LinkedHashMap<>();
                o.getJsonObject("parameters")
                        .forEach((name, v) -> parameters.put(
                                name,
                                v instanceof JsonNumber n ? (Object) n.intValue() : ((JsonString) v).getString()));
                codeOf(o.getString("code"))
                        .ifPresent(code -> warnings.add(
                                new Finding(o.getString("field"), code, Finding.Severity.WARNING, parameters)));
            }
        }
        return warnings;
    }

    private static Optional<Finding.Code> codeOf(String id) {
        for (Finding.Code code : Finding.Code.values()) {
            if (code.id().equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
