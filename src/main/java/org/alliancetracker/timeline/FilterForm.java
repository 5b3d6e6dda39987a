package org.alliancetracker.timeline;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.alliancetracker.web.InvalidParameterException;

/**
 * A timeline page's filter form as the visitor filled it in: the values as typed, and the error of the one field
 * that could not be read, if any.
 */
public record FilterForm(String from, String to, String tier, String field, String error) {

    /** The error beside the field, or null. */
    public String errorFor(String name) {
        return name.equals(field) ? error : null;
    }

    public boolean hasError() {
        return error != null;
    }

    /** A page's data for its filter, and the form that asked for it. */
    record Filtered<T>(T data, FilterForm form) {
    }

    /**
     * Loads a page's data for the filter its form asks for. When one of the form's own fields cannot be read, the
     * data is loaded unfiltered and the form keeps the values as typed, with the error beside that field; any other
     * bad parameter (a width, say, which only links set) is refused as before.
     */
    static <T> Filtered<T> load(String from, String to, String tier, String width, Set<String> fields,
            Function<TimelineFilter, T> loader) {
        return load(from, to, tier, width, fields, (filter, failed) -> loader.apply(filter));
    }

    /** The same, with a loader told which field failed (null at first), to load something else in its place. */
    static <T> Filtered<T> load(String from, String to, String tier, String width, Set<String> fields,
            BiFunction<TimelineFilter, String, T> loader) {
        try {
            return new Filtered<>(loader.apply(TimelineFilter.parse(from, to, tier, width), null),
                    new FilterForm(from, to, tier, null, null));
        } catch (InvalidParameterException e) {
            if (!fields.contains(e.parameter())) {
                throw e;
            }
            return new Filtered<>(loader.apply(TimelineFilter.parse(null, null, null, width), e.parameter()),
                    new FilterForm(from, to, tier, e.parameter(),
                            e.formMessage() != null ? e.formMessage() : e.getMessage()));
        }
    }
}
