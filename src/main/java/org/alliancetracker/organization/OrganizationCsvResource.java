package org.alliancetracker.organization;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.alliancetracker.importing.CsvFiles;
import org.alliancetracker.importing.Importer;

/**
 * Every organization as CSV, in name order: the format of an organizations import, so that a community manager can
 * correct names, kinds and websites in a spreadsheet and import the file back.
 */
@Path("/organizations.csv")
public class OrganizationCsvResource {

    /** Every organization, or with {@code ?kind=foundation} those of one kind; a kind that is not one is a 400. */
    @GET
    @Produces("text/csv")
    public Response all(@QueryParam("kind") String kind) {
        OrganizationKind chosen = OrganizationKind.named(kind);
        List<List<String>> rows = Organization.allInNameOrder(chosen).stream().map(o -> List.of(o.slug, o.name,
                o.kind.label, o.website == null ? "" : o.website, o.description == null ? "" : o.description)).toList();
        String name = "organizations" + (chosen == null ? "" : "-" + chosen.parameter()) + ".csv";
        return Response.ok(CsvFiles.write(Importer.ORGANIZATION_COLUMNS, rows))
                .type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
