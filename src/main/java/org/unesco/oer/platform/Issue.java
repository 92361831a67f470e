package org.unesco.oer.platform;

/**
 * One violated rule before it is said in a language: where (a parameter, a field or a question code,
 * with the question's number as printed on the form), the stable machine code of the rule, and the
 * message.
 */
public record Issue(String field, String number, String code, Message message) {

    public static Issue of(String field, String code, Message message) {
        return new Issue(field, null, code, message);
    }

    /** The same rule, said about a question of the form. */
    public Issue atQuestion(String questionNumber) {
        return new Issue(field, questionNumber, code, message);
    }

    public Problem.Violation in(String language) {
        return new Problem.Violation(field, message.in(language), code, number);
    }
}
