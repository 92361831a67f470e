package org.unesco.oer.web.chase;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Section;

/** The Secretariat's "FocalPoints" entry of the main navigation. */
@ApplicationScoped
public class FocalPointsSection implements Section {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.hasRole(Roles.SECRETARIAT);
    }

    @Override
    public String href(String cycle) {
        return cycle == null ? null : "/secretariat/" + cycle + "/designations";
    }

    @Override
    public String label(String lang) {
        return ChasePage.words(lang).navFocalPoints();
    }
}
