package org.unesco.oer.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.util.List;

/**
 * The languages the service speaks, in the order they are listed to users ({@code oer.languages}).
 * Adding a language is this one line plus its data files (see README, "Languages").
 */
@ConfigMapping(prefix = "oer.languages")
public interface LanguageConfig {

    /** ISO 639-1 codes; UNESCO's six official languages in the UN order by default. */
    @WithParentName
    @WithDefault("ar,zh,en,fr,ru,es")
    List<String> supported();
}
