package org.glossa.editorial.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.glossa.editorial.control.AuditFilter;
import org.glossa.editorial.control.AuditLog;
import org.glossa.editorial.control.Viewer;
import org.glossa.editorial.entity.AuditEntry;

/**
 * The owner's audit log across items, a page at a time: what the back office's audit screen reads. Two statements for
 * the entries of a page and one per item kind for their titles, plus one for the count.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /**
     * One audit entry with the source title of its item.
     *
     * @param itemTitle the item's title in its source locale; null when the item has none any more
     */
    public record Line(AuditEntry entry, AuditLog.SourceTitle itemTitle) {}

    public List<Line> page(Viewer viewer, AuditFilter filter, int first, int max) {
        viewer.requireOwner();
        AuditLog log = new AuditLog(em, viewer);
        List<AuditEntry> entries = log.page(filter, first, max);
        Map<String, AuditLog.SourceTitle> titles = log.sourceTitles(entries);
        return entries.stream()
                .map(e -> new Line(e, titles.get(AuditLog.itemKey(e.kind(), e.itemId()))))
                .toList();
    }

    public long size(Viewer viewer, AuditFilter filter) {
        viewer.requireOwner();
        return new AuditLog(em, viewer).count(filter);
    }
}
