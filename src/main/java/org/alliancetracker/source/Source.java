package org.alliancetracker.source;

import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.TrackedEntity;

/** Where a fact comes from: an article, a press release, an encyclopedia entry. */
@Entity
@Table(name = "source")
public class Source extends TrackedEntity {

    @NotBlank(message = "A title is required.")
    @Size(max = 300, message = "At most 300 characters.")
    public String title;

    @Size(max = 120, message = "At most 120 characters.")
    public String publisher;

    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String url;

    @Embedded
    @Valid
    public PartialDate published;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String note;

    /** Publication order, the same in every list and form; the id settles ties, so that pages do not overlap. */
    private static final String BY_PUBLICATION = "order by published.latest nulls last, published.earliest, title, id";

    public static List<Source> allByPublication() {
        return list(BY_PUBLICATION);
    }

    /** A stretch of the sources in order of publication, for a list shown a page at a time. */
    public static List<Source> byPublication(int offset, int count) {
        return find(BY_PUBLICATION).range(offset, offset + count - 1).list();
    }
}
