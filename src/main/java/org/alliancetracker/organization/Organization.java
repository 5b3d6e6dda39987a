package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.NameOrder;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.SluggedEntity;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.common.Texts;
import org.alliancetracker.web.ListOrder;

/** A company, foundation, community, university or person that joins alliances and backs projects. */
@Entity
@Table(name = "organization")
public class Organization extends SluggedEntity {

    @NotBlank(message = "A name is required.")
    @Size(max = 200, message = "At most 200 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String name;

    /** The name's {@link SearchText} key, which the database computes from it (migration V14): read by searches. */
    @Column(insertable = false, updatable = false)
    private String nameKey;

    @NotNull(message = "Choose a kind.")
    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String website;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String description;

    /**
     * The first letter of the name's key as the database keeps it, under which the list's index files the name ("" for
     * a name without letters or digits, or one not yet read back from the database).
     */
    public String initial() {
        return nameKey == null || nameKey.isEmpty() ? "" : nameKey.substring(0, 1);
    }

    /**
     * The organization at the slug, or else the one that was there before an editor changed its slug (or merged it into
     * another): what a file or link written before then meant.
     */
    public static Optional<Organization> findBySlugOrFormer(String slug) {
        return findBySlug(slug)
                .or(() -> FormerSlug.recordAt("organization", slug).map(id -> Organization.<Organization>findById(id)));
    }

    public static Optional<Organization> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * Name order ({@link NameOrder}), the same in every list and form; the id settles equal names, so that pages do
     * not overlap.
     */
    private static final String BY_NAME = "order by nameKey, lower(name), id";

    /** The order of {@link #BY_NAME}, for organizations sorted in memory. */
    public static final Comparator<Organization> IN_NAME_ORDER = Comparator
            .comparing((Organization o) -> NameOrder.of(o.name)).thenComparing(o -> o.id);

    /** A stretch of the organizations' slugs in id order, for one part of the sitemap. */
    public static List<String> slugs(int offset, int count) {
        return getEntityManager().createQuery("select o.slug from Organization o order by o.id", String.class)
                .setFirstResult(offset).setMaxResults(count).getResultList();
    }

    /** The organizations after the id, of one kind or (with {@code null}) of every kind, in id order: one query. */
    public static List<Organization> pageAfter(long afterId, int limit, OrganizationKind kind) {
        return (kind == null ? Organization.find("id > ?1 order by id", afterId)
                : Organization.find("kind = ?1 and id > ?2 order by id", kind, afterId)).page(0, limit).list();
    }

    /** How many alliances the organization {@code o} has joined, past and present, in HQL. */
    private static final String ALLIANCES_JOINED =
            "(select count(distinct m.alliance.id) from Membership m where m.organization = o)";
    /** How many projects the organization {@code o} has backed, past and present, in HQL. */
    private static final String PROJECTS_BACKED =
            "(select count(distinct b.project.id) from Backing b where b.organization = o)";

    /**
     * A stretch of the organizations in the order, of one kind or (with {@code null}) of every kind, for a list shown
     * a page at a time: each with its numbers of alliances joined and projects backed. In name order, the page is read
     * first and then the counts of its organizations only (two queries): asked in the first query, they would be
     * counted for every row sorted. In the order of a count, they are counted for every row anyway (one query).
     */
    public static List<ListedOrganization> listed(OrganizationKind kind, ListOrder<ListedOrganization> order,
            int offset, int count) {
        String direction = order.isDescending() ? " desc" : "";
        if (order.column().equals("name")) {
            List<Organization> page = listOfKind(kind, "select o from Organization o %s order by o.nameKey"
                    + direction + ", lower(o.name)" + direction + ", o.id", Organization.class, offset, count);
            return withCounts(page);
        }
        String counted = switch (order.column()) {
            case "alliances" -> "joined";
            case "projects" -> "backed";
            default -> throw new IllegalArgumentException("No order of organizations by " + order.column());
        };
        return listOfKind(kind, "select o, " + ALLIANCES_JOINED + " as joined, " + PROJECTS_BACKED + " as backed"
                + " from Organization o %s order by " + counted + direction + ", o.nameKey, lower(o.name), o.id",
                Object[].class, offset, count).stream()
                .map(row -> new ListedOrganization((Organization) row[0], (Long) row[1], (Long) row[2])).toList();
    }

    /** Every organization, of one kind or (with {@code null}) of every kind, in name order: one query. */
    public static List<Organization> allInNameOrder(OrganizationKind kind) {
        return ofKind(kind, "select o from Organization o %s order by o.nameKey, lower(o.name), o.id",
                Organization.class).getResultList();
    }

    /** The stretch of a query's rows, with "%s" in it replaced by the condition on the kind, if any. */
    private static <T> List<T> listOfKind(OrganizationKind kind, String hql, Class<T> type, int offset, int count) {
        return ofKind(kind, hql, type).setFirstResult(offset).setMaxResults(count).getResultList();
    }

    /** A query with "%s" in it replaced by the condition on the kind, if any. */
    private static <T> TypedQuery<T> ofKind(OrganizationKind kind, String hql, Class<T> type) {
        TypedQuery<T> query = getEntityManager().createQuery(hql.formatted(kind == null ? "" : "where o.kind = :kind"),
                type);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }

    /**
     * How many organizations, of one kind or (with {@code null}) of every kind, there are for each first letter of a
     * name's key, in name order ("" first, for a name without letters or digits), in one query: where each letter
     * starts in the list.
     */
    public static Map<String, Long> countByInitial(OrganizationKind kind) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ofKind(kind, "select substring(o.nameKey, 1, 1) as initial, count(o) from Organization o %s"
                + " group by substring(o.nameKey, 1, 1) order by initial", Object[].class).getResultStream()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The organizations in their order, each with its numbers of alliances joined and projects backed (one query). */
    public static List<ListedOrganization> withCounts(List<Organization> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        getEntityManager().createQuery("select o.id, " + ALLIANCES_JOINED + ", " + PROJECTS_BACKED
                + " from Organization o where o in ?1", Object[].class).setParameter(1, page).getResultStream()
                .forEach(row -> counts.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]}));
        return page.stream().map(o -> new ListedOrganization(o, counts.get(o.id)[0], counts.get(o.id)[1])).toList();
    }

    /**
     * Every organization's name and former names, by its id: what a text no name holds is compared with, as a
     * possible misspelling ({@link Spelling}). One query over every name.
     */
    public static List<Spelling.Name> allNames() {
        return getEntityManager().createQuery("""
                select o.id, o.name from Organization o
                union all
                select f.organization.id, f.name from FormerName f""", Spelling.Name.class).getResultList();
    }

    /** How many organizations there are of each kind, leaving out the kinds of none, in one query. */
    public static Map<OrganizationKind, Long> countByKind() {
        Map<OrganizationKind, Long> counts = new EnumMap<>(OrganizationKind.class);
        getEntityManager().createQuery("select o.kind, count(o) from Organization o group by o.kind", Object[].class)
                .getResultStream().forEach(row -> counts.put((OrganizationKind) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Up to {@code limit} organizations whose name or former name contains the text as a {@link SearchText}, or whose
     * slug is the text's: a name or slug equal to it first, then names that start with it, each group in name order.
     */
    public static List<Organization> nameContaining(SearchText text, int limit) {
        if (text.isEmpty()) {
            return List.of();
        }
        return find("""
                select o from Organization o
                where %s or o.slug = :slug or exists (select f from FormerName f where f.organization = o and %s)
                order by %s, o.nameKey, lower(o.name), o.id"""
                .formatted(SearchText.matches("o.nameKey"), SearchText.matches("f.nameKey"),
                        SearchText.rank("o.nameKey", "o.slug = :slug")),
                text.parameters().and("slug", text.slug())).page(0, limit).list();
    }

    /**
     * The endings of companies' names that tell none apart, in a name's key: "Red Hat, Inc." is "Red Hat" to a reader.
     * Several may follow one another ("Company Inc").
     */
    private static final String ENDINGS = "(incorporated|inc|corporation|corp|company|limited|ltd|llc|gmbh|plc)+$";

    /** A name's key without its endings, in HQL, for the organization of this alias: what {@link #alike} groups. */
    private static final String CORE = "function('regexp_replace', %s.nameKey, '" + ENDINGS + "', '')";

    /**
     * The ids of the organizations whose {@link #nameCores} are the same, for each core two or more, in the cores'
     * order: names alike but for case, accents, spaces, punctuation and endings such as Inc. or Ltd, possible
     * duplicates. Grouped here rather than by the database: H2 worked out a grouping subquery once for each
     * organization (87 s for the preview of an import of 5,000).
     */
    public static List<List<Long>> alike(Collection<Spelling.Name> cores) {
        Map<String, List<Long>> byCore = new TreeMap<>();
        cores.forEach(c -> byCore.computeIfAbsent(c.name(), core -> new ArrayList<>()).add(c.id()));
        return byCore.values().stream().filter(ids -> ids.size() > 1).toList();
    }

    /**
     * Every organization's name key without a company's endings, by its id, leaving out names that are only an
     * ending: what names {@link #alike} and possible misspellings ({@link #oneLetterApart}) are looked for among. One
     * query.
     */
    public static List<Spelling.Name> nameCores() {
        return getEntityManager().createQuery("select o.id, %1$s from Organization o where %1$s <> ''"
                .formatted(CORE.formatted("o")), Object[].class).getResultStream()
                .map(row -> new Spelling.Name((Long) row[0], (String) row[1])).toList();
    }

    /** Names shorter than this, once their endings are left out, are not taken for misspellings of others. */
    static final int MISSPELT_LETTERS = 5;

    /**
     * The pairs of these {@link #nameCores} one letter apart ("Red Hatt"), leaving out names under
     * {@link #MISSPELT_LETTERS} letters: possible misspellings.
     */
    public static List<Spelling.Pair> oneLetterApart(Collection<Spelling.Name> cores) {
        return Spelling.oneLetterApart(cores, MISSPELT_LETTERS);
    }

    /** An organization as an editor finds it, and whether another organization has the same name. */
    public record Named(long id, String name, String slug, boolean nameShared) {
    }

    /**
     * Organizations whose slug is the text, or was before an editor changed it (or merged the organization into this
     * one), or whose name is the text ignoring case, in name order.
     */
    public static List<Named> named(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return named(list("slug = ?1 or lower(name) = ?1 or id in (select f.recordId from FormerSlug f"
                + " where f.kind = 'organization' and f.slug = ?1) " + BY_NAME, lower));
    }

    /** Up to {@code limit} organizations whose name or former name contains the text, best matches first. */
    public static List<Named> namedContaining(SearchText text, int limit) {
        return named(nameContaining(text, limit));
    }

    /** The organizations with these ids; ids of organizations since deleted are left out. */
    public static List<Named> namedByIds(Collection<Long> ids) {
        return named(withIds(ids));
    }

    /** The organizations with these ids, in no order; ids of organizations since deleted are left out. One query. */
    public static List<Organization> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * The organizations with whether each one's name is shared, in one more query over those names alone: counting
     * them per row in the first query scanned the table once for each of its rows before the limit applied (32 s
     * for a one-letter text over 10,000 organizations).
     */
    private static List<Named> named(List<Organization> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        List<String> names = organizations.stream().map(o -> o.name.toLowerCase(Locale.ROOT)).distinct()
                .toList();
        Set<String> shared = new HashSet<>(getEntityManager().createQuery("""
                select lower(o.name) from Organization o where lower(o.name) in ?1
                group by lower(o.name) having count(o) > 1""", String.class).setParameter(1, names).getResultList());
        return organizations.stream().map(o -> new Named(o.id, o.name, o.slug,
                shared.contains(o.name.toLowerCase(Locale.ROOT)))).toList();
    }
}
