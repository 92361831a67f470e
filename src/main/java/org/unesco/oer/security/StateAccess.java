package org.unesco.oer.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.unesco.oer.identity.DesignationService;
import org.unesco.oer.platform.NotFoundException;

/**
 * Who may see and change which state's report. Focal points are checked against the designation
 * record on every request, so a handover takes effect at once; a focal point asking for a state
 * they do not act for gets the same 404 whether or not that state exists. Called by {@link ScopeFilter}
 * for the state scopes an endpoint declares ({@link Access#STATE_READ}, {@link Access#STATE_WRITE},
 * {@link Access#STATE_DECIDE}), never by resources.
 */
@RequestScoped
public class StateAccess {

    @Inject
    CurrentUser user;
    @Inject
    DesignationService designations;

    public Actor requireRead(String cycleCode, String stateCode) {
        if (user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ANALYST)) {
            return new Actor(user.username(), user.actingRole(), false);
        }
        return requireDesignated(cycleCode, stateCode);
    }

    public Actor requireWrite(String cycleCode, String stateCode) {
        if (user.hasRole(Roles.SECRETARIAT)) {
            return new Actor(user.username(), Roles.SECRETARIAT, true);
        }
        if (user.hasRole(Roles.FOCAL_POINT)) {
            return requireDesignated(cycleCode, stateCode);
        }
        throw new ForbiddenException();
    }

    /** Workflow decisions and extensions: Secretariat only (a designated focal point gets 403, others 404). */
    public Actor requireSecretariat(String cycleCode, String stateCode) {
        if (user.hasRole(Roles.SECRETARIAT)) {
            return new Actor(user.username(), Roles.SECRETARIAT, false);
        }
        if (user.hasRole(Roles.FOCAL_POINT) && !user.hasRole(Roles.ANALYST)) {
            requireDesignated(cycleCode, stateCode);
        }
        throw new ForbiddenException();
    }

    private Actor requireDesignated(String cycleCode, String stateCode) {
        if (user.hasRole(Roles.FOCAL_POINT)
                && designations.isDesignated(user.subject(), user.username(), cycleCode, normalize(stateCode))) {
            return new Actor(user.username(), Roles.FOCAL_POINT, false);
        }
        if (!user.hasRole(Roles.FOCAL_POINT)) {
            throw new ForbiddenException();
        }
        throw new NotFoundException("report", cycleCode + "/" + stateCode);
    }

    public static String normalize(String stateCode) {
        return stateCode == null ? null : stateCode.toUpperCase();
    }
}
