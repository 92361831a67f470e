package org.unesco.oer.report;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Documents attached to submissions entered on a state's behalf. */
@ConfigMapping(prefix = "oer.documents")
public interface DocumentConfig {

    /** The largest document accepted; requests to the upload route may be this large (HttpLimits). */
    @WithDefault("10M")
    MemorySize maxSize();

    /** Documents per submission. */
    @WithDefault("10")
    int maxPerSubmission();
}
