package org.unesco.oer.report;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description of an answer's value, one schema per question type (issue 11 §4). Answers
 * travel as plain JSON ({@code JsonNode} in the code), so these types exist only for the document;
 * {@link AnswerValidator} is what enforces the rules they describe.
 * <p>
 * {@link Answer} is the union of the types with {@code anyOf}, not {@code oneOf}: a value carries no
 * tag, and "yes" is a valid yes/no answer, a valid choice and a valid text at once, which
 * {@code oneOf} would reject. The question's {@code type} in the questionnaire says which one applies.
 */
public final class AnswerSchemas {

    private AnswerSchemas() {
    }

    /**
     * SmallRye gives a Java class "type: object" even beside {@code anyOf} or a {@code $ref}, which would
     * make "yes" no answer at all: a union, and a property that only refers, carry no type of their own.
     * Called from the document's filter ({@code ScopeOpenApiFilter}).
     */
    public static void tidy(OpenAPI openAPI) {
        Map<String, org.eclipse.microprofile.openapi.models.media.Schema> schemas = openAPI.getComponents().getSchemas();
        for (String union : List.of("Answer", "GroupFieldAnswer", "AnswerOrNull")) {
            schemas.get(union).setType(null);
        }
        org.eclipse.microprofile.openapi.models.media.Schema orNull = schemas.get("AnswerOrNull");
        List<org.eclipse.microprofile.openapi.models.media.Schema> choices = new ArrayList<>(orNull.getAnyOf());
        choices.add(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.NULL));
        orNull.setAnyOf(choices);
        for (org.eclipse.microprofile.openapi.models.media.Schema schema : schemas.values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().stream().filter(p -> p.getRef() != null).forEach(p -> p.setType(null));
            }
        }
    }

    @Schema(name = "Answer", description = "An answer's value; its shape depends on the question's `type` in the questionnaire: "
            + "yes_no, yes_no_na → YesNoAnswer; single_choice → SingleChoiceAnswer; multiple_choice → MultipleChoiceAnswer; "
            + "short_text, long_text → TextAnswer; url → UrlAnswer; url_list → UrlListAnswer; number → NumberAnswer; "
            + "date → DateAnswer; member_state → MemberStateAnswer; contact → ContactAnswer; person_list → PersonListAnswer; "
            + "repeatable_group → RepeatableGroupAnswer",
            anyOf = {YesNoAnswer.class, SingleChoiceAnswer.class, MultipleChoiceAnswer.class, TextAnswer.class, UrlAnswer.class,
                    UrlListAnswer.class, NumberAnswer.class, DateAnswer.class, MemberStateAnswer.class, ContactAnswer.class,
                    PersonListAnswer.class, RepeatableGroupAnswer.class})
    public static final class Answer {
    }

    @Schema(name = "AnswerOrNull", description = "An answer's value, or null to clear the answer (an empty text or list clears it too)",
            anyOf = Answer.class)
    public static final class AnswerOrNull {
    }

    @Schema(name = "YesNoAnswer", type = SchemaType.STRING, example = "yes",
            description = "yes_no and yes_no_na: one of the question's option codes (`yes`, `no`; yes_no_na also `not_applicable`)")
    public static final class YesNoAnswer {
    }

    @Schema(name = "SingleChoiceAnswer", type = SchemaType.STRING, example = "exists",
            description = "single_choice: one of the question's option codes")
    public static final class SingleChoiceAnswer {
    }

    @Schema(name = "MultipleChoiceAnswer", type = SchemaType.ARRAY, implementation = String.class, uniqueItems = true,
            example = "[\"teachers\",\"learners\"]",
            description = "multiple_choice: option codes of the question, each at most once, at most as many as it has options "
                    + "(and within its minItems/maxItems)")
    public static final class MultipleChoiceAnswer {
    }

    @Schema(name = "TextAnswer", type = SchemaType.STRING, maxLength = AnswerValidator.LONG_TEXT_MAX,
            example = "The national OER policy was adopted by the Ministry of Education in 2021.",
            description = "short_text (at most " + AnswerValidator.SHORT_TEXT_MAX + " characters) and long_text (at most "
                    + AnswerValidator.LONG_TEXT_MAX + "), or the question's own maxLength")
    public static final class TextAnswer {
    }

    @Schema(name = "UrlAnswer", type = SchemaType.STRING, format = "uri", maxLength = 2000, example = "https://oer.example.org/policy",
            description = "url: an absolute http or https address")
    public static final class UrlAnswer {
    }

    @Schema(name = "UrlListAnswer", type = SchemaType.ARRAY, implementation = UrlAnswer.class, maxItems = AnswerValidator.LIST_MAX,
            example = "[\"https://oer.example.org/policy\",\"https://oer.example.org/repository\"]",
            description = "url_list: web addresses, at most the question's maxItems")
    public static final class UrlListAnswer {
    }

    @Schema(name = "NumberAnswer", type = SchemaType.NUMBER, minimum = "-1E15", maximum = "1E15", example = "2021",
            description = "number: within the question's min/max (a whole number where it says integer)")
    public static final class NumberAnswer {
    }

    @Schema(name = "DateAnswer", type = SchemaType.STRING, format = "date", example = "2022-06-15",
            description = "date: text YYYY-MM-DD between 1900-01-01 and 2100-12-31, within the question's minDate/maxDate (never a number)")
    public static final class DateAnswer {
    }

    @Schema(name = "MemberStateAnswer", type = SchemaType.STRING, pattern = "^[A-Z]{3}$", example = "KEN",
            description = "member_state: the code of a Member State or Associate Member (ISO 3166-1 alpha-3, see /api/member-states)")
    public static final class MemberStateAnswer {
    }

    @Schema(name = "ContactAnswer", description = "contact: a person to contact; `name` and `email` are required",
            example = "{\"name\":\"A. Person\",\"title\":\"Director\",\"institution\":\"Ministry of Education\","
                    + "\"email\":\"a.person@example.org\",\"phone\":\"+254 20 000000\"}",
            additionalProperties = Schema.False.class, requiredProperties = {"name", "email"})
    public record ContactAnswer(@Schema(maxLength = 500) String name, @Schema(maxLength = 500) String title,
                                @Schema(maxLength = 500) String institution, @Schema(maxLength = 500, format = "email") String email,
                                @Schema(maxLength = 500) String phone) {
    }

    @Schema(name = "PersonAnswer", description = "One person of a person_list; `name` is required",
            additionalProperties = Schema.False.class, requiredProperties = "name")
    public record PersonAnswer(@Schema(maxLength = 500) String name, @Schema(maxLength = 500) String title,
                               @Schema(maxLength = 500) String institution) {
    }

    @Schema(name = "PersonListAnswer", type = SchemaType.ARRAY, implementation = PersonAnswer.class, maxItems = AnswerValidator.LIST_MAX,
            example = "[{\"name\":\"B. Official\",\"title\":\"Adviser\",\"institution\":\"National Commission for UNESCO\"}]",
            description = "person_list: persons, at most the question's maxItems")
    public static final class PersonListAnswer {
    }

    @Schema(name = "GroupItem", type = SchemaType.OBJECT, description = "One item of a repeatable_group: the group's field codes "
            + "(see the question's `fields`) with their values; a field's value has the shape of its own type",
            additionalProperties = GroupFieldAnswer.class, example = "{\"NAME\":\"Open textbooks\",\"YEAR\":2021,\"URL\":\"https://oer.example.org\"}")
    public static final class GroupItem {
    }

    @Schema(name = "GroupFieldAnswer", description = "The value of a field of a repeatable group: a field has any type but "
            + "member_state, contact, person_list and repeatable_group",
            anyOf = {YesNoAnswer.class, SingleChoiceAnswer.class, MultipleChoiceAnswer.class, TextAnswer.class, UrlAnswer.class,
                    UrlListAnswer.class, NumberAnswer.class, DateAnswer.class})
    public static final class GroupFieldAnswer {
    }

    @Schema(name = "RepeatableGroupAnswer", type = SchemaType.ARRAY, implementation = GroupItem.class, maxItems = AnswerValidator.LIST_MAX,
            example = "[{\"NAME\":\"Open textbooks\",\"DESCRIPTION\":\"Primary school textbooks under CC BY\",\"YEAR\":2021}]",
            description = "repeatable_group: items (rows), at most the question's maxItems")
    public static final class RepeatableGroupAnswer {
    }
}
