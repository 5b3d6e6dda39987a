package org.alliancetracker.editing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancetracker.account.Role;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Suggestions for a lookup field as the editor types, for the form's script to offer in the field's list; without
 * the script the field takes the name as typed all the same.
 */
@Path("/edit/lookup/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_ROLE)
public class LookupResource {

    /** As many as a browser shows in a field's list without scrolling. */
    static final int LIMIT = 10;

    @Inject
    EditorRegistry registry;

    @Inject
    EditService edits;

    /** What finds each record whose name contains the text (see {@link Lookup.Match#typed()}), best matches first. */
    @GET
    public List<String> suggestions(@PathParam("kind") String kind, @QueryParam("q") String q) {
        Lookup lookup = registry.types().stream().map(type -> registry.forType(type).orElseThrow())
                .flatMap(editor -> edits.shapeOf(editor).stream()).filter(Field::takesNames).map(Field::lookup)
                .filter(l -> l.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("kind of record", kind));
        // An address with a control character never comes here: ErrorPages refuses it with a 400 first.
        if (q == null || q.isBlank() || q.length() > 200) {
            return List.of();
        }
        return lookup.containing(q.strip(), LIMIT).stream().map(Lookup.Match::typed).toList();
    }
}
