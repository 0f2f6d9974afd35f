package org.glossa.editorial.control;

import java.util.List;
import java.util.stream.Collectors;

/** A body that cannot go live: some of its internal links lead to no live page (a 400 naming {@code body}). */
public class BrokenLinksException extends EditorialException {

    public static final String FIELD = "body";

    private final transient List<LinkCheck.BrokenLink> links;

    public BrokenLinksException(List<LinkCheck.BrokenLink> links) {
        super(
                Kind.INVALID,
                FIELD,
                (links.size() == 1 ? "a link leads" : links.size() + " links lead") + " to no live page: "
                        + links.stream().map(LinkCheck.BrokenLink::describe).collect(Collectors.joining("; ")));
        this.links = List.copyOf(links);
        because("links.broken", "count", links.size());
    }

    public List<LinkCheck.BrokenLink> links() {
        return links;
    }
}
