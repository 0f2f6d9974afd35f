package org.glossa.localization.control;

/** A locale tag that is not one of the 17 Glossa publishes in. */
public class UnknownLocaleException extends IllegalArgumentException {

    private final String tag;

    public UnknownLocaleException(String tag) {
        super("Unknown locale: " + tag);
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
