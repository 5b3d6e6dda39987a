package org.alliancetracker.web;

/** A query parameter that cannot be understood; answered with 400 and a message that says what is accepted. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String formMessage;

    public InvalidParameterException(String parameter, String message) {
        this(parameter, message, null);
    }

    /** @param formMessage the same rule in a form's words, shown beside the field that names it (may be null) */
    public InvalidParameterException(String parameter, String message, String formMessage) {
        super(message);
        this.parameter = parameter;
        this.formMessage = formMessage;
    }

    public String parameter() {
        return parameter;
    }

    /** The rule in a form's words, or null where the message reads well beside the field. */
    public String formMessage() {
        return formMessage;
    }
}
