package org.glossa.backoffice.boundary;

import java.util.Map;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.editorial.control.BrokenLinksException;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.LinkCheck;

/**
 * A workflow refusal as the person who met it reads it: the message its reason names ({@code refusal.<reason>}) in
 * the UI language, else one for its kind. The English text the API's problem details carry is never shown.
 */
final class Refusals {

    private static final String PREFIX = "refusal.";

    private Refusals() {}

    static String text(UiLanguage ui, EditorialException e) {
        String said = named(ui, e.reason(), e.arguments());
        if (said == null) {
            said = ui.t(PREFIX + "kind." + kindKey(e.kind()));
        }
        if (e instanceof BrokenLinksException broken) {
            StringBuilder links = new StringBuilder(said);
            for (LinkCheck.BrokenLink link : broken.links()) {
                links.append(' ').append(link.href());
                if (link.suggestion() != null) {
                    links.append(" → ").append(link.suggestion());
                }
                links.append(';');
            }
            return links.substring(0, links.length() - (broken.links().isEmpty() ? 0 : 1));
        }
        return said;
    }

    static String text(UiLanguage ui, InvalidSlugException e) {
        String said = named(ui, e.problem(), e.arguments());
        return said == null ? ui.t(PREFIX + "kind.invalid") : said;
    }

    private static String named(UiLanguage ui, String reason, Map<String, ?> arguments) {
        if (reason == null || !ui.has(PREFIX + reason)) {
            return null;
        }
        return ui.format(PREFIX + reason, arguments);
    }

    private static String kindKey(EditorialException.Kind kind) {
        return switch (kind) {
            case INVALID -> "invalid";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "notFound";
            case CONFLICT -> "conflict";
            case PRECONDITION_FAILED, PRECONDITION_REQUIRED -> "changed";
        };
    }
}
