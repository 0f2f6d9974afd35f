package org.glossa.backoffice.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;

/**
 * A form sent with view state the session does not hold (the session timed out, or the POST was made in or replayed
 * from another session) changes nothing and gets the page again, fresh (303 to the same address; signed out, the
 * filter sends it on to the sign-in form), instead of an error page.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (expired(failure) && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    HttpServletRequest request =
                            (HttpServletRequest) faces.getExternalContext().getRequest();
                    String path = request.getRequestURI()
                            .substring(request.getContextPath().length());
                    BackOfficeFilter.seeOther(
                            (HttpServletResponse) faces.getExternalContext().getResponse(), path, path);
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
