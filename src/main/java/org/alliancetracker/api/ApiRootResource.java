package org.alliancetracker.api;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code /api}, typed without a version: the current version's root ({@link ApiIndex}). */
@Path("/api")
public class ApiRootResource {

    @GET
    public Response current() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/api/v1")).build();
    }
}
