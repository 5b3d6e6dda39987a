package org.alliancetracker.production;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A bot mirroring the change feed of one server: follows the cursor and keeps every entry it was given. */
final class ChangeFeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> entries = new ArrayList<>();
    private final SiteSession site;
    private String cursor;

    ChangeFeedReader(SiteSession site) {
        this.site = site;
    }

    /** Reads pages until one comes back empty; answers how many entries were new. */
    int catchUp() throws IOException, InterruptedException {
        int read = 0;
        while (true) {
            var response = site.getJson("/api/v1/changes?limit=100" + (cursor == null ? "" : "&after=" + cursor));
            if (response.statusCode() != 200) {
                throw new AssertionError("change feed answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode page = JSON.readTree(response.body());
            cursor = page.get("next").asText();
            if (page.get("items").isEmpty()) {
                return read;
            }
            page.get("items").forEach(entries::add);
            read += page.get("items").size();
        }
    }

    List<Long> ids() {
        return entries.stream().map(e -> Long.parseLong(e.get("id").asText())).toList();
    }

    /** The slugs of organizations the feed says were created, in feed order. */
    List<String> createdOrganizations() {
        return entries.stream()
                .filter(e -> "organization".equals(e.get("type").asText())
                        && "created".equals(e.get("action").asText()))
                .map(e -> e.get("data").get("slug").asText()).toList();
    }
}
