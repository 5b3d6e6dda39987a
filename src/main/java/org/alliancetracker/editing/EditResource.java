package org.alliancetracker.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.hibernate.StaleStateException;

import org.alliancetracker.account.Role;
import org.alliancetracker.common.Causes;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * The editors' forms for every kind of record: create, edit (with the record's version, so that a save over
 * someone else's is caught and shown as a conflict), and delete after showing what depends on the record.
 */
@Path("/edit/{type}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class EditResource {

    @Inject
    EditorRegistry registry;

    @Inject
    EditService service;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String type, String noun, Long id, int version, List<Field> fields,
                Map<String, String> values, Map<String, String> errors, String heading, String cancelUrl);

        static native TemplateInstance conflict(String type, String noun, long id, int version, List<Field> fields,
                Map<String, String> mine, Map<String, String> current, String heading, String cancelUrl);

        static native TemplateInstance delete(String type, String noun, long id, String description,
                List<String> dependents, String cancelUrl);
    }

    private RecordEditor<TrackedEntity> editor(String type) {
        return registry.forType(type).orElseThrow(() -> new RecordNotFoundException("kind of record", type));
    }

    private TrackedEntity record(RecordEditor<TrackedEntity> editor, String id) {
        TrackedEntity record = id.matches("[0-9]{1,18}") ? editor.find(Long.parseLong(id)) : null;
        if (record == null) {
            throw new RecordNotFoundException(editor.noun(), id);
        }
        return record;
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(@PathParam("type") String type, @Context UriInfo uri) {
        RecordEditor<TrackedEntity> editor = editor(type);
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, String.join(";", v)));
        Map<String, String> presets = editor.presets(query);
        List<Field> fields = editor.fields(presets);
        return Templates.form(type, editor.noun(), null, 0, fields, Lookups.named(fields, presets), Map.of(),
                "New " + editor.noun(), "/");
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("type") String type, MultivaluedMap<String, String> form) {
        RecordEditor<TrackedEntity> editor = editor(type);
        // The fields' names and kinds read the form; their choices are listed only when it is shown again.
        List<Field> fields = service.shapeOf(editor);
        Map<String, String> values = FormValues.read(fields, form);
        Map<String, String> lookupErrors = new LinkedHashMap<>();
        Map<String, String> resolved = Lookups.resolve(fields, values, lookupErrors);
        try {
            TrackedEntity record = service.create(editor, resolved, null);
            return Flash.redirect(editor.pageOf(record), "Saved the new " + editor.noun() + ": "
                    + editor.describe(record) + ".");
        } catch (InvalidFormException e) {
            return Response.status(422).entity(Templates.form(type, editor.noun(), null, 0, editor.fields(resolved),
                    values, errors(e, lookupErrors), "New " + editor.noun(), "/").render()).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(@PathParam("type") String type, @PathParam("id") String id) {
        RecordEditor<TrackedEntity> editor = editor(type);
        if (!editor.editable()) {
            throw new RecordNotFoundException("form", type + "/" + id);
        }
        TrackedEntity record = record(editor, id);
        Map<String, String> values = editor.values(record);
        List<Field> fields = editor.fields(values);
        return Templates.form(type, editor.noun(), record.id, record.version, fields, Lookups.named(fields, values),
                Map.of(), "Edit " + editor.noun() + ": " + editor.describe(record), editor.pageOf(record));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("type") String type, @PathParam("id") String id,
            MultivaluedMap<String, String> form) {
        RecordEditor<TrackedEntity> editor = editor(type);
        if (!editor.editable()) {
            throw new RecordNotFoundException("form", type + "/" + id);
        }
        TrackedEntity record = record(editor, id);
        List<Field> fields = service.shapeOf(editor);
        Map<String, String> values = FormValues.read(fields, form);
        Map<String, String> lookupErrors = new LinkedHashMap<>();
        Map<String, String> resolved = Lookups.resolve(fields, values, lookupErrors);
        String version = form.getFirst("version");
        if (version == null || !version.matches("[0-9]{1,9}")) {
            return Response.status(400).entity(Templates.form(type, editor.noun(), record.id, record.version,
                    editor.fields(resolved), values, Map.of("version", "The form is incomplete; save it again."),
                    "Edit " + editor.noun(), editor.pageOf(record)).render()).build();
        }
        try {
            TrackedEntity saved = service.update(editor, record.id, Integer.parseInt(version), resolved, null);
            return Flash.redirect(editor.pageOf(saved), "Saved the " + editor.noun() + ": " + editor.describe(saved)
                    + ".");
        } catch (InvalidFormException e) {
            return Response.status(422).entity(Templates.form(type, editor.noun(), record.id, Integer.parseInt(version),
                    editor.fields(resolved), values, errors(e, lookupErrors),
                    "Edit " + editor.noun() + ": " + editor.describe(record),
                    editor.pageOf(record)).render()).build();
        } catch (RuntimeException e) {
            if (!isConflict(e)) {
                throw e;
            }
            // The current values, read afresh in a transaction of their own.
            return QuarkusTransaction.requiringNew().call(() -> {
                TrackedEntity current = editor.find(record.id);
                if (current == null) {
                    throw new RecordNotFoundException(editor.noun(), id);
                }
                // Both sides as the form shows them, names for ids, so that they compare and post back alike.
                return Response.status(409).entity(Templates.conflict(type, editor.noun(), current.id,
                        current.version, editor.fields(), Lookups.canonical(fields, values, resolved),
                        Lookups.named(fields, editor.values(current)),
                        "Edit " + editor.noun() + ": " + editor.describe(current), editor.pageOf(current)).render())
                        .build();
            });
        }
    }

    @GET
    @Path("{id}/delete")
    public TemplateInstance deleteForm(@PathParam("type") String type, @PathParam("id") String id) {
        RecordEditor<TrackedEntity> editor = editor(type);
        TrackedEntity record = record(editor, id);
        return Templates.delete(type, editor.noun(), record.id, editor.describe(record), editor.dependents(record),
                editor.pageOf(record));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/delete")
    public Response delete(@PathParam("type") String type, @PathParam("id") String id) {
        RecordEditor<TrackedEntity> editor = editor(type);
        TrackedEntity record = record(editor, id);
        String description = editor.describe(record);
        String next = editor.pageAfterDelete(record);
        service.delete(editor, record.id, null);
        return Flash.redirect(next, "Deleted the " + editor.noun() + ": " + description + ".");
    }

    /** The form's errors, where a lookup field's own message (no such name) replaces the editor's "Choose...". */
    private static Map<String, String> errors(InvalidFormException e, Map<String, String> lookupErrors) {
        Map<String, String> errors = new LinkedHashMap<>(e.errors);
        errors.putAll(lookupErrors);
        return errors;
    }

    /** A save over someone else's: seen by the version check, or by Hibernate's when two saves race. */
    public static boolean isConflict(Throwable e) {
        return Causes.include(e, EditConflictException.class, OptimisticLockException.class,
                StaleStateException.class);
    }
}
