package org.unesco.oer.web;

import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedField;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedOption;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;

import java.util.List;

/**
 * One question as a section page shows it: the question, the value in its fields (stored, or as
 * typed when it could not be saved), its state, errors, a colleague's conflicting change, the
 * Secretariat's comment, and the report version the value was read at (the save's If-Match).
 */
public record QuestionView(LocalizedQuestion question, FormValue value, String state, List<String> errors,
                           boolean hidden, boolean keptWhileHidden, Conflict conflict,
                           List<org.unesco.oer.report.ReportDtos.CommentView> comments,
                           int baseVersion, String orig, String saved, List<LocalizedOption> stateOptions) {

    /** A colleague saved this question since the user's version. */
    public record Conflict(String who, String when, String theirs, String mine, String mineJson) {
    }

    public String code() {
        return question.code();
    }

    public String id() {
        return "q-" + question.code();
    }

    public String type() {
        return question.type().code();
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    public Integer maxLength() {
        return question.constraints() == null ? null : question.constraints().maxLength();
    }

    public Integer maxItems() {
        return question.constraints() == null ? null : question.constraints().maxItems();
    }

    public List<LocalizedField> fields() {
        return question.fields() == null ? List.of() : question.fields();
    }

    public List<String> personKeys() {
        return FormCodec.PERSON_KEYS;
    }

    public List<String> contactKeys() {
        return FormCodec.CONTACT_KEYS;
    }

    /** "(ii), 12, (b)": only when the question refers to a paragraph of the Recommendation. */
    public String reference() {
        return question.paragraph() == null || question.paragraph().paragraph() == null ? null : question.reference();
    }
}
