package org.unesco.oer.web.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Section;

/** The analysts' entries of the main navigation: indicators, free text, export (analysts and the Secretariat). */
public final class AnalysisSections {

    private AnalysisSections() {
    }

    abstract static class ForAnalysts implements Section {

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.hasRole(Roles.ANALYST) || user.hasRole(Roles.SECRETARIAT);
        }
    }

    @ApplicationScoped
    public static class Indicators extends ForAnalysts {
        @Override
        public int order() {
            return 30;
        }

        @Override
        public String href(String cycle) {
            return cycle == null ? null : "/analysis/" + cycle + "/indicators";
        }

        @Override
        public String label(String lang) {
            return AnaWords.of(lang).navIndicators();
        }
    }

    @ApplicationScoped
    public static class FreeText extends ForAnalysts {
        @Override
        public int order() {
            return 31;
        }

        @Override
        public String href(String cycle) {
            return cycle == null ? null : "/analysis/" + cycle + "/free-text";
        }

        @Override
        public String label(String lang) {
            return AnaWords.of(lang).navFreeText();
        }
    }

    @ApplicationScoped
    public static class Export extends ForAnalysts {
        @Override
        public int order() {
            return 32;
        }

        @Override
        public String href(String cycle) {
            return cycle == null ? null : "/analysis/" + cycle + "/export";
        }

        @Override
        public String label(String lang) {
            return AnaWords.of(lang).navExport();
        }
    }
}
