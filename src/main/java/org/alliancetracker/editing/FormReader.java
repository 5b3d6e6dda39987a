package org.alliancetracker.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.alliancetracker.common.InvalidDateException;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.source.Source;
import org.alliancetracker.web.Formats;

/** Reads typed values out of submitted form values, putting a message beside each field it cannot read. */
public final class FormReader {

    private final Map<String, String> values;
    private final Map<String, String> errors;

    public FormReader(Map<String, String> values, Map<String, String> errors) {
        this.values = values;
        this.errors = errors;
    }

    /** Control characters other than tab and line breaks (NUL, escape, delete...): never part of a name or note. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    /** The trimmed text, or null when blank or holding control characters (with a message beside the field). */
    public String text(String name) {
        String value = values.get(name);
        if (value != null && CONTROL.matcher(value).find()) {
            errors.put(name, Texts.CONTROL_CHARACTERS);
            return null;
        }
        if (value != null && !wellFormed(value)) {
            errors.put(name, "This text holds a broken character (half of a surrogate pair); type it again.");
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether every surrogate in the text is half of a pair, as in any text that came from real Unicode. */
    private static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lowSurrogateFollows = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
            if (Character.isHighSurrogate(c) && lowSurrogateFollows) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public PartialDate date(String name, boolean required) {
        String value = text(name);
        if (value == null) {
            if (required) {
                errors.put(name, "A date is required. " + InvalidDateException.ACCEPTED_FORMATS);
            }
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (InvalidDateException e) {
            errors.put(name, e.getMessage());
            return null;
        }
    }

    public boolean checkbox(String name) {
        return "true".equals(values.get(name)) || "on".equals(values.get(name));
    }

    /** An enum constant by name, or null with a message when required and missing or unknown. */
    public <T extends Enum<T>> T choice(String name, Class<T> type, boolean required, String message) {
        String value = text(name);
        if (value != null) {
            for (T constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        if (value != null || required) {
            errors.put(name, message);
        }
        return null;
    }

    /** How the message for a reference whose id names no record begins, and for several such ids. */
    private static final String NO_RECORD = "No record has the id ";
    private static final String NO_RECORDS = "No records have the ids ";

    /**
     * How many ids a field's message says name no record (deleted since, or never recorded); 0 where the message says
     * something else.
     */
    public static int idsNamingNoRecord(String message) {
        if (message == null) {
            return 0;
        }
        if (message.startsWith(NO_RECORD)) {
            return 1;
        }
        if (message.startsWith(NO_RECORDS)) {
            return message.substring(NO_RECORDS.length(), message.indexOf(';')).split(", | and ").length;
        }
        return 0;
    }

    /**
     * A referenced record by its id, or null with a message when required and missing, or when the value is no id or
     * names no record. Those two say so before the message: a bot sent it, or the record was deleted since.
     */
    public <T extends TrackedEntity> T reference(String name, Function<Long, T> finder, boolean required,
            String message) {
        String value = text(name);
        if (value == null) {
            if (required) {
                errors.put(name, message);
            }
            return null;
        }
        if (!isId(value)) {
            errors.put(name, notIds(List.of(value)) + " " + message);
            return null;
        }
        T found = finder.apply(Long.valueOf(value));
        if (found == null) {
            errors.put(name, namingNoRecord(List.of(value)) + " " + message);
        }
        return found;
    }

    /** The sources chosen in a multiple select; unknown ids are reported. */
    public Set<Source> sources(String name) {
        return references(name, id -> Source.findById(id));
    }

    /**
     * The records chosen in a multiple select (ids joined by ';'); values that are no id, or ids that name no record,
     * are reported beside the field, as {@link #reference} reports one.
     */
    public <T extends TrackedEntity> Set<T> references(String name, Function<Long, T> finder) {
        Set<T> chosen = new LinkedHashSet<>();
        String value = text(name);
        if (value == null) {
            return chosen;
        }
        Set<String> notIds = new LinkedHashSet<>();
        Set<String> namingNone = new LinkedHashSet<>();
        for (String part : value.split(";")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            T record = isId(id) ? finder.apply(Long.valueOf(id)) : null;
            if (record != null) {
                chosen.add(record);
            } else {
                (isId(id) ? namingNone : notIds).add(id);
            }
        }
        List<String> said = new ArrayList<>();
        if (!namingNone.isEmpty()) {
            said.add(namingNoRecord(List.copyOf(namingNone)));
        }
        if (!notIds.isEmpty()) {
            said.add(notIds(List.copyOf(notIds)));
        }
        if (!said.isEmpty()) {
            errors.put(name, String.join(" ", said));
        }
        return chosen;
    }

    private static boolean isId(String value) {
        return value.matches("[0-9]{1,18}");
    }

    private static String namingNoRecord(List<String> ids) {
        return ids.size() == 1 ? NO_RECORD + ids.get(0) + "; it may have been deleted."
                : NO_RECORDS + Formats.series(ids, "and") + "; they may have been deleted.";
    }

    private static String notIds(List<String> values) {
        List<String> quoted = values.stream().map(v -> "“" + Texts.abbreviate(v, 40) + "”").toList();
        return quoted.size() == 1 ? quoted.get(0) + " is not a record's id (a number)."
                : Formats.series(quoted, "and") + " are not records' ids (numbers).";
    }

    /** The ids of the records, joined the way a multiple select's value is stored. */
    public static String ids(Collection<? extends TrackedEntity> records) {
        return String.join(";", records.stream().map(r -> String.valueOf(r.id)).sorted().toList());
    }

    public static String id(TrackedEntity record) {
        return record == null ? "" : String.valueOf(record.id);
    }

    public static String iso(PartialDate date) {
        return date == null ? "" : date.iso();
    }

    public static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
