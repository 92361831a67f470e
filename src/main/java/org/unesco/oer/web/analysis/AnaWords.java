package org.unesco.oer.web.analysis;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The analysts' page words in a language, for texts built in Java (chart titles, navigation). */
final class AnaWords {

    private AnaWords() {
    }

    static AnaMsg of(String lang) {
        return "en".equals(lang) ? MessageBundles.get(AnaMsg.class) : MessageBundles.get(AnaMsg.class, Localized.Literal.of(lang));
    }
}
