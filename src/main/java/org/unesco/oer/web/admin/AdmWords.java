package org.unesco.oer.web.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The administrators' page words in a language, for texts built in Java. */
final class AdmWords {

    private AdmWords() {
    }

    static AdmMsg of(String lang) {
        return "en".equals(lang) ? MessageBundles.get(AdmMsg.class) : MessageBundles.get(AdmMsg.class, Localized.Literal.of(lang));
    }
}
