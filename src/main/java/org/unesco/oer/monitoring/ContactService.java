package org.unesco.oer.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.security.Actor;
import org.unesco.oer.monitoring.ContactDtos.Contact;
import org.unesco.oer.monitoring.ContactDtos.StateContacts;
import org.unesco.oer.monitoring.NationalContact.Kind;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.registry.MemberState;

import java.time.InstantSource;
import java.util.Objects;

/** National contacts of a state and the language it is written to. Every change is audited. */
@ApplicationScoped
public class ContactService {

    @Inject
    InstantSource clock;
    @Inject
    AuditTrail audit;
    @Inject
    Languages languages;

    public StateContacts get(String stateCode) {
        MemberState state = require(stateCode, false);
        return new StateContacts(language(state), contact(state.code, Kind.NATIONAL_COMMISSION),
                contact(state.code, Kind.PERMANENT_DELEGATION));
    }

    @Transactional
    public StateContacts update(String stateCode, StateContacts update, Actor actor) {
        if (update.language() != null) {
            update = new StateContacts(languages.require("language", update.language()), update.nationalCommission(),
                    update.permanentDelegation());
        }
        MemberState state = require(stateCode, true);
        StateContacts before = get(state.code);
        if (update.language() != null) {
            state.getEntityManager().createNativeQuery("update member_state set language = ?1 where code = ?2")
                    .setParameter(1, update.language()).setParameter(2, state.code).executeUpdate();
        }
        store(state.code, Kind.NATIONAL_COMMISSION, update.nationalCommission(), actor);
        store(state.code, Kind.PERMANENT_DELEGATION, update.permanentDelegation(), actor);
        StateContacts after = new StateContacts(update.language() != null ? update.language() : before.language(),
                update.nationalCommission() != null ? update.nationalCommission() : before.nationalCommission(),
                update.permanentDelegation() != null ? update.permanentDelegation() : before.permanentDelegation());
        if (!Objects.equals(before, after)) {
            audit.append(actor.username(), actor.role(), AuditEntry.of("CONTACTS_CHANGED", null, state.code)
                    .values(Json.write(before), Json.write(after)));
        }
        return after;
    }

    public Contact contact(String stateCode, Kind kind) {
        NationalContact.Key key = new NationalContact.Key();
        key.stateCode = stateCode;
        key.kind = kind;
        NationalContact c = NationalContact.findById(key);
        return c == null ? null : new Contact(c.name, c.email, c.phone);
    }

    public String language(MemberState state) {
        return (String) state.getEntityManager().createNativeQuery("select language from member_state where code = ?1")
                .setParameter(1, state.code).getSingleResult();
    }

    private void store(String stateCode, Kind kind, Contact contact, Actor actor) {
        if (contact == null) {
            return;
        }
        NationalContact.Key key = new NationalContact.Key();
        key.stateCode = stateCode;
        key.kind = kind;
        NationalContact c = NationalContact.findById(key);
        boolean isNew = c == null;
        if (isNew) {
            c = new NationalContact();
            c.stateCode = stateCode;
            c.kind = kind;
        }
        c.name = contact.name();
        c.email = contact.email();
        c.phone = contact.phone();
        c.updatedBy = actor.username();
        c.updatedAt = clock.instant();
        if (isNew) {
            c.persist();
        }
    }

    private static MemberState require(String code, boolean lock) {
        MemberState state = code == null ? null
                : lock ? MemberState.findById(code.toUpperCase(), LockModeType.PESSIMISTIC_WRITE) : MemberState.findById(code.toUpperCase());
        if (state == null) {
            throw new NotFoundException("state", code);
        }
        return state;
    }
}
