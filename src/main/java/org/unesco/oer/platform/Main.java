package org.unesco.oer.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus rejects a request URI that {@link java.net.URI} cannot parse (for
 * example a malformed percent-escape) with a bare 400 before any handler runs; that check is read
 * from a system property when Quarkus' HTTP classes load, so it is turned off here, before they do,
 * and {@link HttpLimits} makes the same check and answers problem+json naming the parameter.
 * Tests set the property in the Surefire configuration.
 */
@QuarkusMain
public final class Main {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private Main() {
    }

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
