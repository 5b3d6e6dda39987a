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

    /** A case-insensitive LIKE pattern for "contains", with the wildcard characters of the text escaped. */
    public static String likePattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
