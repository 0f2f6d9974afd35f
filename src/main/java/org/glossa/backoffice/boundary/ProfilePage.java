package org.glossa.backoffice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Profile;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;

/**
 * The owner's "Profile" menu entry ({@code profile.xhtml}): opens the editor on the profile's source text, where the
 * owner edits it like any item's; translators reach its other locales from their work list. Without a profile yet,
 * the page says how one is made. Owner only: anyone else gets 403.
 */
@Named("profilePage")
@RequestScoped
public class ProfilePage {

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    private boolean missing;

    /** Redirects to the editor of the profile's source locale, or stays to say there is none. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!viewers.current().owner()) {
            ((HttpServletResponse) external.getResponse()).sendError(HttpServletResponse.SC_FORBIDDEN);
            faces.responseComplete();
            return;
        }
        Profile profile = translations.profile().orElse(null);
        if (profile == null) {
            missing = true;
            return;
        }
        external.redirect(editorUrl(external.getRequestContextPath(), profile.id(), profile.sourceLocale()));
        faces.responseComplete();
    }

    static String editorUrl(String contextPath, long id, String sourceLocale) {
        return contextPath + "/admin/edit.xhtml?kind=" + ItemKind.PROFILE.attribute() + "&id=" + id + "&locale="
                + URLEncoder.encode(sourceLocale, StandardCharsets.UTF_8);
    }

    public boolean isMissing() {
        return missing;
    }
}
