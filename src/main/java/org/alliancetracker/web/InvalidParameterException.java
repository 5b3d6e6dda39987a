package org.alliancetracker.web;

/** A query parameter that cannot be understood; answered with 400 and a message that says what is accepted. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
