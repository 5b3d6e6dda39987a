package org.alliancetracker.timeline;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.ListedAlliance;
import org.alliancetracker.alliance.MemberFilter;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.project.ListedProject;
import org.alliancetracker.project.Project;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.HtmlPages;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Timelines drawn by the server as SVG: each chart on its page (with a data table), as a standalone
 * {@code image/svg+xml} download, and as a chrome-less embed view, all filtered by the same query parameters.
 */
@Path("/timelines")
public class TimelineResource {

    public static final String SVG = "image/svg+xml";
    static final int MAX_COMPARED_PROJECTS = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ListedAlliance> alliances, List<ListedProject> projects);

        static native TemplateInstance lanes(LaneChart chart, String id);

        static native TemplateInstance growth(GrowthChart chart, String id);

        static native TemplateInstance alliance(Alliance alliance, List<MembershipTier> tiers, TimelineFilter filter,
                FilterForm form, ChartView growthView, ChartView swimlanesView, GrowthChart growth,
                List<ReportedCount> counts, List<Membership> members);

        static native TemplateInstance organization(Organization organization, TimelineFilter filter,
                FilterForm form, ChartView lanesView, List<Membership> memberships, List<Backing> backings,
                List<BackerChange> changes, List<OwnershipEvent> ownership);

        static native TemplateInstance project(Project project, TimelineFilter filter, FilterForm form,
                ChartView growthView, ChartView backersView, List<Backing> backings, List<BackerChange> arrivals,
                List<BackerChange> departures, Project comparedWith);

        static native TemplateInstance compare(List<Project> allProjects, List<Project> projects,
                Set<String> ticked, TimelineFilter filter, FilterForm form, ChartView chartView, List<Backing> backings,
                List<BackerChange> switches);
    }

    /**
     * Every alliance's and project's timeline, and the comparison of projects' backers; organizations' timelines are
     * linked from their pages. Four queries, whatever the number of alliances and projects.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        LocalDate today = LocalDate.now();
        return Templates.index(ListedAlliance.all(today), ListedProject.all(today));
    }

    /** An address that leaves out the record's slug, such as /timelines/alliances: its section of the index. */
    @GET
    @Path("{kind:alliances|projects|organizations}")
    public Response kind(@PathParam("kind") String kind) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/timelines#" + kind)).build();
    }

    // Alliance: growth and swimlanes

    record AllianceData(Alliance alliance, List<MembershipTier> tiers, List<Membership> members,
            List<ReportedCount> counts, TimelineFilter filter) {

        static AllianceData load(String slug, TimelineFilter filter) {
            Alliance alliance = Alliance.findBySlug(slug)
                    .orElseThrow(() -> new RecordNotFoundException("alliance", slug));
            List<MembershipTier> tiers = MembershipTier.of(alliance);
            MemberFilter.tierNamed(alliance, tiers, filter.tier()); // a tier the alliance does not have is a 400
            return new AllianceData(alliance, tiers, Membership.ofAlliance(alliance), ReportedCount.of(alliance),
                    filter);
        }

        GrowthChart growth() {
            return growth(filter.width());
        }

        GrowthChart growth(int width) {
            return TimelineCharts.growth(alliance, members, counts, filter.withWidth(width), LocalDate.now());
        }

        LaneChart swimlanes() {
            return swimlanes(filter.width());
        }

        LaneChart swimlanes(int width) {
            return TimelineCharts.swimlanes(alliance, tiers, members, filter.withWidth(width), LocalDate.now());
        }
    }

    @GET
    @Path("alliances/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response alliance(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        FilterForm.Filtered<AllianceData> filtered = FilterForm.load(from, to, tier, width,
                Set.of("from", "to", "tier"), filter -> AllianceData.load(slug, filter));
        AllianceData data = filtered.data();
        GrowthChart growth = data.growth();
        LaneChart swimlanes = data.swimlanes();
        String query = data.filter().query();
        FilterForm form = filtered.form();
        return HtmlPages.form(form.hasError(), Templates.alliance(data.alliance(), data.tiers(), data.filter(), form,
                ChartView.of(growth.title, growth.scale, data.filter(), "growth", growth, data::growth,
                        Templates::growth, "alliances/" + slug + "/growth", query),
                ChartView.of(swimlanes.title, swimlanes.scale, data.filter(), "swimlanes", swimlanes,
                        data::swimlanes, Templates::lanes, "alliances/" + slug + "/swimlanes", query),
                growth, data.counts(), TimelineCharts.visible(data.members(), data.filter())));
    }

    @GET
    @Path("alliances/{slug}/growth.svg")
    @Produces(SVG)
    public Response allianceGrowthSvg(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        AllianceData data = AllianceData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return svg(Templates.growth(data.growth(), "growth").render(), slug + "-growth.svg");
    }

    @GET
    @Path("alliances/{slug}/swimlanes.svg")
    @Produces(SVG)
    public Response allianceSwimlanesSvg(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        AllianceData data = AllianceData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return svg(Templates.lanes(data.swimlanes(), "swimlanes").render(), slug + "-members.svg");
    }

    // Organization: lanes

    record OrganizationData(Organization organization, List<Membership> memberships, List<Backing> backings,
            List<BackerChange> changes, List<OwnershipEvent> ownership, List<FormerName> formerNames,
            TimelineFilter filter) {

        static OrganizationData load(String slug, TimelineFilter filter) {
            if (filter.tier() != null) {
                throw new InvalidParameterException("tier", "The parameter 'tier' applies to alliance timelines only.");
            }
            Organization o = Organization.findBySlug(slug)
                    .orElseThrow(() -> new RecordNotFoundException("organization", slug));
            return new OrganizationData(o, Membership.ofOrganization(o), Backing.ofOrganization(o),
                    BackerChange.ofOrganization(o), OwnershipEvent.involving(o), FormerName.of(o), filter);
        }

        LaneChart lanes() {
            return lanes(filter.width());
        }

        LaneChart lanes(int width) {
            return TimelineCharts.organizationLanes(organization, memberships, backings, changes, ownership,
                    formerNames, filter.withWidth(width), LocalDate.now());
        }
    }

    @GET
    @Path("organizations/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response organization(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        FilterForm.Filtered<OrganizationData> filtered = FilterForm.load(from, to, tier, width, Set.of("from", "to"),
                filter -> OrganizationData.load(slug, filter));
        OrganizationData data = filtered.data();
        LaneChart lanes = data.lanes();
        FilterForm form = filtered.form();
        return HtmlPages.form(form.hasError(), Templates.organization(data.organization(), data.filter(), form,
                ChartView.of(lanes.title, lanes.scale, data.filter(), "lanes", lanes, data::lanes, Templates::lanes,
                        "organizations/" + slug + "/lanes", data.filter().query()),
                data.memberships(), data.backings(), data.changes(), data.ownership()));
    }

    @GET
    @Path("organizations/{slug}/lanes.svg")
    @Produces(SVG)
    public Response organizationSvg(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        OrganizationData data = OrganizationData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return svg(Templates.lanes(data.lanes(), "lanes").render(), slug + "-timeline.svg");
    }

    // Project: growth and backers

    record ProjectData(Project project, List<Backing> backings, List<BackerChange> moves, TimelineFilter filter) {

        static ProjectData load(String slug, TimelineFilter filter) {
            if (filter.tier() != null) {
                throw new InvalidParameterException("tier", "The parameter 'tier' applies to alliance timelines only.");
            }
            Project project = Project.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("project", slug));
            return new ProjectData(project, Backing.ofProject(project), BackerChange.involving(project), filter);
        }

        GrowthChart growth() {
            return growth(filter.width());
        }

        GrowthChart growth(int width) {
            return TimelineCharts.projectGrowth(project, backings, filter.withWidth(width), LocalDate.now());
        }

        LaneChart backers() {
            return backers(filter.width());
        }

        LaneChart backers(int width) {
            return TimelineCharts.projectBackers(project, backings, moves, filter.withWidth(width), LocalDate.now());
        }

        ChartView growthView() {
            GrowthChart chart = growth();
            return ChartView.of(chart.title, chart.scale, filter, "growth", chart, this::growth, Templates::growth,
                    "projects/" + project.slug + "/growth", filter.query());
        }

        ChartView backersView() {
            LaneChart chart = backers();
            return ChartView.of(chart.title, chart.scale, filter, "backers", chart, this::backers, Templates::lanes,
                    "projects/" + project.slug + "/backers", filter.query());
        }
    }

    @GET
    @Path("projects/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response project(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        FilterForm.Filtered<ProjectData> filtered = FilterForm.load(from, to, tier, width, Set.of("from", "to"),
                filter -> ProjectData.load(slug, filter));
        ProjectData data = filtered.data();
        Project project = data.project();
        return HtmlPages.form(filtered.form().hasError(), Templates.project(project, data.filter(), filtered.form(),
                data.growthView(), data.backersView(), TimelineCharts.visibleBackings(data.backings(), data.filter()),
                data.moves().stream().filter(c -> c.isTo(project)).toList(),
                data.moves().stream().filter(c -> c.isFrom(project)).toList(),
                BackerChange.projectToCompare(project, data.moves()).orElse(null)));
    }

    @GET
    @Path("projects/{slug}/growth.svg")
    @Produces(SVG)
    public Response projectGrowthSvg(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        ProjectData data = ProjectData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return svg(Templates.growth(data.growth(), "growth").render(), slug + "-growth.svg");
    }

    @GET
    @Path("projects/{slug}/backers.svg")
    @Produces(SVG)
    public Response projectBackersSvg(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        ProjectData data = ProjectData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return svg(Templates.lanes(data.backers(), "backers").render(), slug + "-backers.svg");
    }

    // Comparison of projects

    record ComparisonData(List<Project> projects, String projectsParam, List<Backing> backings,
            List<BackerChange> switches, TimelineFilter filter) {

        /**
         * @param projectsParams the {@code projects} parameters: each a slug or a comma-separated list of slugs, so
         *     that both {@code projects=xen,kvm} and the form's {@code projects=xen&projects=kvm} work
         */
        static ComparisonData load(List<String> projectsParams, TimelineFilter filter) {
            if (filter.tier() != null) {
                throw new InvalidParameterException("tier", "The parameter 'tier' applies to alliance timelines only.");
            }
            Set<String> slugs = new LinkedHashSet<>(slugs(projectsParams).stream()
                    .limit(MAX_COMPARED_PROJECTS + 1).toList());
            if (slugs.size() < 2 || slugs.size() > MAX_COMPARED_PROJECTS) {
                throw wrongNumberOfProjects();
            }
            Map<String, Project> bySlug = new HashMap<>();
            Project.withSlugs(slugs).forEach(p -> bySlug.put(p.slug, p));
            // An address made before a project's slug changed (an embedded chart) still compares it: at most one
            // query for each of the few slugs no project has.
            slugs.stream().filter(s -> !bySlug.containsKey(s)).forEach(s -> FormerSlug.recordAt("project", s)
                    .map(id -> Project.<Project>findById(id)).ifPresent(p -> bySlug.put(s, p)));
            List<String> unknown = slugs.stream().filter(s -> !bySlug.containsKey(s)).toList();
            if (!unknown.isEmpty()) {
                String names = String.join(", ", unknown.stream()
                        .map(s -> s.length() > 40 ? s.substring(0, 40) + "…" : s).toList());
                List<Project> meant = unknown.size() == 1 ? Project.nameSpelledLike(unknown.get(0), 3) : List.of();
                throw new InvalidParameterException("projects", "The parameter 'projects' names unknown projects: "
                        + names + ". Use project slugs such as xen or kvm." + didYouMean(meant, p -> p.slug),
                        "No project is called " + names + "." + didYouMean(meant, p -> p.name + " (" + p.slug + ")"));
            }
            List<Project> ordered = slugs.stream().map(bySlug::get).distinct().toList();
            if (ordered.size() < 2) {
                throw wrongNumberOfProjects();
            }
            return new ComparisonData(ordered, String.join(",", ordered.stream().map(p -> p.slug).toList()),
                    Backing.ofProjects(ordered), BackerChange.between(ordered), filter);
        }

        /** " Did you mean …?" naming the projects each as given, or nothing for none. */
        private static String didYouMean(List<Project> projects, Function<Project, String> named) {
            return projects.isEmpty() ? ""
                    : " Did you mean " + Formats.series(projects.stream().map(named).toList(), "or") + "?";
        }

        LaneChart chart() {
            return chart(filter.width());
        }

        LaneChart chart(int width) {
            return TimelineCharts.comparison(projects, backings, switches, filter.withWidth(width), LocalDate.now());
        }

        private static InvalidParameterException wrongNumberOfProjects() {
            return new InvalidParameterException("projects", "The parameter 'projects' must list from 2 to "
                    + MAX_COMPARED_PROJECTS + " project slugs separated by commas, e.g. projects=xen,kvm.",
                    "Tick from 2 to " + MAX_COMPARED_PROJECTS + " projects to compare.");
        }

        /** The project slugs the parameters name, in lower case as every slug is, in their order, each once. */
        static Set<String> slugs(List<String> projectsParams) {
            return new LinkedHashSet<>(projectsParams.stream().flatMap(p -> Arrays.stream(p.split(",")))
                    .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList());
        }

        /** The query string of the comparison: the projects first, then the filter. */
        String query() {
            String rest = filter.query();
            return "?projects=" + projectsParam + (rest.isEmpty() ? "" : "&" + rest.substring(1));
        }
    }

    @GET
    @Path("compare")
    @Produces(MediaType.TEXT_HTML)
    public Response compare(@QueryParam("projects") List<String> projects, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        // Ticking fewer than two projects (or more than six) shows the usual comparison, with the ticks as they were.
        FilterForm.Filtered<ComparisonData> filtered = FilterForm.load(from, to, tier, width,
                Set.of("from", "to", "projects"), (filter, failed) -> ComparisonData.load(
                        projects.isEmpty() || "projects".equals(failed) ? defaultComparison() : projects, filter));
        ComparisonData data = filtered.data();
        LaneChart chart = data.chart();
        Set<String> ticked = filtered.form().errorFor("projects") == null
                ? data.projects().stream().map(p -> p.slug).collect(Collectors.toSet())
                : ComparisonData.slugs(projects);
        FilterForm form = filtered.form();
        return HtmlPages.form(form.hasError(), Templates.compare(Project.allByName(), data.projects(), ticked,
                data.filter(), form, ChartView.of(chart.title, chart.scale, data.filter(), "compare", chart,
                        data::chart, Templates::lanes, "compare", data.query()),
                data.backings(), data.switches()));
    }

    @GET
    @Path("compare.svg")
    @Produces(SVG)
    public Response compareSvg(@QueryParam("projects") List<String> projects, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        ComparisonData data = ComparisonData.load(projects, TimelineFilter.parse(from, to, tier, width));
        return svg(Templates.lanes(data.chart(), "compare").render(),
                String.join("-vs-", data.projects().stream().map(p -> p.slug).toList()) + ".svg");
    }

    /** Without a choice, the page compares Xen and KVM where both exist, else the first two projects by name. */
    private static List<String> defaultComparison() {
        List<String> slugs = Project.allByName().stream().map(p -> p.slug).toList();
        return slugs.containsAll(List.of("xen", "kvm")) ? List.of("xen,kvm")
                : slugs.subList(0, Math.min(2, slugs.size()));
    }

    /** A standalone SVG document, shown in the browser and saved under a meaningful name. */
    static Response svg(String body, String filename) {
        return Response.ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body)
                .type(SVG + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .build();
    }
}
