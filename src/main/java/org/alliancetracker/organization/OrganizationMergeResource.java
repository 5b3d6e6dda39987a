package org.alliancetracker.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.editing.EditResource;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormValues;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.editing.Lookups;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * An editor merges an organization recorded twice into the one to keep ({@link OrganizationMerger}): the page lists
 * what the duplicate has, and takes the name of the organization to keep.
 */
@Path("/edit/organization/{id}/merge")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class OrganizationMergeResource {

    static final List<Field> FIELDS = List.of(
            Field.lookup("into", "Organization to keep", true, OrganizationLookup.INSTANCE,
                    "The records of this one become its records."),
            Field.checkbox("keepName", "Keep this one's name as a former name of the organization kept",
                    "So that a search for it finds the organization kept. Leave it clear for a misspelling."));

    @Inject
    OrganizationEditor organizations;

    @Inject
    OrganizationMerger merger;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(Organization organization, List<String> records, List<Field> fields,
                Map<String, String> values, Map<String, String> errors, String conflict);
    }

    private static Organization duplicate(String id) {
        Organization organization = id.matches("[0-9]{1,18}") ? Organization.findById(Long.parseLong(id)) : null;
        if (organization == null) {
            throw new RecordNotFoundException("organization", id);
        }
        return organization;
    }

    /** @param into the organization to keep, as the list of possible duplicates fills it in */
    @GET
    public TemplateInstance form(@PathParam("id") String id, @QueryParam("into") String into) {
        Organization duplicate = duplicate(id);
        return Templates.merge(duplicate, organizations.dependents(duplicate), FIELDS,
                Map.of("into", into == null || into.length() > 200 ? "" : into, "keepName", "true"), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Organization duplicate = duplicate(id);
        Map<String, String> values = FormValues.read(FIELDS, form);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> resolved = Lookups.resolve(FIELDS, values, errors);
        String into = resolved.get("into");
        if (errors.isEmpty() && into.isBlank()) {
            errors.put("into", "Choose the organization to keep.");
        } else if (errors.isEmpty() && into.equals(String.valueOf(duplicate.id))) {
            errors.put("into", "Choose another organization than " + duplicate.name + " to keep.");
        }
        String version = form.getFirst("version");
        if (errors.isEmpty() && (version == null || !version.matches("[0-9]{1,9}"))) {
            errors.put("into", "The form is incomplete; merge again.");
        }
        if (!errors.isEmpty()) {
            return shownAgain(422, duplicate, values, errors, null);
        }
        Organization kept = Organization.findById(Long.parseLong(into));
        if (kept == null) {
            return shownAgain(422, duplicate, values, Map.of("into", OrganizationMerger.KEPT_GONE), null);
        }
        try {
            OrganizationMerger.Outcome outcome = merger.merge(duplicate.id, Integer.parseInt(version), kept.id,
                    Boolean.parseBoolean(values.get("keepName")));
            return Flash.redirect(organizations.pageOf(kept), "Merged " + duplicate.name + " into " + kept.name + ": "
                    + outcome.describe(kept.name) + ".");
        } catch (InvalidFormException e) {
            return shownAgain(422, duplicate, values, e.errors, null);
        } catch (RuntimeException e) {
            if (!EditResource.isConflict(e)) {
                throw e;
            }
            // What it has now, read afresh: this request's own reads are as they were before.
            return QuarkusTransaction.requiringNew().call(() -> shownAgain(409, duplicate(id), values, Map.of(),
                    duplicate.name + " was changed since you opened this page: check what it has now, and merge"
                            + " again."));
        }
    }

    private Response shownAgain(int status, Organization duplicate, Map<String, String> values,
            Map<String, String> errors, String conflict) {
        return Response.status(status).entity(Templates.merge(duplicate, organizations.dependents(duplicate), FIELDS,
                values, errors, conflict).render()).build();
    }
}
