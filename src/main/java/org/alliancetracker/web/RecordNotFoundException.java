package org.alliancetracker.web;

/** No record has the slug or id of the address; answered with a 404 page. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, String key) {
        super("There is no " + kind + " called '" + abbreviate(key) + "'. Try the search at the top of the page.");
    }

    private static String abbreviate(String key) {
        return key.length() <= 80 ? key : key.substring(0, 80) + "…";
    }
}
