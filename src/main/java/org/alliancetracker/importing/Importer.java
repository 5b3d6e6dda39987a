package org.alliancetracker.importing;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.backing.BackingEditor;
import org.alliancetracker.backing.BackingRole;
import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.membership.MembershipEditor;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationEditor;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.project.Project;
import org.alliancetracker.web.Formats;

/**
 * Runs a CSV import through the same editors, validation and audit log as the forms, in one transaction: as a
 * preview (rolled back, reporting what each line would do and every error with its line), or for real (committed
 * only when every line is valid). Rows are matched by slug (organizations), by alliance, organization and joining
 * date (memberships), or by project, organization and start (backings), so importing the same file twice changes
 * nothing the second time.
 */
@ApplicationScoped
public class Importer {

    /**
     * The columns of each kind of file; organizations, memberships and backings as the organizations', an alliance's
     * and a project's CSV write them.
     */
    public static final List<String> ORGANIZATION_COLUMNS = List.of("slug", "name", "kind", "website", "description");
    static final List<String> MEMBERSHIP_COLUMNS = List.of("alliance", "organization", "organization_name", "tier",
            "joined", "left", "founding", "notes", "sources");
    static final List<String> BACKING_COLUMNS = List.of("project", "organization", "organization_name", "role", "from",
            "to", "notes", "sources");
    static final int PROGRESS_EVERY = 100;
    /**
     * Rows between flushes that empty the persistence context. Hibernate checks every entity a session holds before
     * each query, so a session that kept all of an import's records made it quadratic: 5,000 rows took over a
     * minute, past the transaction's timeout.
     */
    static final int ROWS_PER_SESSION = 100;
    /** A large file's preview and import each run in one transaction, which may take minutes. */
    static final int TRANSACTION_TIMEOUT_SECONDS = 600;

    @Inject
    Validator validator;

    @Inject
    AuditLog log;

    @Inject
    OrganizationEditor organizations;

    @Inject
    MembershipEditor memberships;

    @Inject
    BackingEditor backings;

    /** Thrown to roll back a run; carries the plan it made. */
    static final class RolledBack extends RuntimeException {
        final ImportPlan plan;

        RolledBack(ImportPlan plan) {
            super("import rolled back", null, false, false);
            this.plan = plan;
        }
    }

