package org.glossa.editorial.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.entity.AuditEntry;

/**
 * The append-only audit log across items, newest first, as the owner filters it. Each statement carries the viewer's
 * scope (the owner sees every locale, anyone else only theirs) besides the boundary's owner check, and only the
 * filters given become conditions, so PostgreSQL never has to type a null parameter.
 */
public final class AuditLog {

    private final EntityManager em;
    private final Viewer viewer;

    public AuditLog(EntityManager em, Viewer viewer) {
        this.em = em;
        this.viewer = viewer;
    }

    /** One page of the entries the filter selects, newest first (by the order they were written). */
    public List<AuditEntry> page(AuditFilter filter, int first, int max) {
        return query("SELECT a FROM AuditEntry a", filter, " ORDER BY a.id DESC", AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    public long count(AuditFilter filter) {
        return query("SELECT COUNT(a) FROM AuditEntry a", filter, "", Long.class)
                .getSingleResult();
    }

    /** An item's title in its source locale. */
    public record SourceTitle(String title, String locale) {}

    /**
     * The source-locale title of each item the entries name, keyed by {@link #itemKey}: one statement per kind
     * present, whatever the number of entries.
     */
    public Map<String, SourceTitle> sourceTitles(List<AuditEntry> entries) {
        Map<String, SourceTitle> titles = new HashMap<>();
        Map<ItemKind, List<Long>> byKind = entries.stream()
                .collect(Collectors.groupingBy(
                        AuditEntry::kind,
                        LinkedHashMap::new,
                        Collectors.mapping(AuditEntry::itemId, Collectors.toList())));
        byKind.forEach((kind, ids) -> em.createQuery(
                        "SELECT i.id, t.title, i.sourceLocale FROM Translation t JOIN t." + kind.attribute() + " i"
                                + " WHERE i.id IN :ids AND t.locale = i.sourceLocale",
                        Object[].class)
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultList()
                .forEach(row ->
                        titles.put(itemKey(kind, (Long) row[0]), new SourceTitle((String) row[1], (String) row[2]))));
        return titles;
    }

    public static String itemKey(ItemKind kind, long itemId) {
        return kind.name() + ":" + itemId;
    }

    private <T> TypedQuery<T> query(String select, AuditFilter filter, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        BiConsumer<String, Object> when = (condition, value) -> {
            if (value != null) {
                conditions.add(condition);
                parameters.put(condition.substring(condition.lastIndexOf(':') + 1), value);
            }
        };
        when.accept("a.kind = :kind", filter.kind());
        when.accept("a.itemId = :item", filter.itemId());
        when.accept("a.locale = :locale", filter.locale());
        when.accept("a.actor = :actor", filter.actor());
        when.accept("a.action = :action", filter.action());
        when.accept("a.occurredAt >= :from", filter.from());
        when.accept("a.occurredAt < :until", filter.until());
        if (!viewer.owner()) {
            conditions.add("a.locale IN :locales");
            parameters.put("locales", viewer.locales().isEmpty() ? List.of("-") : List.copyOf(viewer.locales()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
