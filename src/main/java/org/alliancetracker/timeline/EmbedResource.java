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
 * the same query parameters as the chart's page and SVG.
 */
@Path("/embed")
@Produces(MediaType.TEXT_HTML)
public class EmbedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chart(String title, String svg, String pageUrl);
    }

    @GET
    @Path("alliances/{slug}/growth")
    public TemplateInstance allianceGrowth(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.AllianceData.load(slug, TimelineFilter.parse(from, to, tier, width));
        GrowthChart chart = data.growth();
        return Templates.chart(chart.title, TimelineResource.Templates.growth(chart, "growth").render(),
                "/timelines/alliances/" + slug + data.filter().query());
    }

    @GET
    @Path("alliances/{slug}/swimlanes")
    public TemplateInstance allianceSwimlanes(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.AllianceData.load(slug, TimelineFilter.parse(from, to, tier, width));
        LaneChart chart = data.swimlanes();
        return Templates.chart(chart.title, TimelineResource.Templates.lanes(chart, "swimlanes").render(),
                "/timelines/alliances/" + slug + data.filter().query());
    }

    @GET
    @Path("organizations/{slug}/lanes")
    public TemplateInstance organizationLanes(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.OrganizationData.load(slug, TimelineFilter.parse(from, to, tier, width));
        LaneChart chart = data.lanes();
        return Templates.chart(chart.title, TimelineResource.Templates.lanes(chart, "lanes").render(),
                "/timelines/organizations/" + slug + data.filter().query());
    }

    @GET
    @Path("compare")
    public TemplateInstance compare(@QueryParam("projects") List<String> projects, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tier") String tier, @QueryParam("width") String width) {
        var data = TimelineResource.ComparisonData.load(projects, TimelineFilter.parse(from, to, tier, width));
        LaneChart chart = data.chart();
        return Templates.chart(chart.title, TimelineResource.Templates.lanes(chart, "compare").render(),
                "/timelines/compare" + data.query());
    }
}
