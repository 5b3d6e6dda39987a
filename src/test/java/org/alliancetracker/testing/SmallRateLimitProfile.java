package org.alliancetracker.testing;

import java.util.HashMap;
import java.util.Map;

/** A fresh database and a budget of 20 API requests a minute per client. */
public class SmallRateLimitProfile extends FreshDatabaseProfile {

    public static final int LIMIT = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("tracker.rate-limit.per-minute", String.valueOf(LIMIT));
        return overrides;
    }
}
