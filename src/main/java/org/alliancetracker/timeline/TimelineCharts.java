package org.alliancetracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.backing.BackingRole;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;
import org.alliancetracker.web.Formats;

/** Turns the records of an alliance, an organization or a set of projects into chart geometry. */
public final class TimelineCharts {

    static final int TIER_STYLES = 6;
    static final double GROWTH_HEIGHT = 320;
    /** A legend item whose mark is the first character of its label (★, ⇄), as in the lanes' labels. */
    static final String NO_SWATCH = "no-swatch";

    private TimelineCharts() {
    }

    /** Named members over time, reported counts as points, founding and dissolution as bands. */
    public static GrowthChart growth(Alliance alliance, List<Membership> memberships, List<ReportedCount> counts,
            TimelineFilter filter, LocalDate today) {
        List<GrowthChart.Span> spans = memberships.stream().map(m -> new GrowthChart.Span(
                m.joined.latest(), m.ended() == null ? null : m.ended().earliest())).toList();
        List<GrowthChart.ReportedInput> reported = counts.stream().map(c -> new GrowthChart.ReportedInput(
                c.asOf, c.count, Formats.phrase(c),
                Formats.phrase(c) + ", " + Formats.display(c.asOf) + " (" + citations(c.sources) + ")")).toList();
        List<GrowthChart.BandInput> bands = new ArrayList<>();
        bands.add(new GrowthChart.BandInput(alliance.founded, "Founded",
                "Founded " + Formats.display(alliance.founded)));
        if (alliance.dissolved != null) {
            bands.add(new GrowthChart.BandInput(alliance.dissolved, "Dissolved",
                    "Dissolved " + Formats.display(alliance.dissolved)));
        }
        long peak = GrowthChart.Span.mostAtOnce(spans);
        String description = "Named members of " + alliance.name + " over time, at most " + peak + ", with "
                + counts.size() + (counts.size() == 1 ? " reported count" : " reported counts")
                + counts.stream().map(c -> Formats.phrase(c) + " in " + Formats.display(c.asOf))
                        .collect(Collectors.joining("; ", counts.isEmpty() ? "" : ": ", "")) + ".";
        return GrowthChart.build("Growth of " + alliance.name, description,
                "Named members recorded, counted from the end of each joining month or year", filter.width(),
                GROWTH_HEIGHT, spans, reported, alliance.founded, alliance.dissolved, bands, filter.from(), filter.to(),
                today);
    }

    /**
     * One bar per membership from joining to leaving, by tier, in a lane per organization (founders starred), in order
     * of first joining.
     */
    public static LaneChart swimlanes(Alliance alliance, List<MembershipTier> tiers, List<Membership> memberships,
            TimelineFilter filter, LocalDate today) {
        Map<Long, Integer> tierIndex = new LinkedHashMap<>();
        tiers.forEach(t -> tierIndex.put(t.id, tierIndex.size()));
        List<Membership> shown = visible(memberships, filter);
        String description = shown.size() + (shown.size() == 1 ? " membership" : " memberships") + " of "
                + alliance.name + (filter.tier() == null ? "" : " at the tier " + filter.tier())
                + ", each a bar from joining to leaving; faded ends mark dates known only to the month or year; "
                + "a star marks a founding member.";
        LaneChart.Builder chart = LaneChart.builder("Members of " + alliance.name, description, filter.width(), today)
                .window(filter.from(), filter.to());
        // One lane per organization: a change of tier, or a return, continues its lane.
        Map<Long, Integer> lanes = new LinkedHashMap<>();
        for (Membership m : shown) {
            String style = m.tier != null ? tierStyle(tierIndex.get(m.tier.id))
                    : tiers.isEmpty() ? "tier-0" : "tier-none";
            int lane = lanes.computeIfAbsent(m.organization.id,
                    id -> chart.lane((m.founding ? "★ " : "") + m.organization.name, style, m.founding));
            chart.bar(lane, m.joined, m.ended(), m.ended() == null, membershipTitle(m), style);
        }
        tiers.forEach(t -> chart.legend(t.name, tierStyle(tierIndex.get(t.id))));
        if (shown.stream().anyMatch(m -> m.tier == null) && !tiers.isEmpty()) {
            chart.legend("No tier recorded", "tier-none");
        }
        precisionLegend(chart);
        if (shown.stream().anyMatch(m -> m.founding)) {
            chart.legend("★ Founding member", NO_SWATCH);
        }
        return chart.build();
    }

