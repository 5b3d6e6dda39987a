package org.alliancetracker.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.backing.BackingRole;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.project.Project;
import org.alliancetracker.project.ProjectLicense;
import org.alliancetracker.source.Source;

/**
 * Records a test commits so that HTTP requests can see them, each named with a unique prefix, and removes
 * them again. Page tests run in other transactions than the test, so {@code @TestTransaction} cannot serve here.
 */
public final class GeneratedData implements AutoCloseable {

    public final String prefix = "gen-" + UUID.randomUUID().toString().substring(0, 8);
    public Alliance alliance;
    public Project project;
    public Project secondProject;
    public Source source;
    public final List<Organization> organizations = new ArrayList<>();
    private int organizationsNamed;

    /** An alliance with {@code members} member organizations on two tiers, each also backing a project. */
    public static GeneratedData allianceWithMembers(int members) {
        GeneratedData data = new GeneratedData();
        QuarkusTransaction.requiringNew().run(() -> {
            data.create(members, i -> data.prefix + " organization " + i,
                    i -> PartialDate.ofMonth(2000 + i % 20, 1 + i % 12));
            touch();
        });
        return data;
    }

    /**
     * An alliance whose members are named {@code names} (each after the data set's prefix and a space), made in that
     * order, all joined and backing the project from the same month, so that the lists show them in name order.
     */
    public static GeneratedData allianceWithMembersNamed(List<String> names) {
        GeneratedData data = new GeneratedData();
        QuarkusTransaction.requiringNew().run(() -> {
            data.create(names.size(), i -> data.prefix + " " + names.get(i), i -> PartialDate.ofMonth(2005, 1));
            touch();
        });
        return data;
    }

    /**
     * Persists, in the caller's transaction, an alliance founded in 2000 and named the data set's prefix, a space and
     * {@code name}; {@code number} tells its slug from the others'.
     */
    public Alliance persistAllianceNamed(String name, int number) {
        Alliance named = new Alliance();
        named.slug = prefix + "-named-" + number;
        named.name = prefix + " " + name;
        named.founded = PartialDate.parse("2000");
        named.persist();
        return named;
    }

    /**
     * Adds, for each organization in the order made, a move from the project to the second project on {@code moved},
     * and the acquisition of the next organization (the last acquires the first) on {@code acquired}, each citing the
     * source: dates that tie, so that the lists of them show their names' order.
     */
    public void addMovesAndAcquisitions(PartialDate moved, PartialDate acquired) {
        QuarkusTransaction.requiringNew().run(() -> {
            Source cited = Source.findById(source.id);
            List<Organization> made = organizations.stream().map(o -> Organization.<Organization>findById(o.id))
                    .toList();
            for (int i = 0; i < made.size(); i++) {
                BackerChange move = new BackerChange();
                move.organization = made.get(i);
                move.fromProject = Project.findById(project.id);
                move.toProject = Project.findById(secondProject.id);
                move.movedOn = moved;
                move.sources.add(cited);
                move.persist();

                OwnershipEvent acquisition = new OwnershipEvent();
                acquisition.acquirer = made.get(i);
                acquisition.acquired = made.get((i + 1) % made.size());
                acquisition.occurredOn = acquired;
                acquisition.sources.add(cited);
                acquisition.persist();
            }
            touch();
        });
    }

    private void create(int members, IntFunction<String> name, IntFunction<PartialDate> joined) {
        source = new Source();
        source.title = prefix + " source";
        source.publisher = "Generated";
        source.persist();

        project = new Project();
        project.slug = prefix + "-project";
        project.name = prefix + " project";
        project.license = ProjectLicense.OPEN_SOURCE;
        project.persist();

        secondProject = new Project();
        secondProject.slug = prefix + "-second";
        secondProject.name = prefix + " second project";
        secondProject.license = ProjectLicense.PROPRIETARY;
        secondProject.persist();

        alliance = new Alliance();
        alliance.slug = prefix + "-alliance";
        alliance.name = prefix + " alliance";
        alliance.founded = PartialDate.parse("2000");
        alliance.promotes.add(project);
        alliance.sources.add(source);
        alliance.persist();

        MembershipTier governing = tier("Governing", 1);
        MembershipTier general = tier("General", 2);

        ReportedCount count = new ReportedCount();
        count.alliance = alliance;
        count.asOf = PartialDate.parse("2010-06");
        count.count = members * 2;
        count.sources.add(source);
        count.persist();

        for (int i = 0; i < members; i++) {
            Organization organization = new Organization();
            organization.slug = prefix + "-org-" + i;
            organization.name = name.apply(i);
            organization.kind = OrganizationKind.COMPANY;
            organization.persist();
            organizations.add(organization);

            Membership membership = new Membership();
            membership.organization = organization;
            membership.alliance = alliance;
            membership.tier = i % 3 == 0 ? governing : general;
            membership.joined = joined.apply(i);
            membership.departed = i % 4 == 0 ? PartialDate.ofYear(2021) : null;
            membership.founding = i < 3;
            membership.sources.add(source);
            membership.persist();

            Backing backing = new Backing();
            backing.organization = organization;
            backing.project = project;
            backing.role = BackingRole.CONTRIBUTOR;
            backing.since = membership.joined;
            backing.sources.add(source);
            backing.persist();
        }
    }

