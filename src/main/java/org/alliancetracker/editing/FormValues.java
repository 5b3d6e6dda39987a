package org.alliancetracker.editing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/** Reads the submitted values of a form's fields: several choices joined by ';', a checkbox as true or false. */
public final class FormValues {

    static final int MAX_VALUE_LENGTH = 20_000;

    private FormValues() {
    }

    public static Map<String, String> read(List<Field> fields, MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            List<String> submitted = form.get(field.name());
            String value;
            if (field.isCheckbox()) {
                value = String.valueOf(submitted != null
                        && submitted.stream().anyMatch(v -> v.equals("true") || v.equals("on")));
            } else if (submitted == null || submitted.isEmpty()) {
                value = "";
            } else if (field.isMulti()) {
                value = String.join(";", submitted.stream().flatMap(v -> Arrays.stream(v.split(";")))
                        .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList());
            } else {
                value = submitted.get(0);
            }
            values.put(field.name(), value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value);
        }
        return values;
    }
}
