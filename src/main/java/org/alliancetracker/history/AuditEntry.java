package org.alliancetracker.history;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** One change to one record: who, when, what, and the record's values before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    public enum Action {
        CREATED, UPDATED, DELETED
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    /**
     * The kinds of record the history and the change feed hold, each with its entity's name, in the order a mirror
     * can create them: what a record refers to comes before it.
     */
    private static final Map<String, String> ENTITY_BY_RECORD_TYPE = Stream.of(Map.entry("source", "Source"),
            Map.entry("organization", "Organization"), Map.entry("former-name", "FormerName"),
            Map.entry("project", "Project"), Map.entry("alliance", "Alliance"), Map.entry("tier", "MembershipTier"),
            Map.entry("membership", "Membership"), Map.entry("backing", "Backing"),
            Map.entry("backer-change", "BackerChange"), Map.entry("ownership", "OwnershipEvent"),
            Map.entry("reported-count", "ReportedCount"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

    /** The kinds of record the history and the change feed hold, in the order a mirror can create them. */
    public static final List<String> RECORD_TYPES = List.copyOf(ENTITY_BY_RECORD_TYPE.keySet());

    /**
     * The record types in a comma-separated list, as a webhook stores them, or as a script or bot sends them to a
     * webhook's form or the change feed.
     */
    public static List<String> recordTypesIn(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(type -> !type.isEmpty()).toList();
    }

    /** The name of the entity, for queries, behind one of {@link #RECORD_TYPES}. */
    public static String entityName(String recordType) {
        String entity = ENTITY_BY_RECORD_TYPE.get(recordType);
        if (entity == null) {
            throw new IllegalArgumentException("Not a kind of record in the history: " + recordType);
        }
        return entity;
    }

    /** One of {@link #RECORD_TYPES}. */
    @Column(nullable = false)
    public String recordType;

    @Column(nullable = false)
    public long recordId;

    @Column(nullable = false, length = 500)
    public String summary;

    @Column(length = 1_000_000)
    public String beforeValues;

    @Column(length = 1_000_000)
    public String afterValues;

    public Long revertsEntryId;

    /** The import whose applying made this change, if one did: what undoing that import reverts. */
    public Long importJobId;

    /**
     * The deletion that made this change, if one did: a record deleted with the deleted one, or one that named it and
     * no longer does. Reverting that deletion reverts this change too.
     */
    public Long cascadeOfEntryId;

    public Map<String, String> before() {
        return read(beforeValues);
    }

    public Map<String, String> after() {
        return read(afterValues);
    }

    /**
     * The values each of these records of the type had when it was deleted, by id, in one query: what the history
     * names a record by once it is gone. A record still there, or deleted before the history began, is left out.
     */
    public static Map<Long, Map<String, String>> valuesWhenDeleted(String type, Collection<Long> ids) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        if (!ids.isEmpty()) {
            AuditEntry.<AuditEntry>list("recordType = ?1 and action = ?2 and recordId in ?3 order by id", type,
                    Action.DELETED, ids).forEach(deletion -> values.put(deletion.recordId, deletion.before()));
        }
        return values;
    }

    /**
     * Which of these changes have nothing left to revert: a creation or update of a record deleted since (and not
     * restored), a deletion of a record restored since. Whether a record is there now is read from its last creation
     * and deletion, so one query serves a page of changes to records of every kind.
     */
    public static Set<AuditEntry> unrevertable(List<AuditEntry> changes) {
        Map<String, Long> lastCreated = new HashMap<>();
        Map<String, Long> lastDeleted = new HashMap<>();
        if (!changes.isEmpty()) {
            // The types as well as the ids, so that the index of each record's changes finds them.
            getEntityManager().createQuery("select e.recordType, e.recordId, e.action, max(e.id) from AuditEntry e"
                    + " where e.action in ?1 and e.recordType in ?2 and e.recordId in ?3"
                    + " group by e.recordType, e.recordId, e.action", Object[].class)
                    .setParameter(1, List.of(Action.CREATED, Action.DELETED))
                    .setParameter(2, changes.stream().map(c -> c.recordType).collect(Collectors.toSet()))
                    .setParameter(3, changes.stream().map(c -> c.recordId).collect(Collectors.toSet()))
                    .getResultStream()
                    .forEach(row -> (row[2] == Action.CREATED ? lastCreated : lastDeleted)
                            .put(row[0] + " " + row[1], (Long) row[3]));
        }
        return changes.stream().filter(c -> {
            String record = c.recordType + " " + c.recordId;
            boolean gone = lastDeleted.getOrDefault(record, 0L) > lastCreated.getOrDefault(record, 0L);
            return c.action == Action.DELETED ? !gone : gone;
        }).collect(Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /** The changes the import made, the latest first: the order in which undoing it reverts them. One query. */
    public static List<AuditEntry> ofImportLatestFirst(long importJobId) {
        return list("importJobId = ?1 order by id desc", importJobId);
    }

    /** How many changes of each action the import made. One query. */
    public static Map<Action, Long> countOfImportByAction(long importJobId) {
        Map<Action, Long> counts = new EnumMap<>(Action.class);
        getEntityManager().createQuery("select e.action, count(e) from AuditEntry e where e.importJobId = ?1"
                + " group by e.action", Object[].class).setParameter(1, importJobId).getResultStream()
                .forEach(row -> counts.put((Action) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Up to {@code limit} changes made after the import's last one to records it made or changed, the earliest first:
     * what undoing the import would overwrite. One query.
     */
    public static List<AuditEntry> laterChangesToRecordsOf(long importJobId, long lastEntryId, int limit) {
        // From the import's changes to each record's later ones, along the index of a record's changes.
        return find("""
                select e from AuditEntry j, AuditEntry e where j.importJobId = ?1 and e.recordType = j.recordType
                    and e.recordId = j.recordId and e.id > ?2
                order by e.id""", importJobId, lastEntryId).page(0, limit).list();
    }

    /** The changes the deletion made to other records, the latest first: the order in which they are reverted. */
    public static List<AuditEntry> cascadeOfLatestFirst(AuditEntry deletion) {
        return list("cascadeOfEntryId = ?1 order by id desc", deletion.id);
    }

    /** How many changes each of these deletions made to other records, by the deletion's id (none left out). */
    public static Map<Long, Long> cascadeSizes(List<AuditEntry> changes) {
        Map<Long, Long> sizes = new HashMap<>();
        List<Long> deletions = changes.stream().filter(c -> c.action == Action.DELETED).map(c -> c.id).toList();
        if (!deletions.isEmpty()) {
            getEntityManager().createQuery("select e.cascadeOfEntryId, count(e) from AuditEntry e"
                    + " where e.cascadeOfEntryId in ?1 group by e.cascadeOfEntryId", Object[].class)
                    .setParameter(1, deletions).getResultStream()
                    .forEach(row -> sizes.put((Long) row[0], (Long) row[1]));
        }
        return sizes;
    }

    /** The latest change that reverted each of these changes, by the reverted change's id (none for the others). */
    public static Map<Long, Long> latestRevertsOf(List<AuditEntry> changes) {
        Map<Long, Long> reverts = new HashMap<>();
        if (!changes.isEmpty()) {
            getEntityManager().createQuery("select e.revertsEntryId, max(e.id) from AuditEntry e"
                    + " where e.revertsEntryId in ?1 group by e.revertsEntryId", Object[].class)
                    .setParameter(1, changes.stream().map(c -> c.id).toList()).getResultStream()
                    .forEach(row -> reverts.put((Long) row[0], (Long) row[1]));
        }
        return reverts;
    }

    /**
     * The latest change to each record these updates changed, by "type id" ({@link #recordKey}): its values after
     * are the record's values now, which the history compares with each update's. One query for a page.
     */
    public static Map<String, AuditEntry> latestChangesToRecordsOf(List<AuditEntry> changes) {
        List<AuditEntry> updates = changes.stream().filter(c -> c.action == Action.UPDATED).toList();
        if (updates.isEmpty()) {
            return Map.of();
        }
        Map<String, AuditEntry> latest = new HashMap<>();
        AuditEntry.<AuditEntry>list("id in (select max(e.id) from AuditEntry e where e.recordId in ?1"
                + " and e.recordType in ?2 group by e.recordType, e.recordId)",
                updates.stream().map(c -> c.recordId).distinct().toList(),
                updates.stream().map(c -> c.recordType).distinct().toList())
                .forEach(change -> latest.put(change.recordKey(), change));
        return latest;
    }

    /** The record a change concerns, as "type id". */
    public String recordKey() {
        return recordType + " " + recordId;
    }

    /** Marks these changes as the deletion's: a statement for each thousand of them. */
    public static void markCascadeOf(AuditEntry deletion, List<AuditEntry> changes) {
        List<Long> ids = changes.stream().map(c -> c.id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            update("cascadeOfEntryId = ?1 where id in ?2", deletion.id, ids.subList(from,
                    Math.min(ids.size(), from + 1000)));
        }
    }

    /** The deletions recorded after this entry, the earliest first: what a transaction that wrote it deleted. */
    public static List<AuditEntry> deletionsAfter(long entryId) {
        return list("id > ?1 and action = ?2 order by id", entryId, Action.DELETED);
    }

    private static Map<String, String> read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("The audit log holds JSON it wrote itself", e);
        }
    }

    /**
     * Takes the feed head's row lock for the rest of the transaction: writers of the log commit one after the
     * other, so entry ids become visible in increasing order and the change feed never skips one. Every write
     * passes here, so here the {@link DataVersionClock} learns that the version moves once the transaction ends.
     */
    public static void lockFeedHead() {
        Arc.container().instance(DataVersionClock.class).get().writing();
        getEntityManager().createNativeQuery("update feed_head set writes = writes + 1, changed_at = ?1 where id = 1")
                .setParameter(1, OffsetDateTime.now()).executeUpdate();
    }

    /** The version of the latest migration applied (from Flyway's own table, whose names it quotes). */
    public static String schemaVersion() {
        return (String) getEntityManager().createNativeQuery("select \"version\" from \"flyway_schema_history\""
                + " where \"success\" order by \"installed_rank\" desc").setMaxResults(1).getSingleResult();
    }

    /** The schema version at which every record last had its history, or null when that is unknown. */
    public static String baselineSchemaVersion() {
        return (String) getEntityManager().createNativeQuery(
                "select baseline_schema_version from feed_head where id = 1").getSingleResult();
    }

    /** Notes that every record has its history at this schema version (not a write: the data version stays). */
    public static void markBaselineComplete(String schemaVersion) {
        getEntityManager().createNativeQuery("update feed_head set baseline_schema_version = ?1 where id = 1")
                .setParameter(1, schemaVersion).executeUpdate();
    }

    /** The data version: how many writes there have been, and when the latest was (null before any). */
    public static Object[] dataVersion() {
        return (Object[]) getEntityManager().createNativeQuery("select writes, changed_at from feed_head where id = 1")
                .getSingleResult();
    }

    /**
     * Up to {@code limit} entries after the id, oldest first, to the kinds of record given or to every kind: a page of
     * the change feed (one kind read in the order of the index of migration V17).
     */
    public static List<AuditEntry> after(long afterId, List<String> recordTypes, int limit) {
        return (recordTypes.isEmpty() ? find("id > ?1 order by id", afterId)
                : find("id > ?1 and recordType in ?2 order by id", afterId, recordTypes)).page(0, limit).list();
    }

    /** The id of the latest entry, the head of the change feed: 0 before any. One query. */
    public static long latestId() {
        Long latest = getEntityManager().createQuery("select max(id) from AuditEntry", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /**
     * Up to {@code limit} records of the type, by record id after {@code afterRecordId}, as they were once the entry
     * {@code asOf} was written: each one's latest entry up to it, left out where that entry is its deletion. One query
     * along the index of migration V3, ordered by all its columns so that H2 reads it in order and stops at the
     * limit (by the record id alone, it read every entry of the type after it: 260 ms a page of 50,000 memberships).
     */
    public static List<AuditEntry> latestOf(String recordType, long afterRecordId, long asOf, int limit) {
        return find("""
                from AuditEntry e
                where e.recordType = :type and e.recordId > :after and e.action <> :deleted
                and e.id = (select max(x.id) from AuditEntry x
                            where x.recordType = :type and x.recordId = e.recordId and x.id <= :asOf)
                order by e.recordType, e.recordId, e.id""", Parameters.with("type", recordType)
                .and("after", afterRecordId).and("deleted", Action.DELETED).and("asOf", asOf)).page(0, limit).list();
    }

    /** The newest entries first, older than {@code beforeId} when given. */
    public static List<AuditEntry> recent(Long beforeId, int limit) {
        return recent(beforeId, null, null, limit);
    }

    /**
     * Up to {@code limit} entries before the id (or the latest), newest first: those the user made and of the kind
     * of record, where given (each in the order of an index, migration V17).
     */
    public static List<AuditEntry> recent(Long beforeId, String username, String recordType, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (beforeId != null) {
            conditions.add("id < :before");
            parameters.and("before", beforeId);
        }
        if (username != null) {
            conditions.add("username = :username");
            parameters.and("username", username);
        }
        if (recordType != null) {
            conditions.add("recordType = :type");
            parameters.and("type", recordType);
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return find(where + "order by id desc", parameters).page(0, limit).list();
    }

    /**
     * Up to {@code limit} of the changes the user made from the one with this id on that are left to revert, newest
     * first: not reverted already, not made with a deletion (reverting that deletion reverts them), and not the
     * user's own revert of a change of theirs from then on (the two undo each other). One query, in the order of an
     * index (migration V17); the reverts are looked for among the later changes only.
     */
    public static List<AuditEntry> leftToRevertBy(String username, long fromId, int limit) {
        return find("username = ?1 and id >= ?2 and cascadeOfEntryId is null"
                + " and id not in (select r.revertsEntryId from AuditEntry r where r.id > ?2"
                + " and r.revertsEntryId is not null)"
                + " and (revertsEntryId is null or revertsEntryId < ?2 or revertsEntryId not in"
                + " (select own.id from AuditEntry own where own.username = ?1 and own.id >= ?2))"
                + " order by id desc", username, fromId).page(0, limit).list();
    }

    /**
     * A LIKE pattern for the values of a record whose field refers to the record with this id: AuditLog writes the
     * values as one JSON object of strings, as in {@code {"alliance":"12","organization":"7",...}}.
     */
    private static String referring(String field, long id) {
        return "%\"" + field + "\":\"" + id + "\"%";
    }

    /** The newest changes to the alliance itself and to its memberships, tiers and reported counts. */
    public static List<AuditEntry> concerningAlliance(long allianceId, int limit) {
        String reference = referring("alliance", allianceId);
        return find("""
                (recordType = 'alliance' and recordId = ?1)
                or (recordType in ('membership', 'tier', 'reported-count')
                    and (afterValues like ?2 or beforeValues like ?2))
                order by id desc""", allianceId, reference).page(0, limit).list();
    }

    /** The newest changes to the project itself, to its backings, and to the moves to and from it. */
    public static List<AuditEntry> concerningProject(long projectId, int limit) {
        String backing = referring("project", projectId);
        String movedFrom = referring("fromProject", projectId);
        String movedTo = referring("toProject", projectId);
        return find("""
                (recordType = 'project' and recordId = ?1)
                or (recordType = 'backing' and (afterValues like ?2 or beforeValues like ?2))
                or (recordType = 'backer-change' and (afterValues like ?3 or beforeValues like ?3
                    or afterValues like ?4 or beforeValues like ?4))
                order by id desc""", projectId, backing, movedFrom, movedTo).page(0, limit).list();
    }

    /**
     * The newest changes to the organization itself, to its former names, memberships, backings and moves between
     * projects, and to the acquisitions it made or underwent.
     */
    public static List<AuditEntry> concerningOrganization(long organizationId, int limit) {
        String reference = referring("organization", organizationId);
        String acquirer = referring("acquirer", organizationId);
        String acquired = referring("acquired", organizationId);
        return find("""
                (recordType = 'organization' and recordId = ?1)
                or (recordType in ('former-name', 'membership', 'backing', 'backer-change')
                    and (afterValues like ?2 or beforeValues like ?2))
                or (recordType = 'ownership' and (afterValues like ?3 or beforeValues like ?3
                    or afterValues like ?4 or beforeValues like ?4))
                order by id desc""", organizationId, reference, acquirer, acquired).page(0, limit).list();
    }

    public static List<AuditEntry> of(String type, long id) {
        return list("recordType = ?1 and recordId = ?2 order by id desc", type, id);
    }
}
