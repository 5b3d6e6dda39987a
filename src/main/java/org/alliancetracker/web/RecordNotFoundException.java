package org.alliancetracker.web;

import org.alliancetracker.common.Texts;

/** No record has the slug or id of the address, or the page it names is not there; answered with a 404 page. */
public class RecordNotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public RecordNotFoundException(String kind, String key) {
        // No hint at the search box: the error page offers it, and an API client has none.
        super("There is no " + kind + " called '" + Texts.abbreviate(key, 80) + "'.");
        this.kind = kind;
        this.key = key;
    }

    /** Something else the address names is not there (a page past the end of a list), in the message's words. */
    public RecordNotFoundException(String message) {
        super(message);
        this.kind = null;
        this.key = null;
    }

    /** The kind of record the address names (alliance, organization...), or null. */
    public String kind() {
        return kind;
    }

    /** The slug or id the address names, or null. */
    public String key() {
        return key;
    }
}
