package org.unesco.oer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small rules of the report forms: versions sent back by the form, removing a row of a list. */
final class ReportPagesSupport {

    private ReportPagesSupport() {
    }

    static Integer version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("_version", "page-version");
        }
    }

    /** "Remove" on row {@code i} of a list ({@code _remove=CODE.i}): the row goes before the save. */
    static FormCodec.Decoded removeRow(LocalizedQuestion q, FormCodec.Decoded decoded, String remove) {
        if (remove == null || !remove.startsWith(q.code() + ".") || !(decoded.value() instanceof ArrayNode items)) {
            return decoded;
        }
        int row;
        try {
            row = Integer.parseInt(remove.substring(q.code().length() + 1));
        } catch (NumberFormatException e) {
            return decoded;
        }
        if (row < 0 || row >= items.size()) {
            return decoded;
        }
        ArrayNode kept = items.deepCopy();
        kept.remove(row);
        List<Map<String, String>> rows = new ArrayList<>(decoded.shown().rows());
        if (row < rows.size()) {
            rows.remove(row);
        }
        JsonNode value = kept.isEmpty() ? null : kept;
        return new FormCodec.Decoded(value, new FormValue("", decoded.shown().selected(), decoded.shown().fields(), rows), decoded.error());
    }
}
