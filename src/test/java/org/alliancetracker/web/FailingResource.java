package org.alliancetracker.web;

import java.sql.SQLException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only addresses that fail the way a real request can: the database out of reach, or a bug. */
@Path("/test-only/failing")
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
public class FailingResource {

    @GET
    @Path("database-out-of-reach")
    public String databaseOutOfReach() {
        throw new IllegalStateException("The data version could not be read",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
    }

    @GET
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("a bug with a secret in its message: hunter2");
    }
}
