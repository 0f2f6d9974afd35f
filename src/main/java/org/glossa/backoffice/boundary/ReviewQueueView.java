package org.glossa.backoffice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's review queue: every translation in review, oldest submission first, a page at a time. Each page is
 * read through the editorial boundary the API's {@code /review-queue} uses ({@link Translations#reviewQueue}), whose
 * queries refuse anyone but the owner; the back office's filter answers them 403 before that.
 */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueueView implements Serializable {

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private final LazyDataModel<ReviewRow> items = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, translations.reviewQueueSize(viewers.current()));
        }

        @Override
        public List<ReviewRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return translations.reviewQueue(viewers.current(), first, pageSize).stream()
                    .map(entry -> new ReviewRow(entry, ui, backOffice.ownerZone()))
                    .toList();
        }

        @Override
        public String getRowKey(ReviewRow row) {
            return row.getKey();
        }
    };

    public LazyDataModel<ReviewRow> getItems() {
        return items;
    }
}
