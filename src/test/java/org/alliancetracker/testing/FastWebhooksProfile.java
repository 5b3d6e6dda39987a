package org.alliancetracker.testing;

import java.util.HashMap;
import java.util.Map;

/** A fresh database, and webhooks sent within a fraction of a second and retried after half a second. */
public class FastWebhooksProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("tracker.webhooks.poll-interval", "200ms");
        overrides.put("tracker.webhooks.backoff-base", "PT0.5S");
        overrides.put("tracker.webhooks.max-attempts", "3");
        return overrides;
    }
}
