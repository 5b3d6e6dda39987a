package org.alliancetracker.timeline;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Chrome-less views of each chart for other sites to frame: the chart, its title, and a link to its page. They take
 * the same query parameters as the chart's page and SVG; without a width, the chart is drawn for each column, as on
 * its page, and the frame's width chooses.
 */
@Path("/embed")
@Produces(MediaType.TEXT_HTML)
public class EmbedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chart(ChartView view, String pageUrl);
    }

    @GET
    @Path("alliances/{slug}/growth")
    public TemplateInstance allianceGrowth(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.AllianceData.load(slug, TimelineFilter.parse(from, to, tier, width));
        GrowthChart chart = data.growth();
        return Templates.chart(ChartView.of(chart.title, chart.scale, data.filter(), "growth", chart, data::growth,
                TimelineResource.Templates::growth, "alliances/" + slug + "/growth", data.filter().query()),
                "/timelines/alliances/" + slug + data.filter().query());
    }

    @GET
    @Path("alliances/{slug}/swimlanes")
    public TemplateInstance allianceSwimlanes(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.AllianceData.load(slug, TimelineFilter.parse(from, to, tier, width));
        LaneChart chart = data.swimlanes();
        return Templates.chart(ChartView.of(chart.title, chart.scale, data.filter(), "swimlanes", chart,
                data::swimlanes, TimelineResource.Templates::lanes, "alliances/" + slug + "/swimlanes",
                data.filter().query()), "/timelines/alliances/" + slug + data.filter().query());
    }

    @GET
    @Path("organizations/{slug}/lanes")
    public TemplateInstance organizationLanes(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.OrganizationData.load(slug, TimelineFilter.parse(from, to, tier, width));
        LaneChart chart = data.lanes();
        return Templates.chart(ChartView.of(chart.title, chart.scale, data.filter(), "lanes", chart, data::lanes,
                TimelineResource.Templates::lanes, "organizations/" + slug + "/lanes", data.filter().query()),
                "/timelines/organizations/" + slug + data.filter().query());
    }

    @GET
    @Path("projects/{slug}/growth")
    public TemplateInstance projectGrowth(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.ProjectData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return Templates.chart(data.growthView(), "/timelines/projects/" + slug + data.filter().query());
    }

    @GET
    @Path("projects/{slug}/backers")
    public TemplateInstance projectBackers(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.ProjectData.load(slug, TimelineFilter.parse(from, to, tier, width));
        return Templates.chart(data.backersView(), "/timelines/projects/" + slug + data.filter().query());
    }

    @GET
    @Path("compare")
    public TemplateInstance compare(@QueryParam("projects") List<String> projects, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.ComparisonData.load(projects, TimelineFilter.parse(from, to, tier, width));
        LaneChart chart = data.chart();
        return Templates.chart(ChartView.of(chart.title, chart.scale, data.filter(), "compare", chart, data::chart,
                TimelineResource.Templates::lanes, "compare", data.query()), "/timelines/compare" + data.query());
    }
}
