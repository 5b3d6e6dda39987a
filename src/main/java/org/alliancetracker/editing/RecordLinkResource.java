package org.alliancetracker.editing;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Permanent addresses of records, as feeds link to them: {@code /records/organization/12} redirects to the record's
 * page as it is today (its slug may have changed since), or to the home page once the record is deleted. A feed
 * thus names its links without looking up each record.
 */
@Path("/records/{type}/{id}")
public class RecordLinkResource {

    @Inject
    EditorRegistry registry;

    public static String of(String type, long id) {
        return "/records/" + type + "/" + id;
    }

    @GET
    public Response go(@PathParam("type") String type, @PathParam("id") String id) {
        RecordEditor<TrackedEntity> editor = registry.forType(type)
                .orElseThrow(() -> new RecordNotFoundException("kind of record", type));
        if (!id.matches("[0-9]{1,18}")) {
            throw new RecordNotFoundException(editor.noun(), id);
        }
        TrackedEntity record = editor.find(Long.parseLong(id));
        return Response.seeOther(URI.create(record == null ? "/" : editor.pageOf(record))).build();
    }
}
