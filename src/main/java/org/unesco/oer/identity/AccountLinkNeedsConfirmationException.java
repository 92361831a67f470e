package org.unesco.oer.identity;

import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Problem;

import java.util.List;
import java.util.Set;

/**
 * An existing Keycloak account that holds a Secretariat, analyst or admin role, or acts for another
 * state, is linked to a designation only when the request says so explicitly
 * ({@code "linkPrivilegedOrOtherStateAccount": true}): one account must not quietly gather duties.
 */
public class AccountLinkNeedsConfirmationException extends DomainException {

    public static final String FLAG = "linkPrivilegedOrOtherStateAccount";

    private final Set<String> roles;
    private final Set<String> states;

    public AccountLinkNeedsConfirmationException(String email, Set<String> roles, Set<String> states) {
        super(409, "account-link-needs-confirmation", Message.of(
                roles.isEmpty() ? "detail.account-link.states" : states.isEmpty() ? "detail.account-link.roles" : "detail.account-link.both",
                email, String.join(", ", roles), String.join(", ", states), FLAG));
        this.roles = roles;
        this.states = states;
    }

    @Override
    public Problem toProblem(String language) {
        return super.toProblem(language).withExtension("roles", List.copyOf(roles)).withExtension("states", List.copyOf(states));
    }
}
