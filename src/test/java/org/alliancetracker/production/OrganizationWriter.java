package org.alliancetracker.production;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * An editor creating organizations through the form, one after the other, until told to stop or until the server
 * stops answering. Keeps the slugs the server acknowledged (303 See Other after the save).
 */
final class OrganizationWriter implements Runnable {

    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    final List<String> refused = new CopyOnWriteArrayList<>();
    private final SiteSession site;
    private final String prefix;
    private final BooleanSupplier more;

    OrganizationWriter(SiteSession site, String prefix, BooleanSupplier more) {
        this.site = site;
        this.prefix = prefix;
        this.more = more;
    }

    @Override
    public void run() {
        for (int i = 0; more.getAsBoolean(); i++) {
            String slug = prefix + "-" + i;
            try {
                site.get("/edit/organization/new");
                var response = site.post("/edit/organization/new",
                        Map.of("name", "Org " + slug, "slug", slug, "kind", "COMPANY", "website", "",
                                "description", ""));
                if (response.statusCode() == 303) {
                    acknowledged.add(slug);
                } else {
                    refused.add(slug + ": " + response.statusCode());
                }
            } catch (IOException e) {
                return; // the server went away: this edit was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
