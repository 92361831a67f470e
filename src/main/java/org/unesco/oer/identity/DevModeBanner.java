package org.unesco.oer.identity;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** In dev mode, says where tokens come from (deploy/local/dev-token.sh reads this line). */
@ApplicationScoped
public class DevModeBanner {

    private static final Logger LOG = Logger.getLogger(DevModeBanner.class);

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class).ifPresent(url ->
                    LOG.infof("Dev OIDC server: %s (demo users: fp-ken, fp-fra, fp-jor, fp-bra, fp-ind, secretariat, analyst, admin;"
                            + " token: deploy/local/dev-token.sh USER)", url));
        }
    }
}
