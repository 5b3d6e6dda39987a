package org.alliancetracker.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import jakarta.persistence.Transient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Parameters;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.source.Source;

/**
 * An organization's membership of an alliance, from the date it joined to the date it left (if it did).
 * "Member on day D" follows the certainty rule of {@link PartialDate}.
 */
@Entity
@Table(name = "membership")
public class Membership extends TrackedEntity {

    /** The rule of {@link #isActiveOn(LocalDate)} in HQL, with the day as the named parameter {@code day}. */
    static final String ACTIVE_ON_DAY = "m.joined.latest <= :day"
            + " and (m.departed.earliest is null or m.departed.earliest > :day)"
            + " and (m.alliance.dissolved.earliest is null or m.alliance.dissolved.earliest > :day)";

    @NotNull(message = "Choose an organization.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization organization;

    @NotNull(message = "Choose an alliance.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY)
    public MembershipTier tier;

    @NotNull(message = "The joining date is required.")
    @Embedded
    @Valid
    public PartialDate joined;

    /** When the organization left; null while it is still a member. */
    @Embedded
    @Valid
    public PartialDate departed;

    public boolean founding;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String notes;

    @ManyToMany
    @JoinTable(name = "membership_source",
            joinColumns = @JoinColumn(name = "membership_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("id")
    public Set<Source> sources = new LinkedHashSet<>();

    @Transient
    private MembershipTier tierAfter;

    @Transient
    private MembershipTier tierBefore;

    /**
     * The tier of the membership that followed this one on its leaving date, where {@link #markTierChanges} found
     * one: a change of tier, not a departure.
     */
    public MembershipTier getTierAfter() {
        return tierAfter;
    }

    /** The tier of the membership this one followed on its joining date: a change of tier, not a new member. */
    public MembershipTier getTierBefore() {
        return tierBefore;
    }

    /**
     * Marks the changes of tier among the memberships (of one alliance or one organization, as the queries read them):
     * where a membership ends on the day another of the same organization and alliance starts at another tier, the
     * first gets {@link #tierAfter}, the second {@link #tierBefore}. In memory, with no query; answers the list.
     */
    private static List<Membership> markTierChanges(List<Membership> memberships) {
        Map<String, List<Membership>> byMember = new HashMap<>();
        memberships.forEach(m -> byMember.computeIfAbsent(m.organization.id + ":" + m.alliance.id,
                key -> new ArrayList<>()).add(m));
        for (List<Membership> ofMember : byMember.values()) {
            for (Membership ended : ofMember) {
                if (ended.departed == null) {
                    continue;
                }
                ofMember.stream().filter(next -> ended.departed.equals(next.joined)
                        && !Objects.equals(tierId(ended), tierId(next))).findFirst()
                        .ifPresent(next -> {
                            ended.tierAfter = next.tier;
                            next.tierBefore = ended.tier;
                        });
            }
        }
        return memberships;
    }

    private static Long tierId(Membership m) {
        return m.tier == null ? null : m.tier.id;
    }

    /**
     * The first member to join the alliance whose joining certainly came before the day, if any, with its
     * organization: what an earlier founding date would leave outside the alliance's life.
     */
    public static Optional<Membership> joinedBefore(Alliance alliance, LocalDate day) {
        // Asked while the alliance's new dates are read from a form: they must not be written before they are checked.
        return find("select m from Membership m join fetch m.organization where m.alliance = ?1"
                + " and m.joined.latest < ?2 order by m.joined.latest, m.id", alliance, day)
                .withHint("org.hibernate.flushMode", "COMMIT").firstResultOptional();
    }

    /** The last member to join the alliance whose joining certainly came after the day, if any, with its member. */
    public static Optional<Membership> joinedAfter(Alliance alliance, LocalDate day) {
        return find("select m from Membership m join fetch m.organization where m.alliance = ?1"
                + " and m.joined.earliest > ?2 order by m.joined.earliest desc, m.id", alliance, day)
                .withHint("org.hibernate.flushMode", "COMMIT").firstResultOptional();
    }

    /** The organization's memberships of the alliance with no leaving date: one, unless it was entered twice. */
    public static List<Membership> currentOf(Organization organization, Alliance alliance) {
        return list("organization = ?1 and alliance = ?2 and departed.earliest is null order by id", organization,
                alliance);
    }

    /** Whether the other records the same membership: of the same alliance, joined on the same date. */
    public boolean sameAs(Membership other) {
        return alliance.id.equals(other.alliance.id) && Objects.equals(joined, other.joined);
    }

    /**
     * Takes what the other record of the same membership says and this one does not: its sources, and its tier,
     * leaving date and notes where this has none (where both say, this one's stays).
     */
    public void takeOver(Membership other) {
        sources.addAll(other.sources);
        tier = tier == null ? other.tier : tier;
        departed = departed == null ? other.departed : departed;
        notes = notes == null ? other.notes : notes;
        founding = founding || other.founding;
    }

    @AssertTrue(message = "The leaving date must not be before the joining date.")
    public boolean isDepartedNotBeforeJoined() {
        return joined == null || departed == null || !departed.isCertainlyBefore(joined);
    }

    /** No one joins an alliance before it exists; a joining date whose period holds the founding may follow it. */
    @AssertTrue(message = "The joining date must not be before the alliance's founding.")
    public boolean isJoinedNotBeforeFounding() {
        return joined == null || alliance == null || alliance.founded == null
                || !joined.isCertainlyBefore(alliance.founded);
    }

    /** A dissolved alliance takes no members; a joining date whose period holds the dissolution may precede it. */
    @AssertTrue(message = "The joining date must not be after the alliance's dissolution.")
    public boolean isJoinedNotAfterDissolution() {
        return joined == null || alliance == null || alliance.dissolved == null
                || !alliance.dissolved.isCertainlyBefore(joined);
    }

    @AssertTrue(message = "The tier must be one of this alliance's tiers.")
    public boolean isTierOfAlliance() {
        return tier == null || alliance == null || tier.alliance == alliance;
    }

    /**
     * Certainly a member on the day: joined by then (at the latest end of its precision), not yet left, and the
     * alliance not yet dissolved (a dissolved alliance has no members, whether or not their leaving was recorded).
     */
    public boolean isActiveOn(LocalDate day) {
        return joined.hasCertainlyStartedBy(day)
                && (departed == null || !departed.mayHaveEndedBy(day))
                && (alliance.dissolved == null || !alliance.dissolved.mayHaveEndedBy(day));
    }

    /**
     * When the membership ended: when the organization left or when its alliance was dissolved, whichever came first
     * (a recorded leaving on the same day wins); null while it lasts.
     */
    public PartialDate ended() {
        PartialDate dissolved = alliance.dissolved;
        if (departed == null || dissolved == null) {
            return departed == null ? dissolved : departed;
        }
        return dissolved.earliest().isBefore(departed.earliest()) ? dissolved : departed;
    }

    /** Whether the membership ended with its alliance's dissolution rather than by the organization leaving. */
    public boolean isEndedByDissolution() {
        PartialDate ended = ended();
        return ended != null && ended != departed;
    }

    /**
     * Whether another membership already records this organization joining this alliance in the same period: one
     * organization may join an alliance several times, but not twice at once (the database refuses it too).
     */
    public boolean duplicatesAnother() {
        if (organization == null || alliance == null || joined == null) {
            return false;
        }
        String query = "organization = ?1 and alliance = ?2 and joined.earliest = ?3 and joined.latest = ?4"
                + (id == null ? "" : " and id <> ?5");
        Object[] parameters = id == null ? new Object[] {organization, alliance, joined.earliest(), joined.latest()}
                : new Object[] {organization, alliance, joined.earliest(), joined.latest(), id};
        // Checked before this record is flushed: its own pending changes must not be written by the query.
        return find(query, parameters).withHint("org.hibernate.flushMode", "COMMIT").count() > 0;
    }

    /**
     * Every membership of the alliance, past and present, with organization, tier and sources, in one query, its
     * changes of tier marked.
     */
    public static List<Membership> ofAlliance(Alliance alliance) {
        return markTierChanges(list("""
                select m from Membership m join fetch m.organization o left join fetch m.tier
                left join fetch m.sources
                where m.alliance = ?1
                order by m.joined.latest, m.joined.earliest, o.nameKey, lower(o.name)""", alliance));
    }

    /** The alliance's members on the day, with organization, tier and sources, in one query. */
    public static List<Membership> activeOn(Alliance alliance, LocalDate day) {
        return find("""
                select m from Membership m join fetch m.organization o left join fetch m.tier
                left join fetch m.sources
                where m.alliance = :alliance and %s
                order by m.joined.latest, m.joined.earliest, o.nameKey, lower(o.name)""".formatted(ACTIVE_ON_DAY),
                Parameters.with("alliance", alliance).and("day", day)).list();
    }

    /**
     * The organization's memberships, oldest first, with alliance, tier and sources, in one query, its changes of tier
     * marked.
     */
    public static List<Membership> ofOrganization(Organization organization) {
        return markTierChanges(list("""
                select m from Membership m join fetch m.alliance a left join fetch m.tier
                left join fetch m.sources
                where m.organization = ?1
                order by m.joined.latest, m.joined.earliest, a.nameKey, lower(a.name)""", organization));
    }

    /**
     * How many organizations each alliance has named as members, past and present (one that changed tier or came
     * back is counted once), and how many memberships are current on a day.
     */
    public record CountsByAlliance(Map<Long, Long> named, Map<Long, Long> active) {
    }

    /**
     * Both counts of every alliance in one query, one pass over the index that holds the alliance and the dates
     * (two queries read it twice: most of the first page after a start on 50,000 memberships).
     */
    public static CountsByAlliance countsByAlliance(LocalDate day) {
        Map<Long, Long> named = new HashMap<>();
        Map<Long, Long> active = new HashMap<>();
        getEntityManager().createQuery("select m.alliance.id, count(distinct m.organization.id), sum(case when "
                + ACTIVE_ON_DAY + " then 1 else 0 end) from Membership m group by m.alliance.id", Object[].class)
                .setParameter("day", day).getResultStream().forEach(row -> {
                    named.put((Long) row[0], (Long) row[1]);
                    long current = ((Number) row[2]).longValue();
                    if (current > 0) {
                        active.put((Long) row[0], current);
                    }
                });
        return new CountsByAlliance(named, active);
    }

    public static List<Membership> citing(Source source) {
        return list("""
                select m from Membership m join fetch m.organization o join fetch m.alliance a
                where ?1 member of m.sources
                order by m.joined.latest, m.joined.earliest, o.nameKey, lower(o.name), a.nameKey, lower(a.name)""",
                source);
    }

    /**
     * Up to {@code limit} memberships that cite no source, the latest recorded first, with what describes them: the
     * facts an editor has still to source. One query.
     */
    public static List<Membership> withoutSources(int limit) {
        return find("""
                select m from Membership m join fetch m.organization join fetch m.alliance
                where m.sources is empty order by m.id desc""").page(0, limit).list();
    }
}
