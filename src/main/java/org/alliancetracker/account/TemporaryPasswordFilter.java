package org.alliancetracker.account;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A person logged in with a password an administrator chose (a new account, a reset) goes to the password form
 * until they have chosen their own (ASVS 6.4.1): the administrator's password is never a lasting one.
 */
public class TemporaryPasswordFilter {

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public Response toThePasswordForm(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!user.mustChangePassword() || path.equals("/account/password") || path.equals("/logout")) {
            return null;
        }
        return Response.seeOther(URI.create("/account/password")).build();
    }
}
