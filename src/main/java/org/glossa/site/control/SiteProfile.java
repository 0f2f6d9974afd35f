package org.glossa.site.control;

import java.util.Map;
import org.glossa.site.control.SiteSnapshot.ProfileText;

/**
 * The profile as every page shows it (the owner's name in each head): one text per locale it is live in, so it is as
 * small as the locale list, whatever the size of the site.
 *
 * @param ownerName the name as the profile's source locale has it live; empty while it is live nowhere
 */
public record SiteProfile(String ownerName, Map<String, ProfileText> texts) {

    public SiteProfile {
        texts = Map.copyOf(texts);
    }
}