    /** One lane per alliance and per project; backer changes as arrows, acquisitions and renames as marks. */
    public static LaneChart organizationLanes(Organization organization, List<Membership> memberships,
            List<Backing> backings, List<BackerChange> changes, List<OwnershipEvent> ownership,
            List<FormerName> formerNames, TimelineFilter filter, LocalDate today) {
        String description = organization.name + ": " + memberships.size() + " alliance "
                + (memberships.size() == 1 ? "membership" : "memberships") + ", " + backings.size()
                + (backings.size() == 1 ? " backing" : " backings") + " of projects, " + changes.size()
                + (changes.size() == 1 ? " backer change" : " backer changes") + " drawn as arrows, and "
                + (ownership.size() + formerNames.size()) + " ownership or name events marked above the axis.";
        LaneChart.Builder chart = LaneChart.builder("Timeline of " + organization.name, description, filter.width(),
                today).window(filter.from(), filter.to());
        Map<Long, Integer> allianceLanes = new LinkedHashMap<>();
        Map<Long, Integer> projectLanes = new LinkedHashMap<>();
        if (!memberships.isEmpty()) {
            chart.group("Alliances");
            for (Membership m : memberships) {
                int lane = allianceLanes.computeIfAbsent(m.alliance.id,
                        id -> chart.lane(m.alliance.name, "alliance", false));
                chart.bar(lane, m.joined, m.ended(), m.ended() == null, m.alliance.name + ": " + membershipTitle(m),
                        "alliance");
            }
        }
        if (!backings.isEmpty()) {
            chart.group("Projects backed");
            for (Backing b : backings) {
                int lane = projectLanes.computeIfAbsent(b.project.id,
                        id -> chart.lane(b.project.name, "project", false));
                chart.bar(lane, b.since, b.until, b.until == null, backingTitle(b, organization.name), "project");
            }
        }
        for (BackerChange c : changes) {
            Integer from = projectLanes.get(c.fromProject.id);
            Integer to = projectLanes.get(c.toProject.id);
            if (from != null && to != null) {
                chart.arrow(from, to, c.movedOn, changeTitle(c));
            }
        }
        for (OwnershipEvent e : ownership) {
            boolean acquirer = e.acquirer.id.equals(organization.id);
            String label = acquirer ? "Acquired " + e.acquired.name : "Acquired by " + e.acquirer.name;
            chart.mark(e.occurredOn, label, label + ", " + Formats.display(e.occurredOn)
                    + (e.priceNote == null ? "" : ", " + e.priceNote) + " (" + citations(e.sources) + ")");
        }
        for (FormerName f : formerNames) {
            if (f.usedUntil != null) {
                chart.mark(f.usedUntil, "Renamed from " + f.name, "Known as " + f.name + " until "
                        + Formats.display(f.usedUntil));
            }
        }
        if (!memberships.isEmpty()) {
            chart.legend("Alliance membership", "alliance");
        }
        if (!backings.isEmpty()) {
            chart.legend("Project backing", "project");
        }
        precisionLegend(chart);
        if (!changes.isEmpty()) {
            chart.legend("Backer change", "arrow-swatch");
        }
        return chart.build();
    }

