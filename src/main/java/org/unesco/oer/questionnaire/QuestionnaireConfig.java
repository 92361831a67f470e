package org.unesco.oer.questionnaire;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "oer.questionnaire")
public interface QuestionnaireConfig {

    /** A folder with index.json and the questionnaire files; by default those packaged in the jar. */
    Optional<String> directory();
}
