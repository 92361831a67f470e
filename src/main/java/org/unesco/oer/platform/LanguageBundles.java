package org.unesco.oer.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Checks at start-up that every configured language has every text bundle, complete: a language
 * added to {@code oer.languages} without its files stops the start-up naming each file and key,
 * rather than a letter or a workbook failing (or falling back to English) later.
 */
@ApplicationScoped
public class LanguageBundles {

    /** The bundles every configured language needs ({@code <base>_<lang>.properties}): letters, workbook words (ExportWords). */
    public static final List<String> BASES = List.of(Letters.BASE, "exports/exports");

    @Inject
    Languages languages;

    void onStart(@Observes StartupEvent event) {
        TextBundle.requireComplete(BASES, languages.supported());
    }
}
