package org.alliancetracker.editing;

/** Someone else saved the record after the form was opened. */
public class EditConflictException extends RuntimeException {

    public EditConflictException() {
        super("The record was changed by someone else since the form was opened.");
    }
}
