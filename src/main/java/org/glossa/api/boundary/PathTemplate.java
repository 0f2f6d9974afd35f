package org.glossa.api.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JAX-RS path template as OpenAPI needs it. JAX-RS lets a template parameter carry a regular expression,
 * {@code {id: [0-9]{1,18}}}; an OpenAPI path template only names its parameters, so a client generator would
 * take {@code id: [0-9]{1,18}} for the name. Here every parameter is reduced to {@code {name}} and the
 * expressions are kept apart, by parameter name.
 *
 * @param path the template with plain {@code {name}} parameters
 * @param patterns each constrained parameter's expression as a schema {@code pattern}: anchored, because JAX-RS
 *     matches the whole value and a schema pattern matches anywhere in it
 */
record PathTemplate(String path, Map<String, String> patterns) {

    static PathTemplate of(String jaxRsTemplate) {
        StringBuilder path = new StringBuilder();
        Map<String, String> patterns = new LinkedHashMap<>();
        int next = 0;
        while (next < jaxRsTemplate.length()) {
            int open = jaxRsTemplate.indexOf('{', next);
            int close = open < 0 ? -1 : closingBrace(jaxRsTemplate, open);
            if (close < 0) {
                path.append(jaxRsTemplate, next, jaxRsTemplate.length());
                break;
            }
            path.append(jaxRsTemplate, next, open);
            String parameter = jaxRsTemplate.substring(open + 1, close);
            int colon = parameter.indexOf(':');
            String name = (colon < 0 ? parameter : parameter.substring(0, colon)).strip();
            path.append('{').append(name).append('}');
            if (colon >= 0) {
                patterns.put(name, "^(?:" + parameter.substring(colon + 1).strip() + ")$");
            }
            next = close + 1;
        }
        return new PathTemplate(path.toString(), Map.copyOf(patterns));
    }

    /** The brace closing the parameter opened at {@code open}; an expression may hold braced quantifiers. */
    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
