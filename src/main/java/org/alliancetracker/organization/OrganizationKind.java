package org.alliancetracker.organization;

import java.util.Arrays;
import java.util.Locale;

import org.alliancetracker.web.InvalidParameterException;

/** What sort of body an organization is. */
public enum OrganizationKind {
    COMPANY("Company", "Companies"),
    FOUNDATION("Foundation", "Foundations"),
    PROJECT_COMMUNITY("Project community", "Project communities"),
    UNIVERSITY("University", "Universities"),
    GOVERNMENT("Government body", "Government bodies"),
    PERSON("Person", "People"),
    OTHER("Other", "Other organizations");

    public final String label;

    /** How a list of organizations of this kind is headed. */
    public final String plural;

    OrganizationKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** How an address names it ({@code ?kind=project-community}). */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind a {@code kind} parameter names, in any case, as an address names it ("project-community") or as the
     * API writes it ("PROJECT_COMMUNITY"); null when it names none.
     *
     * @throws InvalidParameterException when it names no kind
     */
    public static OrganizationKind named(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(k -> k.parameter().equalsIgnoreCase(value.strip())
                || k.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("kind", "The parameter 'kind' must be one of: "
                        + String.join(", ", Arrays.stream(values()).map(OrganizationKind::parameter).toList()) + ".",
                        "Choose one of the kinds in the list."));
    }
}
