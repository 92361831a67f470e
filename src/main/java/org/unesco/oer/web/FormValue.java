package org.unesco.oer.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer as the form shows it: the text of a text box, the options ticked, the boxes of a
 * contact, the rows of a list. Built from a stored value or from what the user typed.
 */
public record FormValue(String text, Set<String> selected, Map<String, String> fields, List<Map<String, String>> rows) {

    public static final FormValue EMPTY = new FormValue("", Set.of(), Map.of(), List.of());

    public boolean isSelected(String code) {
        return selected.contains(code);
    }

    public String field(String code) {
        return fields.getOrDefault(code, "");
    }

    /** The rows to show: the stored ones and one blank row to add another (up to the maximum). */
    public List<Map<String, String>> rowsWithBlank(Integer maxItems) {
        if (maxItems != null && rows.size() >= maxItems) {
            return rows;
        }
        List<Map<String, String>> shown = new java.util.ArrayList<>(rows);
        shown.add(Map.of());
        return shown;
    }
}
