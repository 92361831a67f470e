package org.unesco.oer.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;

/**
 * Whether the signed-in user enters a report on a state's behalf (the Secretariat on the focal
 * points' report pages): the report pages show a banner and lead the Secretariat's submission to
 * the page that asks for the date received ({@code {inject:proxyEntry.active}} in the templates).
 */
@Named("proxyEntry")
@RequestScoped
public class ProxyEntry {

    @Inject
    CurrentUser user;

    public boolean isActive() {
        return user.hasRole(Roles.SECRETARIAT);
    }

    /** Where the Secretariat submits a state's report: date received and the document as received. */
    public String submitPath(String cycle, String state) {
        return "/secretariat/" + cycle + "/states/" + state + "/submit";
    }
}
