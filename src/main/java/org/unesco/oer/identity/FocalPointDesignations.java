package org.unesco.oer.identity;

import org.unesco.oer.platform.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.security.Roles;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.identity.DesignationDtos.DesignationView;
import org.unesco.oer.identity.DesignationDtos.Person;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.security.Actor;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Designating, ending and handing over focal points: the Keycloak account first (undone if
 * anything after it fails), then the designation record in one transaction.
 */
@ApplicationScoped
public class FocalPointDesignations {

    @Inject
    InstantSource clock;
    @Inject
    FocalPointAccounts accounts;
    @Inject
    DesignationService designations;
    @Inject
    CycleService cycles;
    @Inject
    DesignationLetters letters;

    public DesignationView designate(String cycleCode, String stateCode, Person person, String evidence, Actor actor) {
        return designate(cycleCode, stateCode, person, evidence, false, actor);
    }

    public DesignationView designate(String cycleCode, String stateCode, Person person, String evidence,
                                     boolean linkPrivilegedOrOtherStateAccount, Actor actor) {
        String cycle = cycles.require(cycleCode).code;
        String state = requireState(stateCode);
        FocalPointAccounts.Account account = accounts.provision(person.email(), person.name(), state,
                DesignationLetters.keycloakLocale(letters.languageOf(state)),
                existing -> requireLinkable(existing, person.email(), state, linkPrivilegedOrOtherStateAccount));
        Designation d;
        try {
            d = QuarkusTransaction.requiringNew().call(() -> designations.designate(
                    newDesignation(cycle, state, person, evidence, account), actor.username(), actor.role()));
        } catch (RuntimeException e) {
            accounts.undo(account, state);
            throw e;
        }
        return DesignationView.of(d, account, letters.send(d, account), clock.instant());
    }

    /**
     * Ends a designation at once (access is checked against it on every request), then takes the
     * focal-point role from the account unless it still has another active designation. Ending an
     * ended designation retries the account update.
     */
    public DesignationView end(String cycleCode, long id, String reason, Actor actor) {
        Designation d = QuarkusTransaction.requiringNew().call(() -> {
            Designation found = require(cycleCode, id);
            if (found.validUntil == null || found.validUntil.isAfter(clock.instant())) {
                designations.end(found, actor.username(), actor.role(), reason);
            }
            return found;
        });
        releaseAccount(d);
        return DesignationView.of(d, null, clock.instant());
    }

    /** One audited operation: the new person is designated and the old one ended together. */
    public DesignationView handover(String cycleCode, long id, Person person, String evidence, String reason, Actor actor) {
        return handover(cycleCode, id, person, evidence, reason, false, actor);
    }

    public DesignationView handover(String cycleCode, long id, Person person, String evidence, String reason,
                                    boolean linkPrivilegedOrOtherStateAccount, Actor actor) {
        Designation old = QuarkusTransaction.requiringNew().call(() -> require(cycleCode, id));
        if (!old.isActive(clock.instant())) {
            throw new InvalidRequestException("designation", "ended", id);
        }
        FocalPointAccounts.Account account = accounts.provision(person.email(), person.name(), old.stateCode,
                DesignationLetters.keycloakLocale(letters.languageOf(old.stateCode)),
                existing -> requireLinkable(existing, person.email(), old.stateCode, linkPrivilegedOrOtherStateAccount));
        Designation created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> {
                Designation current = require(cycleCode, id);
                designations.end(current, actor.username(), actor.role(), reason == null ? "Handover" : reason);
                return designations.designate(newDesignation(old.cycleCode, old.stateCode, person, evidence, account),
                        actor.username(), actor.role());
            });
        } catch (RuntimeException e) {
            accounts.undo(account, old.stateCode);
            throw e;
        }
        if (old.subject != null && !old.subject.equals(account.userId())) {
            releaseAccount(QuarkusTransaction.requiringNew().call(() -> require(cycleCode, id)));
        }
        return DesignationView.of(created, account, letters.send(created, account), clock.instant());
    }

    public List<DesignationView> list(String cycleCode, String stateCode) {
        String cycle = cycles.require(cycleCode).code;
        return designations.forCycle(cycle, stateCode == null || stateCode.isBlank() ? null : stateCode.toUpperCase(Locale.ROOT))
                .stream().map(d -> DesignationView.of(d, null, clock.instant())).toList();
    }

    /**
     * An existing account that holds a privileged role or acts for another state (by its country
     * attribute or an active designation) is linked only with the explicit flag.
     */
    private void requireLinkable(FocalPointAccounts.ExistingAccount existing, String email, String state, boolean confirmed) {
        if (confirmed) {
            return;
        }
        Set<String> privileged = new TreeSet<>(existing.realmRoles());
        privileged.retainAll(Set.of(Roles.SECRETARIAT, Roles.ANALYST, Roles.ADMIN));
        Set<String> otherStates = new TreeSet<>(existing.countries());
        QuarkusTransaction.requiringNew().run(() -> Designation.<Designation>list(
                        "subject = ?1 and validFrom <= ?2 and (validUntil is null or validUntil > ?2)", existing.userId(), clock.instant())
                .forEach(d -> otherStates.add(d.stateCode)));
        otherStates.remove(state);
        if (!privileged.isEmpty() || !otherStates.isEmpty()) {
            throw new AccountLinkNeedsConfirmationException(email, privileged, otherStates);
        }
    }

    private void releaseAccount(Designation ended) {
        if (ended.subject == null) {
            return;
        }
        Instant now = clock.instant();
        boolean stillActiveForState = Designation.count("subject = ?1 and stateCode = ?2 and validFrom <= ?3 and (validUntil is null or validUntil > ?3)",
                ended.subject, ended.stateCode, now) > 0;
        if (stillActiveForState) {
            return;
        }
        boolean otherActive = Designation.count("subject = ?1 and validFrom <= ?2 and (validUntil is null or validUntil > ?2)",
                ended.subject, now) > 0;
        try {
            accounts.release(ended.subject, ended.stateCode, !otherActive);
        } catch (IdentityProviderUnavailableException e) {
            throw new IdentityProviderUnavailableException(Message.of("detail.idp.role-not-removed", e.getMessage()));
        }
    }

    private static DesignationService.NewDesignation newDesignation(String cycle, String state, Person person, String evidence,
                                                                  FocalPointAccounts.Account account) {
        return new DesignationService.NewDesignation(cycle, state, account.username(), account.userId(), person.name().strip(),
                person.email().strip(), person.title(), person.institution(), evidence.strip());
    }

    private static Designation require(String cycleCode, long id) {
        Designation d = Designation.findById(id);
        if (d == null || !d.cycleCode.equals(cycleCode)) {
            throw new NotFoundException("designation", String.valueOf(id));
        }
        return d;
    }

    private static String requireState(String code) {
        String state = code.toUpperCase(Locale.ROOT);
        if (MemberState.findById(state) == null) {
            throw new InvalidRequestException("state", "unknown-state", code);
        }
        return state;
    }
}