    /**
     * The backers of several projects, a group of lanes per project, with the organizations that switched
     * emphasised.
     */
    public static LaneChart comparison(List<Project> projects, List<Backing> backings, List<BackerChange> switches,
            TimelineFilter filter, LocalDate today) {
        Set<Long> switchers = switches.stream().map(c -> c.organization.id).collect(Collectors.toSet());
        String names = projects.stream().map(p -> p.name).collect(Collectors.joining(", "));
        String description = "Backers of " + names + " over time, one lane per backing, grouped by project; "
                + switchers.size() + (switchers.size() == 1 ? " organization" : " organizations")
                + " that switched between them are marked ⇄ and their moves drawn as arrows.";
        LaneChart.Builder chart = LaneChart.builder("Backers of " + names, description, filter.width(), today)
                .window(filter.from(), filter.to());
        Map<String, Integer> lanes = new LinkedHashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String style = "project-" + i % TIER_STYLES + (i % 2 == 1 ? " patterned" : "");
            chart.group(project.name + " (" + project.license.label.toLowerCase(Locale.ENGLISH) + ")");
            List<Backing> ofProject = backings.stream().filter(b -> b.project.id.equals(project.id))
                    .sorted(Comparator.comparing((Backing b) -> b.since == null ? LocalDate.MIN : b.since.latest())
                            .thenComparing(b -> b.organization.name.toLowerCase(Locale.ROOT)))
                    .toList();
            for (Backing b : ofProject) {
                boolean switched = switchers.contains(b.organization.id);
                String key = project.id + ":" + b.organization.id;
                int lane = lanes.computeIfAbsent(key, k -> chart.lane((switched ? "⇄ " : "") + b.organization.name,
                        style, switched));
                chart.bar(lane, b.since, b.until, b.until == null, backingTitle(b, b.organization.name), style);
            }
            chart.legend(project.name, style);
        }
        for (BackerChange c : switches) {
            Integer from = lanes.get(c.fromProject.id + ":" + c.organization.id);
            Integer to = lanes.get(c.toProject.id + ":" + c.organization.id);
            if (from != null && to != null) {
                chart.arrow(from, to, c.movedOn, changeTitle(c));
            }
        }
        precisionLegend(chart);
        if (!switches.isEmpty()) {
            chart.legend("⇄ Switched between these projects", "arrow-swatch");
        }
        return chart.build();
    }

    /**
     * The organizations backing a project over time, each counted once whatever its roles, as
     * {@link Backing#countBackers} counts them. A backing whose start no source gives counts from the start of the
     * chart, which reaches back before its end as the backers' chart does.
     */
    public static GrowthChart projectGrowth(Project project, List<Backing> backings, TimelineFilter filter,
            LocalDate today) {
        Map<Long, List<GrowthChart.Span>> byBacker = new LinkedHashMap<>();
        for (Backing b : backings) {
            byBacker.computeIfAbsent(b.organization.id, id -> new ArrayList<>()).add(new GrowthChart.Span(
                    b.since == null ? null : b.since.latest(), b.until == null ? null : b.until.earliest()));
        }
        List<GrowthChart.Span> spans = byBacker.values().stream().flatMap(s -> GrowthChart.Span.union(s).stream())
                .toList();
        PartialDate reachBack = backings.stream().filter(b -> b.since == null && b.until != null)
                .map(b -> b.until.earliest().minus(LaneChart.UNKNOWN_START_REACH)).min(LocalDate::compareTo)
                .map(PartialDate::ofDay).orElse(null);
        String description = "Organizations backing " + project.name + " over time: "
                + Backing.countBackers(backings, today)
                + " today, at most " + GrowthChart.Span.mostAtOnce(spans) + " at once.";
        return GrowthChart.build("Growth of " + project.name, description, "Organizations backing " + project.name
                + ", each counted once whatever its roles, from the end of the month or year its backing started",
                filter.width(), GROWTH_HEIGHT, spans, List.of(), reachBack, null, List.of(), filter.from(),
                filter.to(), today);
    }

    /**
     * One lane per backer and role, coloured by role, in order of starting; backers who came from or left for
     * another project are marked ⇄.
     */
    public static LaneChart projectBackers(Project project, List<Backing> backings, List<BackerChange> moves,
            TimelineFilter filter, LocalDate today) {
        Set<Long> movers = moves.stream().map(c -> c.organization.id).collect(Collectors.toSet());
        Map<Long, Set<BackingRole>> rolesOfBacker = backings.stream().collect(Collectors.groupingBy(
                b -> b.organization.id, Collectors.mapping(b -> b.role, Collectors.toSet())));
        String description = backings.size() + (backings.size() == 1 ? " backing" : " backings") + " of "
                + project.name + ", each a bar from its start to its end, coloured by role; faded ends mark dates "
                + "known only to the month or year" + (movers.isEmpty() ? "." : "; ⇄ marks the " + movers.size()
                        + (movers.size() == 1 ? " organization" : " organizations")
                        + " that came from or left for another project.");
        LaneChart.Builder chart = LaneChart.builder("Backers of " + project.name, description, filter.width(), today)
                .window(filter.from(), filter.to());
        Map<String, Integer> lanes = new LinkedHashMap<>();
        for (Backing b : backings) {
            boolean moved = movers.contains(b.organization.id);
            String style = tierStyle(b.role.ordinal());
            boolean severalRoles = rolesOfBacker.get(b.organization.id).size() > 1;
            String label = (moved ? "⇄ " : "") + b.organization.name
                    + (severalRoles ? " (" + b.role.label.toLowerCase(Locale.ENGLISH) + ")" : "");
            int lane = lanes.computeIfAbsent(b.organization.id + ":" + b.role, key -> chart.lane(label, style, moved));
            chart.bar(lane, b.since, b.until, b.until == null, backingTitle(b, b.organization.name), style);
        }
        backings.stream().map(b -> b.role).distinct().sorted()
                .forEach(role -> chart.legend(role.label, tierStyle(role.ordinal())));
        precisionLegend(chart);
        if (!movers.isEmpty()) {
            chart.legend("⇄ Came from or left for another project", NO_SWATCH);
        }
        return chart.build();
    }

    /** The backings a project's chart shows: in effect at some time in the filter's window. */
    public static List<Backing> visibleBackings(List<Backing> backings, TimelineFilter filter) {
        return backings.stream().filter(b -> filter.overlaps(b.since, b.until)).toList();
    }

    /** What a bar's faded edges mean, where a bar shows them: a date known only roughly, and a start not known. */
    private static void precisionLegend(LaneChart.Builder chart) {
        chart.legendForPartialDates("Date known to the month or year only");
        chart.legendForUnknownStarts("Start not given by any source");
    }

    /** Every other tier is hatched as well as coloured, so that colour does not carry the meaning alone. */
    static String tierStyle(int index) {
        return "tier-" + index % TIER_STYLES + (index % 2 == 1 ? " patterned" : "");
    }

    /** The memberships a swimlane chart shows: of the filter's tier, and in effect at some time in its window. */
    public static List<Membership> visible(List<Membership> memberships, TimelineFilter filter) {
        return memberships.stream()
                .filter(m -> filter.tier() == null || (m.tier != null && m.tier.name.equalsIgnoreCase(filter.tier())))
                .filter(m -> filter.overlaps(m.joined, m.ended()))
                .toList();
    }

    private static String membershipTitle(Membership m) {
        return m.organization.name + (m.tier == null ? "" : ", " + m.tier.name)
                + (m.founding ? ", founding member" : "") + ": joined " + Formats.display(m.joined)
                + (m.isEndedByDissolution() ? ", until the alliance's dissolution, " + Formats.display(m.ended())
                        : m.departed == null ? "" : ", left " + Formats.display(m.departed))
                + " (" + citations(m.sources) + ")";
    }

    private static String backingTitle(Backing b, String who) {
        return who + ", " + b.role.label.toLowerCase(Locale.ENGLISH) + " of " + b.project.name + ": "
                + (b.since == null ? "start not given" : "from " + Formats.display(b.since))
                + (b.until == null ? "" : ", until " + Formats.display(b.until)) + " (" + citations(b.sources) + ")";
    }

    private static String changeTitle(BackerChange c) {
        return c.organization.name + " moved from " + c.fromProject.name + " to " + c.toProject.name + ", "
                + Formats.display(c.movedOn) + " (" + citations(c.sources) + ")";
    }

    private static String citations(Collection<Source> sources) {
        return sources.isEmpty() ? "no source" : sources.stream().map(Formats::citation)
                .collect(Collectors.joining("; "));
    }
}
