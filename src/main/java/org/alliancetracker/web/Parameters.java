package org.alliancetracker.web;

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
}
