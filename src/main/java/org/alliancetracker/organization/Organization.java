package org.alliancetracker.organization;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.SluggedEntity;

/** A company, foundation, community, university or person that joins alliances and backs projects. */
@Entity
@Table(name = "organization")
public class Organization extends SluggedEntity {

    @NotBlank(message = "A name is required.")
    @Size(max = 200, message = "At most 200 characters.")
    public String name;

    @NotNull(message = "Choose a kind.")
    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String website;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String description;

    public static Optional<Organization> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Name order, the same in every list and form; the id settles equal names, so that pages do not overlap. */
    private static final String BY_NAME = "order by lower(name), id";

    public static List<Organization> allByName() {
        return list(BY_NAME);
    }

    /** A stretch of the organizations in name order, for a list shown a page at a time. */
    public static List<Organization> byName(int offset, int count) {
        return find(BY_NAME).range(offset, offset + count - 1).list();
    }

    /** Organizations whose current or former name contains the text, ignoring case. */
    public static List<Organization> nameContaining(String text, int limit) {
        return find("""
                select o from Organization o
                where lower(o.name) like ?1 escape '\\'
                   or exists (select f from FormerName f where f.organization = o and lower(f.name) like ?1 escape '\\')
                order by lower(o.name)""", likePattern(text)).page(0, limit).list();
    }

    /** An organization as an editor finds it, and whether another organization has the same name. */
    public record Named(long id, String name, String slug, boolean nameShared) {
    }

    /** Named rows; the count of same names is a subquery, so that a list of them stays one statement. */
    private static final String NAMED = """
            select o.id, o.name, o.slug,
                   (select count(p) from Organization p where lower(p.name) = lower(o.name))
            from Organization o
            """;

    /** Organizations whose slug is the text, or whose name is the text ignoring case, in name order. */
    public static List<Named> named(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return named(NAMED + "where o.slug = ?1 or lower(o.name) = ?1 order by lower(o.name), o.id", lower);
    }

    /** Up to {@code limit} organizations whose current or former name contains the text, ignoring case. */
    public static List<Named> namedContaining(String text, int limit) {
        return getEntityManager().createQuery(NAMED + """
                where lower(o.name) like ?1 escape '\\'
                   or exists (select f from FormerName f where f.organization = o and lower(f.name) like ?1 escape '\\')
                order by lower(o.name), o.id""", Object[].class).setParameter(1, likePattern(text))
                .setMaxResults(limit).getResultStream().map(Organization::namedRow).toList();
    }

    /** The organizations with these ids; ids of organizations since deleted are left out. */
    public static List<Named> namedByIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : named(NAMED + "where o.id in ?1", ids);
    }

    private static List<Named> named(String query, Object parameter) {
        return getEntityManager().createQuery(query, Object[].class).setParameter(1, parameter).getResultStream()
                .map(Organization::namedRow).toList();
    }

    private static Named namedRow(Object[] row) {
        return new Named((Long) row[0], (String) row[1], (String) row[2], ((Long) row[3]) > 1);
    }

    /** A case-insensitive LIKE pattern for "contains", with the wildcard characters of the text escaped. */
    public static String likePattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
