import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

/**
 * Fills a migrated, empty Alliance Tracker database with a large data set for benchmarks: 10,000 organizations,
 * 100 alliances, 50,000 memberships, 2,000 sources and 100,000 changes in the audit log (a "created" entry per record
 * and "updated" entries for the rest), so that pages, charts, searches and the change feed run at scale.
 *
 * <p>Run with the JDBC driver on the class path, the application stopped:
 * {@code java -cp h2.jar bench/GenerateData.java jdbc:h2:file:/tmp/bench/alliance-tracker tracker ""}
 */
public class GenerateData {

    static final int ORGANIZATIONS = 10_000;
    static final int ALLIANCES = 100;
    /** Each alliance's tiers, highest first. */
    static final String[] TIERS = {"Platinum", "Gold", "Silver"};
    static final int MEMBERSHIPS = 50_000;
    static final int CHANGES = 100_000;
    /** Sources, as a search finds them by title or publisher; no fact cites them. */
    static final int SOURCES = 2_000;
    static final int PUBLISHERS = 40;
    static final int BATCH = 1_000;

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:./data/alliance-tracker";
        String user = args.length > 1 ? args[1] : "tracker";
        String password = args.length > 2 ? args[2] : "";
        Random random = new Random(2011);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from organization")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("The database already holds organizations: start from an empty one"
                            + " (TRACKER_DEMO_DATA=false).");
                }
            }
            long started = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            long changes = 0;

            try (PreparedStatement org = db.prepareStatement(
                    "insert into organization (id, slug, name, kind, description) values (?, ?, ?, 'COMPANY', ?)");
                    PreparedStatement audit = audit(db)) {
                for (int i = 1; i <= ORGANIZATIONS; i++) {
                    org.setLong(1, i);
                    org.setString(2, "org-" + i);
                    org.setString(3, "Organization " + i);
                    org.setString(4, "A generated organization for benchmarks.");
                    org.addBatch();
                    addAudit(audit, ++changes, now, "CREATED", "organization", i, "Created organization: Organization " + i,
                            null, "{\"name\":\"Organization " + i + "\",\"slug\":\"org-" + i + "\",\"kind\":\"COMPANY\"}");
                    if (i % BATCH == 0) {
                        org.executeBatch();
                        audit.executeBatch();
                    }
                }
                org.executeBatch();
                audit.executeBatch();
            }

            try (PreparedStatement alliance = db.prepareStatement("insert into alliance (id, slug, name, founded_earliest,"
                    + " founded_latest, founded_precision, description) values (?, ?, ?, ?, ?, 'YEAR', ?)");
                    PreparedStatement tier = db.prepareStatement(
                            "insert into membership_tier (id, alliance_id, name, tier_rank) values (?, ?, ?, ?)");
                    PreparedStatement audit = audit(db)) {
                for (int a = 1; a <= ALLIANCES; a++) {
                    // Founded before any member joins (the first in 2000): a membership may not precede its alliance.
                    int year = 1990 + a % 10;
                    alliance.setLong(1, a);
                    alliance.setString(2, "alliance-" + a);
                    alliance.setString(3, "Alliance " + a);
                    alliance.setDate(4, Date.valueOf(LocalDate.of(year, 1, 1)));
                    alliance.setDate(5, Date.valueOf(LocalDate.of(year, 12, 31)));
                    alliance.setString(6, "A generated alliance for benchmarks.");
                    alliance.addBatch();
                    // The alliance's history comes before its tiers', as a mirror must create it first.
                    addAudit(audit, ++changes, now, "CREATED", "alliance", a, "Created alliance: Alliance " + a, null,
                            "{\"name\":\"Alliance " + a + "\",\"slug\":\"alliance-" + a + "\",\"founded\":\"" + year + "\"}");
                    for (int t = 1; t <= TIERS.length; t++) {
                        long id = (a - 1L) * TIERS.length + t;
                        String name = TIERS[t - 1];
                        tier.setLong(1, id);
                        tier.setLong(2, a);
                        tier.setString(3, name);
                        tier.setInt(4, t);
                        tier.addBatch();
                        addAudit(audit, ++changes, now, "CREATED", "tier", id, "Created membership tier: " + name
                                + " (Alliance " + a + ")", null, "{\"alliance\":\"" + a + "\",\"name\":\"" + name
                                + "\",\"rank\":\"" + t + "\",\"description\":\"\"}");
                    }
                }
                alliance.executeBatch();
                tier.executeBatch();
                audit.executeBatch();
            }

            try (PreparedStatement membership = db.prepareStatement("insert into membership (id, organization_id,"
                    + " alliance_id, tier_id, joined_earliest, joined_latest, joined_precision, departed_earliest,"
                    + " departed_latest, departed_precision, founding) values (?, ?, ?, ?, ?, ?, 'MONTH', ?, ?, ?, ?)");
                    PreparedStatement audit = audit(db)) {
                for (int m = 1; m <= MEMBERSHIPS; m++) {
                    int alliance = 1 + (m - 1) % ALLIANCES;
                    int organization = 1 + (m * 7919) % ORGANIZATIONS;
                    // The same organization and alliance come back every 10,000 memberships; each return joins in
                    // a later band of four years, so no two share a joining month (the schema refuses that).
                    YearMonth joined = YearMonth.of(2000 + 4 * ((m - 1) / ORGANIZATIONS) + random.nextInt(4), 1 + random.nextInt(12));
                    boolean left = random.nextInt(4) == 0;
                    membership.setLong(1, m);
                    membership.setLong(2, organization);
                    membership.setLong(3, alliance);
                    membership.setLong(4, (alliance - 1L) * TIERS.length + 1 + random.nextInt(TIERS.length));
                    membership.setDate(5, Date.valueOf(joined.atDay(1)));
                    membership.setDate(6, Date.valueOf(joined.atEndOfMonth()));
                    if (left) {
                        LocalDate departed = joined.plusYears(1 + random.nextInt(5)).atDay(1);
                        membership.setDate(7, Date.valueOf(departed));
                        membership.setDate(8, Date.valueOf(departed.withDayOfMonth(departed.lengthOfMonth())));
                        membership.setString(9, "MONTH");
                    } else {
                        membership.setNull(7, java.sql.Types.DATE);
                        membership.setNull(8, java.sql.Types.DATE);
                        membership.setNull(9, java.sql.Types.VARCHAR);
                    }
                    membership.setBoolean(10, m <= ALLIANCES * 5);
                    membership.addBatch();
                    addAudit(audit, ++changes, now, "CREATED", "membership", m, "Created membership: Organization "
                            + organization + " in Alliance " + alliance, null, "{\"alliance\":\"" + alliance
                            + "\",\"organization\":\"" + organization + "\",\"joined\":\"" + joined + "\"}");
                    if (m % BATCH == 0) {
                        membership.executeBatch();
                        audit.executeBatch();
                    }
                }
                membership.executeBatch();
                audit.executeBatch();
            }

            try (PreparedStatement source = db.prepareStatement("insert into source (id, title, publisher,"
                    + " published_earliest, published_latest, published_precision) values (?, ?, ?, ?, ?, 'MONTH')");
                    PreparedStatement audit = audit(db)) {
                for (int i = 1; i <= SOURCES; i++) {
                    String title = "Report " + i + " on Organization " + (1 + random.nextInt(ORGANIZATIONS));
                    String publisher = "Publisher " + (1 + i % PUBLISHERS);
                    YearMonth published = YearMonth.of(2000 + random.nextInt(25), 1 + random.nextInt(12));
                    source.setLong(1, i);
                    source.setString(2, title);
                    source.setString(3, publisher);
                    source.setDate(4, Date.valueOf(published.atDay(1)));
                    source.setDate(5, Date.valueOf(published.atEndOfMonth()));
                    source.addBatch();
                    addAudit(audit, ++changes, now, "CREATED", "source", i, "Created source: " + title, null,
                            "{\"title\":\"" + title + "\",\"publisher\":\"" + publisher + "\",\"published\":\""
                            + published + "\"}");
                    if (i % BATCH == 0) {
                        source.executeBatch();
                        audit.executeBatch();
                    }
                }
                source.executeBatch();
                audit.executeBatch();
            }

            try (PreparedStatement audit = audit(db)) {
                for (int u = 1; changes < CHANGES; u++) {
                    int m = 1 + random.nextInt(MEMBERSHIPS);
                    addAudit(audit, ++changes, now, "UPDATED", "membership", m, "Updated membership " + m,
                            "{\"notes\":\"\"}", "{\"notes\":\"Revision " + u + "\"}");
                    if (u % BATCH == 0) {
                        audit.executeBatch();
                    }
                }
                audit.executeBatch();
            }

            try (Statement s = db.createStatement()) {
                for (String table : new String[] {"organization", "alliance", "membership_tier", "membership", "source",
                        "audit_entry"}) {
                    s.execute("alter table " + table + " alter column id restart with " + (count(db, table) + 1));
                }
                s.executeUpdate("update feed_head set writes = writes + " + changes + ", changed_at = current_timestamp where id = 1");
                // Records written here, behind the application's back, have no history: the next start looks for them.
                s.executeUpdate("update feed_head set baseline_schema_version = null where id = 1");
            }
            db.commit();
            System.out.printf("Generated %,d organizations, %,d alliances, %,d memberships, %,d sources and %,d changes"
                    + " in %.1f s%n", ORGANIZATIONS, ALLIANCES, MEMBERSHIPS, SOURCES, changes,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    static PreparedStatement audit(Connection db) throws Exception {
        return db.prepareStatement("insert into audit_entry (id, changed_at, username, action, record_type, record_id,"
                + " summary, before_values, after_values) values (?, ?, 'generator', ?, ?, ?, ?, ?, ?)");
    }

    static void addAudit(PreparedStatement audit, long id, Timestamp at, String action, String type, long recordId,
            String summary, String before, String after) throws Exception {
        audit.setLong(1, id);
        audit.setTimestamp(2, at);
        audit.setString(3, action);
        audit.setString(4, type);
        audit.setLong(5, recordId);
        audit.setString(6, summary);
        audit.setString(7, before);
        audit.setString(8, after);
        audit.addBatch();
    }

    static long count(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select max(id) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
