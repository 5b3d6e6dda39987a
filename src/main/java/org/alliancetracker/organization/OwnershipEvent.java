package org.alliancetracker.organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.source.Source;

/** One organization acquiring another, e.g. Citrix acquiring XenSource. */
@Entity
@Table(name = "ownership_event")
public class OwnershipEvent extends TrackedEntity {

    @NotNull(message = "Choose the acquiring organization.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization acquirer;

    @NotNull(message = "Choose the acquired organization.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization acquired;

    @NotNull(message = "A date is required.")
    @Embedded
    @Valid
    public PartialDate occurredOn;

    @Size(max = 200, message = "At most 200 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String priceNote;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String note;

    @ManyToMany
    @JoinTable(name = "ownership_event_source",
            joinColumns = @JoinColumn(name = "ownership_event_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("id")
    public Set<Source> sources = new LinkedHashSet<>();

    @AssertTrue(message = "An organization cannot acquire itself.")
    public boolean isBetweenTwoOrganizations() {
        return acquirer == null || acquired == null || acquirer != acquired;
    }

    /** Acquisitions made or undergone by the organization, oldest first, with both sides and sources loaded. */
    public static List<OwnershipEvent> involving(Organization organization) {
        return list("""
                select e from OwnershipEvent e join fetch e.acquirer r join fetch e.acquired d
                left join fetch e.sources
                where e.acquirer = ?1 or e.acquired = ?1
                order by e.occurredOn.latest, e.occurredOn.earliest, r.nameKey, lower(r.name), d.nameKey, lower(d.name)
                """, organization);
    }

    public static List<OwnershipEvent> latest(int limit) {
        return find("""
                select e from OwnershipEvent e join fetch e.acquirer r join fetch e.acquired d
                order by e.occurredOn.latest desc, e.occurredOn.earliest desc, r.nameKey, lower(r.name), d.nameKey,
                lower(d.name), e.id desc""").page(0, limit).list();
    }

    public static List<OwnershipEvent> citing(Source source) {
        return list("""
                select e from OwnershipEvent e join fetch e.acquirer r join fetch e.acquired d
                where ?1 member of e.sources
                order by e.occurredOn.latest, e.occurredOn.earliest, r.nameKey, lower(r.name), d.nameKey, lower(d.name)
                """, source);
    }

    /**
     * Up to {@code limit} acquisitions that cite no source, the latest recorded first, with what describes them: the
     * facts an editor has still to source. One query.
     */
    public static List<OwnershipEvent> withoutSources(int limit) {
        return find("""
                select e from OwnershipEvent e join fetch e.acquirer join fetch e.acquired
                where e.sources is empty order by e.id desc""").page(0, limit).list();
    }
}
