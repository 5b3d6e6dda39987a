package org.alliancetracker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token with an empty 400. This gives that refusal words: the form
 * was sent without the token of a page of this site, so nothing was saved.
 */
public class CsrfFailurePage {

    static final String MESSAGE = "This form could not be accepted: it expired or was not sent from a page of this"
            + " site. Nothing was saved. Go back, reload the page and submit the form again.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !"GET".equals(request.getMethod())
                && request.getMediaType() != null
                && (request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            response.setEntity(ErrorPages.Templates.formRefused(MESSAGE).render(), null, HtmlPages.HTML_UTF8);
        }
    }
}
