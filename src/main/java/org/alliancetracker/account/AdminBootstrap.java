package org.alliancetracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import org.alliancetracker.config.TrackerConfig;

/**
 * On a start with no accounts at all, creates the first administrator from {@code tracker.admin.username} and
 * {@code tracker.admin.password} (TRACKER_ADMIN_USERNAME, TRACKER_ADMIN_PASSWORD). There is no default password:
 * without them, the log says how to create one.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    TrackerConfig config;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String username = config.admin().username().orElse(null);
        String password = config.admin().password().orElse(null);
        if (username == null || password == null) {
            LOG.warn("No accounts exist, so nobody can log in to edit. To create the first administrator, set "
                    + "TRACKER_ADMIN_USERNAME and TRACKER_ADMIN_PASSWORD (12 to 64 characters) and restart.");
            return;
        }
        if (!username.matches(Account.USERNAME_PATTERN) || Account.isReserved(username)) {
            LOG.errorf("TRACKER_ADMIN_USERNAME '%s' is not a valid user name%s; no administrator was created.",
                    username, Account.isReserved(username) ? " (" + Account.RESERVED_USERNAME + ")" : "");
            return;
        }
        var problems = Passwords.problems(password, username);
        if (!problems.isEmpty()) {
            LOG.errorf("TRACKER_ADMIN_PASSWORD is not acceptable (%s); no administrator was created.",
                    String.join(" ", problems));
            return;
        }
        Account admin = new Account();
        admin.username = username;
        admin.displayName = username;
        admin.passwordHash = Passwords.hash(password);
        admin.role = Role.ADMIN;
        admin.persist();
        LOG.infof("Created the first administrator, '%s'.", username);
    }
}
