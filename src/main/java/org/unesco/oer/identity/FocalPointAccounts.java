package org.unesco.oer.identity;

import org.unesco.oer.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Focal-point accounts in Keycloak, through the admin client with a service account (client
 * credentials). Every step that fails is undone before the failure is reported.
 */
@ApplicationScoped
public class FocalPointAccounts {

    private static final Logger LOG = Logger.getLogger(FocalPointAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Keycloak keycloak;
    @Inject
    ProvisioningConfig config;

    /** What provisioning did, so that it can be undone. The temporary password is shown once. */
    public record Account(String userId, String username, boolean created, boolean roleAdded, boolean countryAdded,
                          String temporaryPassword, boolean actionsEmailSent) {
    }

    /** An account that already exists, as seen before anything is changed: its realm roles and countries. */
    public record ExistingAccount(String userId, String username, Set<String> realmRoles, Set<String> countries) {
    }

    /**
     * Creates the account (with the Keycloak {@code locale} of the state's language), or links the
     * existing one with this e-mail (its locale is the user's own); {@code beforeLinking} sees an
     * existing account before anything is changed and may refuse it by throwing.
     */
    public Account provision(String email, String personName, String stateCode, String locale,
                             Consumer<ExistingAccount> beforeLinking) {
        RealmResource realm = call(() -> keycloak.realm(config.realm()));
        List<UserRepresentation> found = call(() -> realm.users().searchByEmail(email, true));
        String userId;
        boolean created = false;
        UserRepresentation user;
        if (found.isEmpty()) {
            user = new UserRepresentation();
            user.setUsername(email.toLowerCase());
            user.setEmail(email);
            int space = personName.strip().lastIndexOf(' ');
            user.setFirstName(space > 0 ? personName.strip().substring(0, space) : personName.strip());
            user.setLastName(space > 0 ? personName.strip().substring(space + 1) : "");
            user.setEnabled(true);
            // Keycloak writes its own e-mails and pages in the account's locale: the state's language.
            user.setAttributes(Map.of(config.countryAttribute(), List.of(stateCode), "locale", List.of(locale)));
            try (Response response = call(() -> realm.users().create(user))) {
                if (response.getStatus() != 201) {
                    throw new IdentityProviderUnavailableException(Message.of("detail.idp.account-refused", email, response.getStatus()));
                }
                userId = CreatedResponseUtil.getCreatedId(response);
            }
            created = true;
        } else {
            user = found.get(0);
            userId = user.getId();
            Set<String> roles = call(() -> realm.users().get(userId).roles().realmLevel().listEffective()).stream()
                    .map(RoleRepresentation::getName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> countries = new TreeSet<>(user.getAttributes() == null ? List.of()
                    : user.getAttributes().getOrDefault(config.countryAttribute(), List.of()));
            beforeLinking.accept(new ExistingAccount(userId, user.getUsername(), roles, countries));
        }
        boolean countryAdded = false;
        boolean roleAdded = false;
        try {
            if (!created) {
                countryAdded = addCountry(realm, user, stateCode);
            }
            RoleRepresentation role = call(() -> realm.roles().get(config.role()).toRepresentation());
            boolean hadRole = call(() -> realm.users().get(userId).roles().realmLevel().listEffective()).stream()
                    .anyMatch(r -> config.role().equals(r.getName()));
            if (!hadRole) {
                run(() -> realm.users().get(userId).roles().realmLevel().add(List.of(role)));
                roleAdded = true;
            }
            String temporaryPassword = null;
            boolean emailSent = false;
            if (created) {
                Map<String, String> smtp = call(() -> realm.toRepresentation().getSmtpServer());
                if (smtp != null && smtp.get("host") != null && !smtp.get("host").isBlank()) {
                    run(() -> realm.users().get(userId).executeActionsEmail(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")));
                    emailSent = true;
                } else {
                    temporaryPassword = temporaryPassword();
                    CredentialRepresentation credential = new CredentialRepresentation();
                    credential.setType(CredentialRepresentation.PASSWORD);
                    credential.setValue(temporaryPassword);
                    credential.setTemporary(true);
                    run(() -> realm.users().get(userId).resetPassword(credential));
                }
            }
            return new Account(userId, created ? email.toLowerCase() : user.getUsername(), created, roleAdded, countryAdded,
                    temporaryPassword, emailSent);
        } catch (RuntimeException e) {
            undo(new Account(userId, user.getUsername(), created, roleAdded, countryAdded, null, false), stateCode);
            throw e;
        }
    }

    /** Reverses {@link #provision}: deletes a created account, or takes back the role and country it added. */
    public void undo(Account account, String stateCode) {
        try {
            RealmResource realm = keycloak.realm(config.realm());
            if (account.created()) {
                realm.users().get(account.userId()).remove();
                return;
            }
            if (account.roleAdded()) {
                realm.users().get(account.userId()).roles().realmLevel().remove(List.of(realm.roles().get(config.role()).toRepresentation()));
            }
            if (account.countryAdded()) {
                removeCountry(realm, account.userId(), stateCode);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not undo provisioning of Keycloak user %s; remove it by hand", account.userId());
        }
    }

    /** The person no longer acts for this state; without any other designation they lose the role. */
    public void release(String userId, String stateCode, boolean removeRole) {
        RealmResource realm = call(() -> keycloak.realm(config.realm()));
        if (removeRole) {
            RoleRepresentation role = call(() -> realm.roles().get(config.role()).toRepresentation());
            run(() -> realm.users().get(userId).roles().realmLevel().remove(List.of(role)));
        }
        removeCountry(realm, userId, stateCode);
    }

    private boolean addCountry(RealmResource realm, UserRepresentation user, String stateCode) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
        List<String> countries = new ArrayList<>(attributes.getOrDefault(config.countryAttribute(), List.of()));
        if (countries.contains(stateCode)) {
            return false;
        }
        countries.add(stateCode);
        attributes.put(config.countryAttribute(), countries);
        user.setAttributes(attributes);
        run(() -> realm.users().get(user.getId()).update(user));
        return true;
    }

    private void removeCountry(RealmResource realm, String userId, String stateCode) {
        UserRepresentation user = call(() -> realm.users().get(userId).toRepresentation());
        if (user.getAttributes() == null || !user.getAttributes().getOrDefault(config.countryAttribute(), List.of()).contains(stateCode)) {
            return;
        }
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
        List<String> countries = new ArrayList<>(attributes.get(config.countryAttribute()));
        countries.remove(stateCode);
        attributes.put(config.countryAttribute(), countries);
        user.setAttributes(attributes);
        run(() -> realm.users().get(userId).update(user));
    }

    private static String temporaryPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static <T> T call(Supplier<T> step) {
        try {
            return step.get();
        } catch (ProcessingException | WebApplicationException e) {
            // The technical cause (a Netty connect exception, an HTTP status) goes to the log, not to the client.
            LOG.warnf("Keycloak admin call failed: %s", e.getMessage());
            throw new IdentityProviderUnavailableException(e instanceof WebApplicationException w
                    ? Message.of("detail.idp.change-refused", w.getResponse().getStatus())
                    : Message.of("detail.idp.unreachable"));
        }
    }

    private static void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
    }
}
