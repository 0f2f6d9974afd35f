package org.glossa.api.boundary;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Corrects what Payara's OpenAPI generator gets wrong, so that {@code /openapi} says what the annotations mean
 * (registered as {@code mp.openapi.filter}).
 *
 * <ul>
 * <li>A {@code @Schema} or {@code @SchemaProperty} annotation's unset members are copied as values:
 * {@code maxProperties: 0} would forbid every property, {@code multipleOf: 0} is invalid, {@code minItems}
 * above {@code maxItems} is unsatisfiable, and {@code false} defaults clutter every schema. They are removed.</li>
 * <li>Multipart form parameters get a {@code * / *} request body of type object even when an explicit
 * {@code @RequestBody} describes the form; the explicit one is kept.</li>
 * <li>A path parameter described with {@code @Parameter} comes out optional; OpenAPI requires it.</li>
 * <li>Resource methods inherited from an abstract resource without {@code @Path} (the translation workflow,
 * shared by posts and experience entries) come out under {@code /null}; they are listed under each concrete
 * resource's path instead, and path items without operations are dropped.</li>
 * </ul>
 */
public class OpenApiCorrections implements OASFilter {

    private static final String ANY = "*/*";

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
            schema.setMultipleOf(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        Content content = body.getContent();
        if (content != null) {
            Map<String, MediaType> types = content.getMediaTypes();
            if (types != null && types.size() > 1 && types.containsKey(ANY)) {
                content.removeMediaType(ANY);
            }
        }
        return body;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    /** Concrete resources that inherit the workflow methods, by the path they are served at. */
    private static final java.util.List<String> WORKFLOW_RESOURCES =
            java.util.List.of("/api/v1/posts", "/api/v1/experience");

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        var paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (var entry : java.util.Map.copyOf(paths.getPathItems()).entrySet()) {
            String path = entry.getKey();
            if (path.equals("/null") || path.startsWith("/null/")) {
                paths.removePathItem(path);
                for (String resource : WORKFLOW_RESOURCES) {
                    String concrete = resource + path.substring("/null".length());
                    if (paths.getPathItem(concrete) == null) {
                        paths.addPathItem(concrete, entry.getValue());
                    }
                }
            } else if (entry.getValue().getOperations() == null
                    || entry.getValue().getOperations().isEmpty()) {
                paths.removePathItem(path);
            }
        }
    }
}
