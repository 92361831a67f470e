package org.unesco.oer.questionnaire;

import java.util.List;

/** A questionnaire file breaks the format rules; start-up stops and names the file and places. */
public class InvalidQuestionnaireException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public InvalidQuestionnaireException(String file, List<String> problems) {
        super("Invalid questionnaire file " + file + ":\n  - " + String.join("\n  - ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
