package org.alliancetracker.editing;

import java.util.Map;

/** Form values that cannot be saved, with a message per field; nothing was saved. */
public class InvalidFormException extends RuntimeException {

    public final Map<String, String> errors;

    public InvalidFormException(Map<String, String> errors) {
        super("The form has errors: " + errors.keySet());
        this.errors = errors;
    }
}
