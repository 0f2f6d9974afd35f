package org.glossa.backoffice.boundary;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

/**
 * Views live where their URLs say: {@code /admin/index.xhtml} is {@code src/main/webapp/admin/index.xhtml}. The
 * {@code FacesServlet} is mapped to {@code /admin/*} (so JSF never answers outside the back office), which makes the
 * view id the part after {@code /admin}; this puts the prefix back when the view's file is looked up.
 */
public class AdminViews extends ResourceHandlerWrapper {

    private static final String PREFIX = "/admin";

    public AdminViews(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        String name = resourceName.startsWith("/") ? resourceName : "/" + resourceName;
        if (name.equals("/") || name.startsWith(PREFIX + "/")) {
            // The web application's root (Facelets asks for it at start-up), or a name already under /admin.
            return getWrapped().createViewResource(context, name);
        }
        return getWrapped().createViewResource(context, PREFIX + name);
    }
}
