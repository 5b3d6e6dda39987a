package org.alliancetracker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.alliancetracker.account.CurrentUser;
import org.alliancetracker.account.Role;

/**
 * An administrator downloads a backup of the embedded H2 database while the site runs: H2's SCRIPT, which reads one
 * consistent state, as gzipped SQL that H2's RunScript tool restores (see README). PostgreSQL is backed up with
 * pg_dump instead.
 */
@Path("/admin/backup")
@RolesAllowed(Role.ADMIN_ROLE)
public class BackupResource {

    private static final Logger LOG = Logger.getLogger(BackupResource.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    DataSource dataSource;

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @GET
    public Response download() throws IOException, SQLException {
        if (!"h2".equals(databaseKind)) {
            throw new NotFoundException("PostgreSQL is backed up with pg_dump");
        }
        java.nio.file.Path script = Files.createTempFile("alliance-tracker-backup-", ".sql.gz");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // The path is ours, not the user's; SCRIPT TO takes no parameter.
            statement.execute("SCRIPT TO '" + script.toAbsolutePath().toString().replace("'", "''")
                    + "' COMPRESSION GZIP");
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(script);
            throw e;
        }
        LOG.infof("Backup downloaded by %s (%d bytes)", user.getUsername(), Files.size(script));
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(script)) {
                in.transferTo(out);
            } finally {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        String name = "alliance-tracker-" + LocalDateTime.now().format(STAMP) + ".sql.gz";
        return Response.ok(body, "application/gzip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .header("Content-Length", Files.size(script)).build();
    }
}
