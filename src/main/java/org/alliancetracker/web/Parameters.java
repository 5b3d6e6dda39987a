package org.alliancetracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.alliancetracker.common.InvalidDateException;
import org.alliancetracker.common.PartialDate;

/** Reading query parameters, with a 400 that names the parameter and the accepted formats on bad input. */
public final class Parameters {

    private Parameters() {
    }

    /** An optional reduced-precision date parameter: absent or blank gives null. */
    public static PartialDate optionalDate(String name, String value) {
        try {
            return PartialDate.parseOptional(value);
        } catch (InvalidDateException e) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is not valid. " + e.getMessage(),
                    e.getMessage());
        }
    }

    /**
     * A query string for a link, from parameter names each followed by its value: "?at=2011-06&amp;tier=Gold", leaving
     * out the parameters whose value is null ("" when every one is).
     */
    public static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
