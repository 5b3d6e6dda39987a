package org.alliancetracker.source;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;

/** Where a fact comes from: an article, a press release, an encyclopedia entry. */
@Entity
@Table(name = "source")
public class Source extends TrackedEntity {

    @NotBlank(message = "A title is required.")
    @Size(max = 300, message = "At most 300 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String title;

    /** The title's {@link SearchText} key, which the database computes from it (migration V14): read by searches. */
    @Column(insertable = false, updatable = false)
    private String titleKey;

    @Size(max = 120, message = "At most 120 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String publisher;

    /** The publisher's {@link SearchText} key, which the database computes (migration V15): read by searches. */
    @Column(insertable = false, updatable = false)
    private String publisherKey;

    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String url;

    @Embedded
    @Valid
    public PartialDate published;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String note;

    /** Where the Internet Archive keeps copies of web pages, by the date wanted and the page's address. */
    static final String ARCHIVE = "https://web.archive.org/web/";

    /**
     * The Internet Archive's copies of the source's page, for when the page has moved or gone: the copy nearest the
     * end of the period it was published in (the archive takes the closest it holds), or without a date the list of
     * every copy; null for a source with no address.
     */
    public String archivedCopies() {
        if (url == null || url.isBlank()) {
            return null;
        }
        return ARCHIVE + (published == null ? "*" : published.latest().format(DateTimeFormatter.BASIC_ISO_DATE)) + "/"
                + url;
    }

    /** Publication order, the same in every list; the id settles ties, so that pages do not overlap. */
    private static final String BY_PUBLICATION =
            "order by published.latest nulls last, published.earliest, titleKey, lower(title), id";

    /** A source as an editor finds it by title, and whether another source has the same title. */
    public record Titled(long id, String title, boolean titleShared) {
    }

    /** The sources with the title, ignoring case. */
    public static List<Titled> titled(String text) {
        return titled(list("lower(title) = ?1 order by id", text.toLowerCase(Locale.ROOT)));
    }

    /**
     * Up to {@code limit} sources whose title contains the text: a title equal to it first, then titles that start
     * with it, each group in title order.
     */
    public static List<Titled> titledContaining(SearchText text, int limit) {
        if (text.isEmpty()) {
            return List.of();
        }
        return titled(find("%s order by %s, titleKey, lower(title), id"
                .formatted(SearchText.matches("titleKey"), SearchText.rank("titleKey")), text.parameters())
                .page(0, limit).list());
    }

    /**
     * Up to {@code limit} sources whose title or publisher holds the text, as the search page finds them: those whose
     * title or publisher equals it first, then titles that start with it, then the others, each group in title order.
     */
    public static List<Source> titleOrPublisherContaining(SearchText text, int limit) {
        if (text.isEmpty()) {
            return List.of();
        }
        return find("(%s or %s) order by %s, titleKey, lower(title), id".formatted(SearchText.matches("titleKey"),
                SearchText.matches("publisherKey"), SearchText.rank("titleKey", "publisherKey = :key")),
                text.parameters()).page(0, limit).list();
    }

    /**
     * Every source's title, by its id: what a title no source's holds is compared with, as a possible misspelling
     * ({@link Spelling}). One query.
     */
    public static List<Spelling.Name> allTitles() {
        return getEntityManager().createQuery("select id, title from Source", Spelling.Name.class).getResultList();
    }

    /** The sources with these ids; ids of sources since deleted are left out. */
    public static List<Titled> titledByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : titled(list("id in ?1 order by id", ids));
    }

    /** The sources with whether each one's title is shared, in one more query over those titles alone. */
    private static List<Titled> titled(List<Source> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<String> titles = sources.stream().map(s -> s.title.toLowerCase(Locale.ROOT)).distinct().toList();
        Set<String> shared = new HashSet<>(getEntityManager().createQuery("""
                select lower(s.title) from Source s where lower(s.title) in ?1
                group by lower(s.title) having count(s) > 1""", String.class).setParameter(1, titles).getResultList());
        return sources.stream().map(s -> new Titled(s.id, s.title,
                shared.contains(s.title.toLowerCase(Locale.ROOT)))).toList();
    }

    /** A stretch of the sources' ids in id order, for one part of the sitemap. */
    public static List<Long> ids(int offset, int count) {
        return getEntityManager().createQuery("select s.id from Source s order by s.id", Long.class)
                .setFirstResult(offset).setMaxResults(count).getResultList();
    }

    /** Up to {@code count} sources with ids above {@code id}, in id order: a page of the API's list. */
    public static List<Source> after(long id, int count) {
        return find("id > ?1 order by id", id).page(0, count).list();
    }

    /** A stretch of the sources in order of publication, for a list shown a page at a time. */
    public static List<Source> byPublication(int offset, int count) {
        return find(BY_PUBLICATION).range(offset, offset + count - 1).list();
    }
}
