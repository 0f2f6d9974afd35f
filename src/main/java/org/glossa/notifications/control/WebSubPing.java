package org.glossa.notifications.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** WebSub: the publish ping a hub accepts, and the Link header a topic is served with. */
public final class WebSubPing {

    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    private WebSubPing() {}

    /** {@code hub.mode=publish&hub.url=<topic>}, form-encoded. */
    public static String body(String topicUrl) {
        return "hub.mode=publish&hub.url=" + URLEncoder.encode(topicUrl, StandardCharsets.UTF_8);
    }

    /** {@code Link: <hub>; rel="hub", <self>; rel="self"} (WebSub: discovery: headers are checked first). */
    public static String linkHeader(String hubUrl, String selfUrl) {
        return "<" + hubUrl + ">; rel=\"hub\", <" + selfUrl + ">; rel=\"self\"";
    }
}
