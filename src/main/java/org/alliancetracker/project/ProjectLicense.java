package org.alliancetracker.project;

/** Whether a project's code is open source or proprietary. */
public enum ProjectLicense {
    OPEN_SOURCE("Open source"),
    PROPRIETARY("Proprietary");

    public final String label;

    ProjectLicense(String label) {
        this.label = label;
    }
}
