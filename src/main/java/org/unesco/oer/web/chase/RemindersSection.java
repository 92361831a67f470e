package org.unesco.oer.web.chase;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Section;

/** The Secretariat's "Reminders" entry of the main navigation. */
@ApplicationScoped
public class RemindersSection implements Section {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.hasRole(Roles.SECRETARIAT);
    }

    @Override
    public String href(String cycle) {
        return cycle == null ? null : "/secretariat/" + cycle + "/reminders";
    }

    @Override
    public String label(String lang) {
        return ChasePage.words(lang).navReminders();
    }
}