    private MembershipTier tier(String name, int rank) {
        MembershipTier tier = new MembershipTier();
        tier.alliance = alliance;
        tier.name = name;
        tier.rank = rank;
        tier.persist();
        return tier;
    }

    /**
     * Gives the organization a former name (the data set's prefix, then {@code name}), used until the date if given,
     * committed with a new data version.
     */
    public void addFormerName(Organization organization, String name, String usedUntil) {
        QuarkusTransaction.requiringNew().run(() -> {
            FormerName former = new FormerName();
            former.organization = Organization.findById(organization.id);
            former.name = prefix + name;
            former.usedUntil = usedUntil == null ? null : PartialDate.parse(usedUntil);
            former.persist();
            touch();
        });
    }

    /**
     * Adds an organization of the kind with no records, its slug and name the data set's prefix then {@code word}
     * ("-loner", " loner"), committed with a new data version; returns its slug.
     */
    public String addOrganization(String word, OrganizationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization organization = new Organization();
            organization.slug = prefix + "-" + word;
            organization.name = prefix + " " + word;
            organization.kind = kind;
            organization.persist();
            touch();
            return organization.slug;
        });
    }

    /** Adds a company named the data set's prefix, a space and {@code name}, with no records. */
    public Organization addOrganizationNamed(String name) {
        int number = ++organizationsNamed;
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization organization = new Organization();
            organization.slug = prefix + "-added-" + number;
            organization.name = prefix + " " + name;
            organization.kind = OrganizationKind.COMPANY;
            organization.persist();
            touch();
            return organization;
        });
    }

    /** Removes everything whose slug or title starts with this data set's prefix. */
    @Override
    public void close() {
        QuarkusTransaction.requiringNew().run(() -> deleteWithPrefix(prefix));
    }

    /**
     * Advances the data version, as every audited change does: tests that write to the database directly call it,
     * so that no cached answer of the data before outlives their write.
     */
    public static void touch() {
        AuditEntry.lockFeedHead();
    }

    /** The data version's write count, which every audited change increases: unchanged means nothing was written. */
    public static long dataVersion() {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) AuditEntry.dataVersion()[0]).longValue());
    }

    /** Removes records that tests created under a slug prefix, children first. */
    public static void deleteWithPrefix(String prefix) {
        touch();
        var em = Alliance.getEntityManager();
        String like = prefix + "%";
        for (String sql : List.of(
                "delete from former_slug where slug like ?1",
                "delete from backer_change_source where backer_change_id in (select c.id from backer_change c"
                        + " join organization o on o.id = c.organization_id where o.slug like ?1)",
                "delete from backer_change where organization_id in (select id from organization where slug like ?1)",
                "delete from ownership_event_source where ownership_event_id in (select e.id from ownership_event e"
                        + " join organization o on o.id = e.acquirer_id or o.id = e.acquired_id where o.slug like ?1)",
                "delete from ownership_event where acquirer_id in (select id from organization where slug like ?1)"
                        + " or acquired_id in (select id from organization where slug like ?1)",
                "delete from membership_source where membership_id in (select m.id from membership m"
                        + " join organization o on o.id = m.organization_id where o.slug like ?1)",
                "delete from backing_source where backing_id in (select b.id from backing b"
                        + " join organization o on o.id = b.organization_id where o.slug like ?1)",
                "delete from backer_change_source where backer_change_id in (select c.id from backer_change c"
                        + " join project p on p.id = c.from_project_id or p.id = c.to_project_id where p.slug like ?1)",
                "delete from backer_change where from_project_id in (select id from project where slug like ?1)"
                        + " or to_project_id in (select id from project where slug like ?1)",
                "delete from backing_source where backing_id in (select b.id from backing b"
                        + " join project p on p.id = b.project_id where p.slug like ?1)",
                "delete from backing where project_id in (select id from project where slug like ?1)",
                "delete from membership where organization_id in (select id from organization where slug like ?1)",
                "delete from backing where organization_id in (select id from organization where slug like ?1)",
                "delete from former_name where organization_id in (select id from organization where slug like ?1)",
                "delete from not_duplicate where first_id in (select id from organization where slug like ?1)"
                        + " or second_id in (select id from organization where slug like ?1)",
                "delete from organization where slug like ?1",
                "delete from reported_count_source where reported_count_id in (select c.id from reported_count c"
                        + " join alliance a on a.id = c.alliance_id where a.slug like ?1)",
                "delete from reported_count where alliance_id in (select id from alliance where slug like ?1)",
                "delete from membership_source where membership_id in (select m.id from membership m"
                        + " join alliance a on a.id = m.alliance_id where a.slug like ?1)",
                "delete from membership where alliance_id in (select id from alliance where slug like ?1)",
                "delete from membership_tier where alliance_id in (select id from alliance where slug like ?1)",
                "delete from alliance_source where alliance_id in (select id from alliance where slug like ?1)",
                "delete from alliance_project where alliance_id in (select id from alliance where slug like ?1)",
                "delete from alliance where slug like ?1",
                "delete from alliance_project where project_id in (select id from project where slug like ?1)",
                "delete from project where slug like ?1",
                "delete from alliance_source where source_id in (select id from source where title like ?1)",
                "delete from source where title like ?1")) {
            em.createNativeQuery(sql).setParameter(1, like).executeUpdate();
        }
    }
}
