package org.unesco.oer.identity;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.unesco.oer.cycle.ReportingCycle;

import java.util.Map;

/**
 * Demo designations, one focal point per region, in every cycle: for dev mode and the local full
 * stack only ({@code oer.demo-data.enabled}); production seeds none.
 */
@ApplicationScoped
public class DemoDesignations {

    static final Map<String, String> FOCAL_POINTS = Map.of(
            "fp-ken", "KEN", "fp-fra", "FRA", "fp-jor", "JOR", "fp-bra", "BRA", "fp-ind", "IND");
    /** The designatedBy of demo designations: the only ones bound to a user name at first use. */
    static final String DESIGNATED_BY = "demo-data";
    private static final Logger LOG = Logger.getLogger(DemoDesignations.class);

    @ConfigMapping(prefix = "oer.demo-data")
    public interface DemoDataConfig {
        /** Seed the demo designations at start-up. */
        @WithDefault("false")
        boolean enabled();

        /** Also fill demo reports (org.unesco.oer.demo.DemoReports): dev mode only. */
        @WithDefault("false")
        boolean reports();
    }

    @Inject
    DemoDataConfig config;
    @Inject
    DesignationService designations;

    @Transactional
    void onStart(@Observes @Priority(40) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        int created = 0;
        for (ReportingCycle cycle : ReportingCycle.<ReportingCycle>listAll()) {
            for (Map.Entry<String, String> fp : FOCAL_POINTS.entrySet()) {
                boolean exists = Designation.count("cycleCode = ?1 and stateCode = ?2 and lower(username) = ?3",
                        cycle.code, fp.getValue(), fp.getKey()) > 0;
                if (!exists) {
                    designations.designate(new DesignationService.NewDesignation(cycle.code, fp.getValue(), fp.getKey(), null,
                            "Demo focal point " + fp.getValue(), fp.getKey() + "@example.org", "National focal point",
                            "Ministry of Education", "Demo data"), DESIGNATED_BY, "system");
                    created++;
                }
            }
        }
        LOG.infof("Demo data: %d focal-point designations created", created);
    }
}
