package org.glossa.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A role held: the language-neutral part of a career history entry. */
@Entity
@Table(name = "experience")
public class Experience extends TranslatableItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_locale", nullable = false)
    private String sourceLocale;

    @Column(nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    private EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Workplace workplace;

    @Column(name = "start_month", nullable = false)
    private LocalDate startMonth;

    @Column(name = "end_month")
    private LocalDate endMonth;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Experience() {}

    public Experience(
            String sourceLocale,
            String organisation,
            EmploymentType employmentType,
            Workplace workplace,
            YearMonth start,
            YearMonth endOrNull,
            int sortOrder,
            Instant now) {
        this.sourceLocale = sourceLocale;
        this.createdAt = now;
        revise(organisation, employmentType, workplace, start, endOrNull, sortOrder, now);
    }

    /** New facts for the role (its texts are its translations'); a role cannot end before it starts. */
    public void revise(
            String organisation,
            EmploymentType employmentType,
            Workplace workplace,
            YearMonth start,
            YearMonth endOrNull,
            int sortOrder,
            Instant now) {
        if (endOrNull != null && endOrNull.isBefore(start)) {
            throw new IllegalArgumentException("A role cannot end before it starts");
        }
        this.organisation = organisation;
        this.employmentType = employmentType;
        this.workplace = workplace;
        this.startMonth = start.atDay(1);
        this.endMonth = endOrNull == null ? null : endOrNull.atDay(1);
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    /** Takes {@code position} on the timeline (lower comes first); false when it already had it. */
    public boolean placeAt(int position, Instant now) {
        if (sortOrder == position) {
            return false;
        }
        this.sortOrder = position;
        this.updatedAt = now;
        return true;
    }

    /** The version the owner's edit form read; an edit based on another one is refused. */
    public int version() {
        return version;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String sourceLocale() {
        return sourceLocale;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.EXPERIENCE;
    }

    @Override
    void referredBy(Translation translation) {
        translation.refer(this);
    }

    @Override
    void referredBy(Publication publication) {
        publication.refer(this);
    }

    public String organisation() {
        return organisation;
    }

    public EmploymentType employmentType() {
        return employmentType;
    }

    public Workplace workplace() {
        return workplace;
    }

    public YearMonth start() {
        return YearMonth.from(startMonth);
    }

    /** The last month of the role, or {@code null} while it continues. */
    public YearMonth endOrNull() {
        return endMonth == null ? null : YearMonth.from(endMonth);
    }

    public boolean current() {
        return endMonth == null;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
