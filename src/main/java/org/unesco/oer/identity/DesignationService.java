package org.unesco.oer.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.platform.Json;

import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The record of who may act for which state, checked on every request. */
@ApplicationScoped
public class DesignationService {

    @Inject
    InstantSource clock;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    DemoDesignations.DemoDataConfig demoData;

    /** A new designation, effective now. */
    public record NewDesignation(String cycleCode, String stateCode, String username, String subject, String personName,
                                 String email, String title, String institution, String evidence) {
    }

    /**
     * The caller's designations active now. A designation is bound to the Keycloak user id when it
     * is made; only the demo designations (dev mode and the local stack, {@code oer.demo-data.enabled})
     * carry just a user name and are bound to the caller's subject here, once.
     */
    @Transactional
    public List<Designation> activeFor(String subject, String username) {
        Instant now = clock.instant();
        String demoAccount = demoAccount(subject, username);
        if (demoAccount != null) {
            List<Designation> unbound = Designation.list(
                    "subject is null and designatedBy = ?1 and lower(username) = ?2 and validFrom <= ?3 and (validUntil is null or validUntil > ?3)",
                    DemoDesignations.DESIGNATED_BY, demoAccount, now);
            for (Designation d : unbound) {
                d.subject = subject;
            }
        }
        return Designation.list("subject = ?1 and validFrom <= ?2 and (validUntil is null or validUntil > ?2) order by cycleCode, stateCode",
                subject, now);
    }

    /**
     * One query on every request of a focal point: a designation active now for this cycle and
     * state, bound to the caller's subject (or, with demo data only, a demo designation not yet
     * bound and made out to their user name).
     */
    public boolean isDesignated(String subject, String username, String cycleCode, String stateCode) {
        String demoAccount = demoAccount(subject, username);
        List<Designation> matches = Designation.list("""
                cycleCode = ?1 and stateCode = ?2 and validFrom <= ?3 and (validUntil is null or validUntil > ?3)
                and (subject = ?4 or (?6 = true and subject is null and designatedBy = ?7 and lower(username) = ?5))""",
                cycleCode, stateCode, clock.instant(), subject, demoAccount == null ? "" : demoAccount, demoAccount != null,
                DemoDesignations.DESIGNATED_BY);
        if (matches.stream().anyMatch(d -> subject.equals(d.subject))) {
            return true;
        }
        return !matches.isEmpty() && !activeFor(subject, username).isEmpty();
    }

    /**
     * The demo account the caller is, when demo data is on (dev mode, the local stack): Keycloak's
     * demo users carry it as user name, the dev-mode OIDC server as subject. Null otherwise.
     */
    private String demoAccount(String subject, String username) {
        if (!demoData.enabled()) {
            return null;
        }
        for (String name : new String[]{username, subject}) {
            if (name != null && DemoDesignations.FOCAL_POINTS.containsKey(name.toLowerCase(Locale.ROOT))) {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    public List<Designation> forCycle(String cycleCode, String stateCode) {
        return stateCode == null
                ? Designation.list("cycleCode = ?1 order by stateCode, validFrom", cycleCode)
                : Designation.list("cycleCode = ?1 and stateCode = ?2 order by validFrom", cycleCode, stateCode);
    }

    @Transactional
    public Designation designate(NewDesignation n, String designatedBy, String role) {
        Designation d = new Designation();
        d.cycleCode = n.cycleCode();
        d.stateCode = n.stateCode();
        d.username = n.username();
        d.subject = n.subject();
        d.personName = n.personName();
        d.email = n.email();
        d.title = n.title();
        d.institution = n.institution();
        d.evidence = n.evidence();
        d.validFrom = clock.instant();
        d.designatedBy = designatedBy;
        d.persist();
        audit.append(designatedBy, role, AuditEntry.of("DESIGNATION_STARTED", d.cycleCode, d.stateCode)
                .values(null, Json.write(describe(d))));
        return d;
    }

    @Transactional
    public Designation end(Designation d, String endedBy, String role, String reason) {
        d.validUntil = clock.instant();
        d.endedBy = endedBy;
        d.endReason = reason;
        audit.append(endedBy, role, AuditEntry.of("DESIGNATION_ENDED", d.cycleCode, d.stateCode)
                .values(Json.write(describe(d)), null).detail(Json.write(Map.of("reason", reason == null ? "" : reason))));
        return d;
    }

    private static Map<String, Object> describe(Designation d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("designation", d.id);
        m.put("username", d.username);
        m.put("name", d.personName);
        m.put("email", d.email);
        m.put("evidence", d.evidence);
        return m;
    }
}
