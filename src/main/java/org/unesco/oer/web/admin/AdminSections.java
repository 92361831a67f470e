package org.unesco.oer.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Section;

/** The administrators' entries of the main navigation: cycles, regions, questionnaires. */
public final class AdminSections {

    private AdminSections() {
    }

    abstract static class ForAdmins implements Section {

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.hasRole(Roles.ADMIN);
        }
    }

    @ApplicationScoped
    public static class Cycles extends ForAdmins {
        @Override
        public int order() {
            return 70;
        }

        @Override
        public String href(String cycle) {
            return "/admin/cycles";
        }

        @Override
        public String label(String lang) {
            return AdmWords.of(lang).navCycles();
        }
    }

    @ApplicationScoped
    public static class Regions extends ForAdmins {
        @Override
        public int order() {
            return 71;
        }

        @Override
        public String href(String cycle) {
            return "/admin/regions";
        }

        @Override
        public String label(String lang) {
            return AdmWords.of(lang).navRegions();
        }
    }

    @ApplicationScoped
    public static class Questionnaires extends ForAdmins {
        @Override
        public int order() {
            return 72;
        }

        @Override
        public String href(String cycle) {
            return "/admin/questionnaires";
        }

        @Override
        public String label(String lang) {
            return AdmWords.of(lang).navQuestionnaires();
        }
    }
}