    /** The whole plan of an import, from a run that is rolled back, reporting the rows read so far. */
    ImportPlan dryRun(ImportJob job, IntConsumer progress) {
        try {
            QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).run(() -> {
                throw new RolledBack(run(job, progress, false));
            });
        } catch (RolledBack e) {
            return e.plan;
        }
        throw new IllegalStateException("a preview always rolls back");
    }

    /** Applies the import in one transaction, or nothing of it when any line has an error. */
    public ImportPlan apply(ImportJob job, String username) {
        log.actAs(username);
        log.forImport(job.id);
        try {
            return QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).call(() -> {
                ImportPlan plan = run(job, count -> progress(job.id, count), true);
                if (plan.isBlocked()) {
                    throw new RolledBack(plan);
                }
                return plan;
            });
        } catch (RolledBack e) {
            return e.plan;
        }
    }

    /**
     * Reads every row into the current transaction; the caller commits or rolls back. Rows read so far are reported
     * every {@link #PROGRESS_EVERY} rows and at the end. Only a run that is applied records its changes in the
     * change feed (see {@link ImportPlan#applying}), after its last row: each entry takes the feed's head until the
     * commit, and other editors' saves wait for it, so they wait for the writing of the entries alone rather than for
     * the whole import.
     */
    ImportPlan run(ImportJob job, IntConsumer progress, boolean applying) {
        ImportPlan plan = new ImportPlan(applying);
        String text = job.content;
        try (CSVParser parser = CsvFiles.readFormat(CsvFiles.delimiter(text)).parse(new StringReader(text))) {
            Map<String, String> headers = new HashMap<>();
            parser.getHeaderNames().forEach(h -> headers.put(h.strip().toLowerCase(Locale.ROOT), h));
            Set<String> required = switch (job.kind) {
                case ORGANIZATIONS -> Set.of("slug", "name");
                case MEMBERSHIPS -> Set.of("alliance", "organization", "joined");
                case BACKINGS -> Set.of("project", "organization");
            };
            List<String> missing = required.stream().filter(r -> !headers.containsKey(r)).sorted().toList();
            if (!missing.isEmpty()) {
                plan.error(1, "The header line lacks the columns " + String.join(", ", missing) + ". Expected: "
                        + String.join(",", switch (job.kind) {
                            case ORGANIZATIONS -> ORGANIZATION_COLUMNS;
                            case MEMBERSHIPS -> MEMBERSHIP_COLUMNS;
                            case BACKINGS -> BACKING_COLUMNS;
                        }) + ".");
                return plan;
            }
            Map<String, Organization> createdOrganizations = new HashMap<>();
            MisspeltSlugs misspelt = new MisspeltSlugs();
            int count = 0;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                Map<String, String> cells = new HashMap<>();
                headers.forEach((key, header) -> cells.put(key, record.isSet(header) ? record.get(header) : null));
                switch (job.kind) {
                    case ORGANIZATIONS -> organizationRow(plan, line, cells, createdOrganizations);
                    case MEMBERSHIPS -> membershipRow(plan, line, cells, createdOrganizations, misspelt);
                    case BACKINGS -> backingRow(plan, line, cells, createdOrganizations, misspelt);
                }
                count++;
                if (count % ROWS_PER_SESSION == 0) {
                    // The records made so far stay in the transaction; the session forgets them (those the
                    // file refers to again are read again, by id or slug).
                    Panache.getEntityManager().flush();
                    Panache.getEntityManager().clear();
                }
                if (count % PROGRESS_EVERY == 0) {
                    progress.accept(count);
                }
            }
            if (applying && !plan.isBlocked()) {
                recordInFeed(plan.feedEntries);
            } else if (!plan.isBlocked()) {
                NewDuplicates.warn(plan, createdOrganizations);
            }
            progress.accept(count);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            plan.error(0, "The file is not readable CSV: " + e.getMessage());
        }
        return plan;
    }

    private void recordInFeed(List<ImportPlan.FeedEntry> entries) {
        int written = 0;
        for (ImportPlan.FeedEntry e : entries) {
            log.record(e.action(), e.type(), e.id(), e.summary(), e.before(), e.after(), null);
            if (++written % ROWS_PER_SESSION == 0) {
                Panache.getEntityManager().flush();
                Panache.getEntityManager().clear(); // as for the rows: a session holding every entry is quadratic
            }
        }
    }

    /** Records how many rows or changes of the job are done, in a transaction of its own, for its page. */
    static void progress(long jobId, int processed) {
        QuarkusTransaction.requiringNew()
                .run(() -> ImportJob.update("processedRows = ?1 where id = ?2", processed, jobId));
    }

    private void organizationRow(ImportPlan plan, int line, Map<String, String> cells,
            Map<String, Organization> created) {
        String slug = cell(cells, "slug");
        if (slug == null) {
            plan.error(line, "slug: a slug is required.");
            return;
        }
        if (created.containsKey(slug)) {
            plan.error(line, "slug: " + slug + " appears twice in the file.");
            return;
        }
        Organization existing = Organization.findBySlugOrFormer(slug).orElse(null);
        if (existing != null && !existing.slug.equals(slug)) {
            // The slug is this row's key and one of its values: neither making a second organization at the old
            // address nor moving this one back to it is what the file can have meant.
            plan.error(line, "slug: " + slug + " is the former slug of " + existing.name + ", now " + existing.slug
                    + ": write that one to update it, or another one for a new organization.");
            return;
        }
        Map<String, String> values = existing == null ? new LinkedHashMap<>() : organizations.values(existing);
        values.put("slug", slug);
        overlay(values, cells, "name", "website", "description");
        if (cells.get("kind") != null) {
            String kind = kind(cell(cells, "kind"));
            if (kind == null) {
                plan.error(line, "kind: use one of " + Formats.series(Arrays.stream(OrganizationKind.values())
                        .map(k -> k.label.toLowerCase(Locale.ROOT)).toList(), "or") + ", not '"
                        + abbreviate(cell(cells, "kind")) + "'.");
                return;
            }
            values.put("kind", kind);
        } else {
            values.putIfAbsent("kind", OrganizationKind.COMPANY.name());
        }
        Organization saved = save(plan, line, organizations, existing, values);
        if (saved != null) {
            created.put(slug, saved);
        }
    }

    private void membershipRow(ImportPlan plan, int line, Map<String, String> cells,
            Map<String, Organization> created, MisspeltSlugs misspelt) {
        String allianceSlug = cell(cells, "alliance");
        Alliance alliance = allianceSlug == null ? null : Alliance.findBySlugOrFormer(allianceSlug).orElse(null);
        if (alliance == null) {
            plan.error(line, "alliance: no alliance has the slug '" + abbreviate(allianceSlug) + "'."
                    + (allianceSlug == null ? "" : misspelt.alliance(allianceSlug)));
            return;
        }
        Organization organization = organizationOf(plan, line, cells, created, misspelt);
        if (organization == null) {
            return;
        }
        String joined = cell(cells, "joined");
        Membership existing = joined == null ? null : Membership.<Membership>list(
                "alliance = ?1 and organization = ?2", alliance, organization).stream()
                .filter(m -> m.joined.iso().equals(joined)).findFirst().orElse(null);
        Map<String, String> values = existing == null ? new LinkedHashMap<>() : memberships.values(existing);
        values.put("alliance", String.valueOf(alliance.id));
        values.put("organization", String.valueOf(organization.id));
        values.put("joined", joined == null ? "" : joined);
        if (cells.get("left") != null) {
            values.put("departed", orEmpty(cell(cells, "left")));
        }
        if (cells.get("founding") != null) {
            String founding = orEmpty(cell(cells, "founding")).toLowerCase(Locale.ROOT);
            if (!founding.matches("|yes|no|true|false|1|0|y|n")) {
                plan.error(line, "founding: use yes or no, not '" + abbreviate(founding) + "'.");
                return;
            }
            values.put("founding", String.valueOf(founding.matches("yes|true|1|y")));
        }
        if (cells.get("notes") != null) {
            values.put("notes", orEmpty(cell(cells, "notes")));
        }
        if (cells.get("sources") != null) {
            values.put("sources", orEmpty(cell(cells, "sources")));
        }
        if (cells.get("tier") != null) {
            String tierName = cell(cells, "tier");
            if (tierName == null) {
                values.put("tier", "");
            } else {
                List<MembershipTier> tiers = MembershipTier.of(alliance);
                MembershipTier tier = tiers.stream().filter(t -> t.name.equalsIgnoreCase(tierName)).findFirst()
                        .orElse(null);
                if (tier == null) {
                    plan.error(line, "tier: " + alliance.name + " has no tier called '" + abbreviate(tierName) + "'; "
                            + (tiers.isEmpty() ? "it has no tiers: leave the column empty."
                                    : "its tiers are " + Formats.series(tiers.stream().map(t -> t.name).toList(),
                                            "and") + "."));
                    return;
                }
                values.put("tier", String.valueOf(tier.id));
            }
        }
        save(plan, line, memberships, existing, values);
    }

    /**
     * The organization a row's {@code organization} slug names: one of the file's, or of the data, or a company
     * created from {@code organization_name}; null after reporting why there is none.
     */
    private Organization organizationOf(ImportPlan plan, int line, Map<String, String> cells,
            Map<String, Organization> created, MisspeltSlugs misspelt) {
        String slug = cell(cells, "organization");
        if (slug == null) {
            plan.error(line, "organization: an organization slug is required.");
            return null;
        }
        Organization organization = created.containsKey(slug) ? created.get(slug)
                : Organization.findBySlugOrFormer(slug).orElse(null);
        if (organization != null) {
            return organization;
        }
        String name = cell(cells, "organization_name");
        if (name == null) {
            plan.error(line, "organization: no organization has the slug '" + abbreviate(slug)
                    + "'; give its name in organization_name to create it." + misspelt.organization(slug));
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>(Map.of("slug", slug, "name", name,
                "kind", OrganizationKind.COMPANY.name()));
        organization = save(plan, line, organizations, null, values);
        if (organization != null) {
            created.put(slug, organization);
        }
        return organization;
    }

    /**
     * A row of a project's backers, as its backers.csv writes them: matched by project, organization and start (an
     * empty start too), so that the export imports unchanged.
     */
    private void backingRow(ImportPlan plan, int line, Map<String, String> cells, Map<String, Organization> created,
            MisspeltSlugs misspelt) {
        String projectSlug = cell(cells, "project");
        Project project = projectSlug == null ? null : Project.findBySlugOrFormer(projectSlug).orElse(null);
        if (project == null) {
            plan.error(line, "project: no project has the slug '" + abbreviate(projectSlug) + "'."
                    + (projectSlug == null ? "" : misspelt.project(projectSlug)));
            return;
        }
        Organization organization = organizationOf(plan, line, cells, created, misspelt);
        if (organization == null) {
            return;
        }
        String from = orEmpty(cell(cells, "from"));
        Backing existing = Backing.<Backing>list("project = ?1 and organization = ?2", project, organization).stream()
                .filter(b -> (b.since == null ? "" : b.since.iso()).equals(from)).findFirst().orElse(null);
        Map<String, String> values = existing == null ? new LinkedHashMap<>() : backings.values(existing);
        values.put("project", String.valueOf(project.id));
        values.put("organization", String.valueOf(organization.id));
        values.put("since", from);
        if (cells.get("role") != null || existing == null) {
            String role = cell(cells, "role");
            BackingRole chosen = role == null ? null : Arrays.stream(BackingRole.values())
                    .filter(r -> r.name().equalsIgnoreCase(role) || r.label.equalsIgnoreCase(role)).findFirst()
                    .orElse(null);
            if (role != null && chosen == null) {
                plan.error(line, "role: use one of " + Arrays.stream(BackingRole.values()).map(r -> r.label)
                        .collect(Collectors.joining(", ")) + ", not '" + abbreviate(role) + "'.");
                return;
            }
            values.put("role", chosen == null ? "" : chosen.name());
        }
        if (cells.get("to") != null) {
            values.put("until", orEmpty(cell(cells, "to")));
        }
        overlay(values, cells, "notes", "sources");
        save(plan, line, backings, existing, values);
    }

    /**
     * Creates or updates one record through its editor, with validation and, when applied, an audit entry; null on
     * errors.
     */
    private <E extends TrackedEntity> E save(ImportPlan plan, int line, RecordEditor<E> editor, E existing,
            Map<String, String> values) {
        E record = existing == null ? editor.newRecord() : existing;
        Map<String, String> before = existing == null ? null : editor.values(existing);
        Map<String, String> errors = new LinkedHashMap<>();
        editor.apply(record, values, errors);
        validator.validate(record).forEach(v -> errors.putIfAbsent(editor.fieldFor(v.getPropertyPath().toString()),
                v.getMessage()));
        if (!errors.isEmpty()) {
            if (existing != null) {
                Panache.getEntityManager().refresh(existing);
            }
            errors.forEach((field, message) -> plan.error(line, columnOf(field) + ": " + message));
            return null;
        }
        Map<String, String> after = editor.values(record);
        ImportPlan.Action action = existing == null ? ImportPlan.Action.CREATE
                : after.equals(before) ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
        if (action == ImportPlan.Action.CREATE) {
            record.persist();
            Panache.getEntityManager().flush();
            if (plan.applying) {
                plan.feedEntries.add(new ImportPlan.FeedEntry(AuditEntry.Action.CREATED, editor.recordType(),
                        record.id, "Imported " + editor.noun() + ": " + editor.describe(record), null, after));
            }
        } else if (action == ImportPlan.Action.UPDATE) {
            Panache.getEntityManager().flush();
            if (plan.applying) {
                plan.feedEntries.add(new ImportPlan.FeedEntry(AuditEntry.Action.UPDATED, editor.recordType(),
                        record.id, "Imported " + editor.noun() + ": " + editor.describe(record), before, after));
            }
        }
        plan.rows.add(new ImportPlan.Row(line, action, editor.describe(record), editor.type(), after));
        return record;
    }

    /** The column of a file that holds a form's field, where their names differ. */
    private static String columnOf(String field) {
        return switch (field) {
            case "departed" -> "left";
            case "since" -> "from";
            case "until" -> "to";
            default -> field;
        };
    }

    private static void overlay(Map<String, String> values, Map<String, String> cells, String... columns) {
        for (String column : columns) {
            if (cells.get(column) != null) {
                values.put(column, orEmpty(cell(cells, column)));
            }
        }
    }

    /** The kind a cell names, by its name or its label in any case; a company when empty; null when it names none. */
    private static String kind(String text) {
        if (text == null) {
            return OrganizationKind.COMPANY.name();
        }
        for (OrganizationKind k : OrganizationKind.values()) {
            if (k.name().equalsIgnoreCase(text.replace(' ', '_')) || k.label.equalsIgnoreCase(text)) {
                return k.name();
            }
        }
        return null;
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : CsvFiles.unguarded(value.strip());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A value echoed in a line's error, cut short: a cell may hold anything. */
    private static String abbreviate(String value) {
        return Texts.abbreviate(value, 60);
    }
}
