package org.unesco.oer.web.chase;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Section;

/** The Secretariat's "Extensions" entry of the main navigation. */
@ApplicationScoped
public class ExtensionsSection implements Section {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.hasRole(Roles.SECRETARIAT);
    }

    @Override
    public String href(String cycle) {
        return cycle == null ? null : "/secretariat/" + cycle + "/extensions";
    }

    @Override
    public String label(String lang) {
        return ChasePage.words(lang).navExtensions();
    }
}
