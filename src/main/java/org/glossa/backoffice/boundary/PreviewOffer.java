package org.glossa.backoffice.boundary;

import java.io.Serializable;

/**
 * A preview link as the editor and the review screen offer it: the signed URL on the locale's own site, and until
 * when it works, in the UI's language and the owner's time zone.
 */
public final class PreviewOffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final String until;

    PreviewOffer(String url, String until) {
        this.url = url;
        this.until = until;
    }

    public String getUrl() {
        return url;
    }

    public String getUntil() {
        return until;
    }
}
