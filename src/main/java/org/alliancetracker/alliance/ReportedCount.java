package org.alliancetracker.alliance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.source.Source;

/**
 * A member count an alliance reported at a date ("200 members, November 2011"). Kept apart from the named
 * memberships because sources often give counts without names; two sources may report different counts.
 */
@Entity
@Table(name = "reported_count")
public class ReportedCount extends TrackedEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Alliance alliance;

    @NotNull(message = "A date is required.")
    @Embedded
    @Valid
    public PartialDate asOf;

    @Min(value = 0, message = "A count cannot be negative.")
    @Max(value = 10_000_000, message = "At most 10,000,000.")
    @Column(name = "member_count")
    public int count;

    @NotNull
    @Enumerated(EnumType.STRING)
    public CountQualifier qualifier = CountQualifier.EXACT;

    @NotNull
    @Enumerated(EnumType.STRING)
    public CountSubject subject = CountSubject.MEMBERS;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String note;

    @ManyToMany
    @JoinTable(name = "reported_count_source",
            joinColumns = @JoinColumn(name = "reported_count_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("id")
    public Set<Source> sources = new LinkedHashSet<>();

    /** The alliance's reported counts, oldest first, with their sources, in one query. */
    public static List<ReportedCount> of(Alliance alliance) {
        return list("""
                select c from ReportedCount c left join fetch c.sources
                where c.alliance = ?1 order by c.asOf.latest, c.asOf.earliest, c.subject""", alliance);
    }

    public static List<ReportedCount> citing(Source source) {
        return list("""
                select c from ReportedCount c join fetch c.alliance a
                where ?1 member of c.sources
                order by c.asOf.latest, c.asOf.earliest, a.nameKey, lower(a.name), c.subject""", source);
    }

    /**
     * Up to {@code limit} reported counts that cite no source, the latest recorded first, with what describes them: the
     * facts an editor has still to source. One query.
     */
    public static List<ReportedCount> withoutSources(int limit) {
        return find("""
                select c from ReportedCount c join fetch c.alliance
                where c.sources is empty order by c.id desc""").page(0, limit).list();
    }
}
