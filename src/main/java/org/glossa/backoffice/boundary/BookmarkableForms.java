package org.glossa.backoffice.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forms post back to the address the page was opened at: on a page identified by view parameters (a person's
 * {@code ?id=}, a review's {@code ?kind=&item=&locale=}), the form's action keeps them, so after a button the address
 * bar still names the page, and reloading or bookmarking it opens the same person or review instead of an empty one.
 */
public class BookmarkableForms extends ViewHandlerWrapper {

    public BookmarkableForms(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())) {
            return url;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, parameters);
    }
}
