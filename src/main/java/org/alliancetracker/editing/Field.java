package org.alliancetracker.editing;

import java.util.List;

/**
 * A form field: what it is called, how it is entered, and what it accepts. A lookup field references a record by the
 * name typed into it, and a lookups field several records, one name per line (see {@link Lookups}); the other
 * reference fields are selects listing their choices.
 */
public record Field(String name, String label, Type type, boolean required, int maxLength, String help,
        List<Option> options, Lookup lookup) {

    public enum Type {
        TEXT, TEXTAREA, DATE, SELECT, CHECKBOX, MULTI, LOOKUP, LOOKUPS
    }

    /** A choice of a select or multiple select: the submitted value and what the user reads. */
    public record Option(String value, String label) {
    }

    public static final String LOOKUP_HELP =
            "Type its name, or, where two share a name, the end of its page's address.";

    public static final String DATE_HELP =
            "A year (2011), a month (2011-05) or a day (2011-05-17): only as precise as the source.";

    public static Field text(String name, String label, boolean required, int maxLength, String help) {
        return new Field(name, label, Type.TEXT, required, maxLength, help, List.of(), null);
    }

    public static Field textarea(String name, String label, int maxLength, String help) {
        return new Field(name, label, Type.TEXTAREA, false, maxLength, help, List.of(), null);
    }

    public static Field date(String name, String label, boolean required, String help) {
        return new Field(name, label, Type.DATE, required, 10, help == null ? DATE_HELP : help + " " + DATE_HELP,
                List.of(), null);
    }

    public static Field select(String name, String label, boolean required, List<Option> options, String help) {
        return new Field(name, label, Type.SELECT, required, 0, help, options, null);
    }

    public static Field checkbox(String name, String label, String help) {
        return new Field(name, label, Type.CHECKBOX, false, 0, help, List.of(), null);
    }

    public static Field multi(String name, String label, List<Option> options, String help) {
        return new Field(name, label, Type.MULTI, false, 0, help, options, null);
    }

    /** A reference to one record, found by the name typed (a select over thousands of records is too heavy). */
    public static Field lookup(String name, String label, boolean required, Lookup lookup, String help) {
        return new Field(name, label, Type.LOOKUP, required, 200, help == null ? LOOKUP_HELP : help + " " + LOOKUP_HELP,
                List.of(), lookup);
    }

    /**
     * References to several records, one typed name per line: for kinds of record too many for a multiple select
     * (sources). The typed names may be as long as the form's longest value.
     */
    public static Field lookups(String name, String label, Lookup lookup, String help) {
        return new Field(name, label, Type.LOOKUPS, false, FormValues.MAX_VALUE_LENGTH, help, List.of(), lookup);
    }

    public boolean isText() {
        return type == Type.TEXT || type == Type.DATE;
    }

    public boolean isTextarea() {
        return type == Type.TEXTAREA;
    }

    public boolean isSelect() {
        return type == Type.SELECT;
    }

    public boolean isCheckbox() {
        return type == Type.CHECKBOX;
    }

    public boolean isMulti() {
        return type == Type.MULTI;
    }

    public boolean isLookup() {
        return type == Type.LOOKUP;
    }

    public boolean isLookups() {
        return type == Type.LOOKUPS;
    }

    /** Whether the field takes typed names, one or one per line, that {@link Lookups} turns into ids. */
    public boolean takesNames() {
        return lookup != null;
    }

    /** Where a lookup field's script asks for suggestions ({@link LookupResource}). */
    public String lookupAddress() {
        return "/edit/lookup/" + lookup.kind();
    }

    /** Whether the option is chosen in a stored value (a multiple select stores its choices joined by ';'). */
    public boolean chosen(String value, Option option) {
        if (value == null) {
            return false;
        }
        return type == Type.MULTI ? List.of(value.split(";")).contains(option.value()) : value.equals(option.value());
    }

    /**
     * What the value reads as, for the conflict and history pages: option labels rather than ids. A lookup field's
     * value is shown as it is, and a lookups field's lines joined: those pages name their records first
     * ({@link Lookups#named}).
     */
    public String display(String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (type == Type.CHECKBOX) {
            return "true".equals(value) ? "Yes" : "No";
        }
        if (type == Type.SELECT || type == Type.MULTI) {
            List<String> labels = options.stream().filter(o -> chosen(value, o)).map(Option::label).toList();
            return labels.isEmpty() ? value : String.join("; ", labels);
        }
        if (type == Type.LOOKUPS) {
            return String.join("; ", value.lines().toList());
        }
        return value;
    }
}
