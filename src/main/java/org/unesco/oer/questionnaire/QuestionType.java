package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The answer types a question can have. Codes are the ones used in questionnaire files. */
public enum QuestionType {
    YES_NO(true, true),
    YES_NO_NA(true, true),
    SINGLE_CHOICE(true, true),
    MULTIPLE_CHOICE(true, true),
    SHORT_TEXT(false, true),
    LONG_TEXT(false, true),
    URL(false, true),
    URL_LIST(false, true),
    NUMBER(false, true),
    DATE(false, true),
    MEMBER_STATE(false, false),
    CONTACT(false, false),
    PERSON_LIST(false, false),
    REPEATABLE_GROUP(false, false);

    private final boolean choice;
    private final boolean groupField;

    QuestionType(boolean choice, boolean groupField) {
        this.choice = choice;
        this.groupField = groupField;
    }

    /** Answers are option codes; the question lists its options. */
    public boolean isChoice() {
        return choice;
    }

    /** May be a field of a repeatable group. */
    public boolean isGroupField() {
        return groupField;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static QuestionType fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown question type " + code));
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
