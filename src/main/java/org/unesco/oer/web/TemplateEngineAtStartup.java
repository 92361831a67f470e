package org.unesco.oer.web;

import io.quarkus.qute.Engine;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Builds Qute's engine on a second thread as start-up begins: building it parses every page and
 * the ~3,100 messages of the bundles (a quarter of a second), while the observers on the main thread
 * load the registry and the questionnaire catalog. On two cores the two overlap. Qute's own
 * start-up observer, later on the main thread, then finds the engine built or waits for it; if
 * building fails here, it fails there again and stops the start-up as before.
 */
@ApplicationScoped
class TemplateEngineAtStartup {

    private static final Logger LOG = Logger.getLogger(TemplateEngineAtStartup.class);

    @Inject
    Instance<Engine> engine;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                engine.get().getTemplate("layout.html");
            } catch (RuntimeException e) {
                LOG.debug("The template engine could not be built ahead; Qute's start-up observer reports why", e);
            }
        }, "template-engine-start");
        thread.setDaemon(true);
        thread.start();
    }
}
