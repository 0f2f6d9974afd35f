package org.glossa.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.glossa.scheduling.control.ReadersFirst;

/** The application's one {@link ReadersFirst}: the public site's renders mark it, the documents' runs pause at it. */
@ApplicationScoped
public class ReaderPriority {

    /** A burst of readers' renders up to this long has the processor to itself. */
    static final long MAX_BANKED_MILLIS = 250;

    @Produces
    @Singleton
    ReadersFirst readersFirst() {
        return new ReadersFirst(MAX_BANKED_MILLIS);
    }
}
