package org.unesco.oer.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Section;

/** The monitoring pages' entries in the main navigation, for the Secretariat and the analysts. */
final class MonitoringSections {

    private MonitoringSections() {
    }

    static boolean monitors(CurrentUser user) {
        return user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ANALYST);
    }

    static String href(String cycle, String view) {
        return cycle == null ? "/monitoring" : "/monitoring/" + cycle + "/" + view;
    }

    @ApplicationScoped
    static class Board implements Section {

        @Override
        public int order() {
            return 10;
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return monitors(user);
        }

        @Override
        public String href(String cycle) {
            return MonitoringSections.href(cycle, "board");
        }

        @Override
        public String label(String lang) {
            return MonitoringPages.words(lang).boardNav();
        }
    }

    @ApplicationScoped
    static class Response implements Section {

        @Override
        public int order() {
            return 20;
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return monitors(user);
        }

        @Override
        public String href(String cycle) {
            return MonitoringSections.href(cycle, "overview");
        }

        @Override
        public String label(String lang) {
            return MonitoringPages.words(lang).responseNav();
        }
    }
}
