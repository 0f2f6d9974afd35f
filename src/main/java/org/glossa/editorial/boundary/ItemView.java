package org.glossa.editorial.boundary;

import java.util.List;

/** An item with each visible locale's workflow state. */
public record ItemView(long id, String kind, List<TranslationView> translations) {}
