package org.glossa.api.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
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
 * resource's path instead, each with its own operation ids, beside the resource's own operations on the same
 * path, and path items without operations are dropped.</li>
 * <li>Payara adds a top-level {@code endpoints} map, which OpenAPI does not allow; it is removed.</li>
 * <li>A JAX-RS regular expression in a path template ({@code {id: [0-9]{1,18}}}) is not an OpenAPI template;
 * the path is listed as {@code {id}}.</li>
 * </ul>
 */
public class OpenApiCorrections implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiCorrections.class.getName());
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
    private static final List<String> WORKFLOW_RESOURCES =
            List.of("/api/v1/posts", "/api/v1/experience", "/api/v1/profile");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (var entry : Map.copyOf(paths.getPathItems()).entrySet()) {
            String path = entry.getKey();
            if (path.equals("/null") || path.startsWith("/null/")) {
                paths.removePathItem(path);
                for (String resource : WORKFLOW_RESOURCES) {
                    addOperations(paths, resource + path.substring("/null".length()), copyOf(entry.getValue()));
                }
            } else if (entry.getValue().getOperations() == null
                    || entry.getValue().getOperations().isEmpty()) {
                paths.removePathItem(path);
            }
        }
        qualifyWorkflowOperationIds(paths);
        dropExpressionsFromTemplates(paths);
    }

    /**
     * Payara adds a top-level {@code endpoints} map (context root to paths) that OpenAPI 3.0 does not allow: only
     * {@code x-} extensions may be added there. Payara has no setting to leave it out and the MicroProfile model
     * has no accessor for it, so it is emptied through its implementation's public getter; Payara writes no
     * empty map. Where there is no such getter (another implementation) there is nothing to remove.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (NoSuchMethodException e) {
            // not Payara's model
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove Payara's non-standard 'endpoints' from the OpenAPI document", e);
        }
    }

    /**
     * Each resource lists the inherited workflow under its own path; sharing one path item would give two
     * operations the same object and the same operation id.
     */
    private static PathItem copyOf(PathItem item) {
        PathItem copy = OASFactory.createPathItem()
                .summary(item.getSummary())
                .description(item.getDescription())
                .servers(item.getServers())
                .parameters(item.getParameters())
                .extensions(item.getExtensions());
        if (item.getOperations() != null) {
            item.getOperations().forEach((method, operation) -> copy.setOperation(method, copyOf(operation)));
        }
        return copy;
    }

    private static Operation copyOf(Operation operation) {
        return OASFactory.createOperation()
                .operationId(operation.getOperationId())
                .summary(operation.getSummary())
                .description(operation.getDescription())
                .tags(operation.getTags())
                .externalDocs(operation.getExternalDocs())
                .parameters(operation.getParameters())
                .requestBody(operation.getRequestBody())
                .responses(operation.getResponses())
                .callbacks(operation.getCallbacks())
                .deprecated(operation.getDeprecated())
                .security(operation.getSecurity())
                .servers(operation.getServers())
                .extensions(operation.getExtensions());
    }

    /**
     * The generator names an operation after its Java method, so posts and experience entries share every id
     * ({@code create}, {@code approve}, ...); OpenAPI requires unique ids, and clients name methods after them.
     */
    private static void qualifyWorkflowOperationIds(Paths paths) {
        paths.getPathItems().forEach((path, item) -> {
            for (String resource : WORKFLOW_RESOURCES) {
                if ((path.equals(resource) || path.startsWith(resource + "/")) && item.getOperations() != null) {
                    for (Operation operation : item.getOperations().values()) {
                        if (operation.getOperationId() != null) {
                            operation.setOperationId(qualifiedOperationId(resource, operation.getOperationId()));
                        }
                    }
                }
            }
        });
    }

    /** {@code /api/v1/posts} and {@code approve} give {@code postsApprove}. */
    static String qualifiedOperationId(String resource, String operationId) {
        String qualifier = resource.substring(resource.lastIndexOf('/') + 1);
        return qualifier + Character.toUpperCase(operationId.charAt(0)) + operationId.substring(1);
    }

    /**
     * Rewrites {@code {id: [0-9]{1,18}}} to {@code {id}} (see {@link PathTemplate}); the resources keep their
     * expressions, so what matches is unchanged. A string parameter's schema gets the expression as its
     * {@code pattern}; other types keep their schema as it is, since a pattern constrains strings only.
     */
    private static void dropExpressionsFromTemplates(Paths paths) {
        for (String path : List.copyOf(paths.getPathItems().keySet())) {
            PathTemplate template = PathTemplate.of(path);
            if (template.path().equals(path)) {
                continue;
            }
            PathItem item = paths.getPathItem(path);
            paths.removePathItem(path);
            constrainStringParameters(item, template.patterns());
            addOperations(paths, template.path(), item);
        }
    }

    /**
     * Lists {@code item} under {@code path}, or adds its operations to the item already there: two methods whose
     * templates differ only in an expression share one OpenAPI path, which lists one operation per verb.
     */
    private static void addOperations(Paths paths, String path, PathItem item) {
        PathItem existing = paths.getPathItem(path);
        if (existing == null) {
            paths.addPathItem(path, item);
        } else if (item.getOperations() != null) {
            item.getOperations().forEach((method, operation) -> {
                if (existing.getOperations() == null
                        || !existing.getOperations().containsKey(method)) {
                    existing.setOperation(method, operation);
                }
            });
        }
    }

    private static void constrainStringParameters(PathItem item, Map<String, String> patterns) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (item.getOperations() != null) {
            item.getOperations().values().stream()
                    .filter(operation -> operation.getParameters() != null)
                    .forEach(operation -> parameters.addAll(operation.getParameters()));
        }
        for (Parameter parameter : parameters) {
            Schema schema = parameter.getSchema();
            String pattern = patterns.get(parameter.getName());
            if (parameter.getIn() == Parameter.In.PATH
                    && pattern != null
                    && schema != null
                    && schema.getType() == Schema.SchemaType.STRING
                    && schema.getPattern() == null) {
                schema.setPattern(pattern);
            }
        }
    }
}
