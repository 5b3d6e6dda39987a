package org.alliancetracker.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.HttpServerRequest;

/**
 * The absolute address of the page being rendered ({@code inject:page.url}), for the link previews a page offers:
 * made from the request's scheme and host as {@link Addresses} makes them (behind a trusted proxy, those it
 * forwards), so that kept answers, keyed by those too, never show another host's.
 */
@RequestScoped
@Named("page")
public class PageAddress {

    @Inject
    HttpServerRequest request;

    public String getUrl() {
        var authority = request.authority();
        return request.scheme() + "://" + (authority == null ? "localhost" : authority) + request.uri();
    }
}
