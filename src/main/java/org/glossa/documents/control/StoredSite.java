package org.glossa.documents.control;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One site's stored documents while a regeneration writes new versions of them: each generated document is stored
 * as it arrives (or left alone when its bytes did not change) and its spool let go at once; afterwards the stored
 * documents the run no longer produced (parts beyond the new last one) are deleted. Atomicity is the
 * connection's transaction, which the caller commits or rolls back.
 */
public final class StoredSite implements Consumer<GeneratedDocument>, PartPlan.StoredParts {

    private final DocumentTable table;
    private final String siteKey;
    private final Instant now;
    private final Map<String, DocumentTable.Stored> before;
    private final Set<String> changed = new HashSet<>();
    private int written;

    public StoredSite(DocumentTable table, String siteKey, Instant now) {
        this.table = table;
        this.siteKey = siteKey;
        this.now = now;
        this.before = table.stored(siteKey);
    }

    /** When the document {@code name} was last written before this run, if it existed. */
    public Optional<Instant> generatedBefore(String name) {
        return Optional.ofNullable(before.get(name)).map(DocumentTable.Stored::generatedAt);
    }

    @Override
    public Map<String, String> partStamps() {
        Map<String, String> stamps = new HashMap<>();
        before.values().stream()
                .filter(d -> PartGroup.isPartName(d.name()))
                .forEach(d -> stamps.put(d.name(), d.inputStamp()));
        return stamps;
    }

    @Override
    public Optional<List<PartPlan.KeptPart>> unchanged(PartGroup group, String stamp) {
        List<DocumentTable.Stored> files = before.values().stream()
                .filter(d -> group.holds(d.name()))
                .sorted(Comparator.comparingInt(d -> group.indexOf(d.name())))
                .toList();
        if (files.isEmpty()
                || files.stream().anyMatch(d -> !stamp.equals(d.inputStamp()))
                || group.indexOf(files.get(files.size() - 1).name()) != files.size() - 1) {
            return Optional.empty();
        }
        return Optional.of(files.stream()
                .map(d -> new PartPlan.KeptPart(d.name(), d.lastModified()))
                .toList());
    }

    @Override
    public Instant lastModified(GeneratedDocument part) {
        return DocumentTable.lastModified(before.get(part.name()), part, now);
    }

    @Override
    public void accept(GeneratedDocument document) {
        try {
            if (table.store(siteKey, before.get(document.name()), document, now)) {
                changed.add(document.name());
                written++;
            }
        } finally {
            document.content().discard();
        }
    }

    /** Deletes the stored documents not named in {@code produced}. */
    public void keepOnly(Collection<String> produced) {
        for (DocumentTable.Stored old : before.values()) {
            if (!produced.contains(old.name())) {
                table.delete(old);
                changed.add(old.name());
                written++;
            }
        }
    }

    public boolean changed(String name) {
        return changed.contains(name);
    }

    /** How many documents were written or deleted. */
    public int written() {
        return written;
    }
}
