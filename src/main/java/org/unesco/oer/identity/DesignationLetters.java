package org.unesco.oer.identity;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.platform.Letters;
import org.unesco.oer.platform.TextBundle;
import org.unesco.oer.registry.MemberState;

/**
 * The letter that tells a newly designated focal point what happened and how to sign in, in the
 * state's language (member_state.language, as reminders). Keycloak's own set-password e-mail
 * follows the account's locale, which provisioning sets to the same language.
 */
@ApplicationScoped
public class DesignationLetters {

    private static final Logger LOG = Logger.getLogger(DesignationLetters.class);

    public record Letter(String language, String subject, String body) {
    }

    @Inject
    Mailer mailer;
    @Inject
    EntityManager em;

    /** The language a state is written to. */
    public String languageOf(String stateCode) {
        return QuarkusTransaction.requiringNew().call(() -> language(stateCode));
    }

    private String language(String stateCode) {
        return (String) em.createNativeQuery("select language from member_state where code = ?1").setParameter(1, stateCode)
                .getSingleResult();
    }

    /** The Keycloak locale of a language (Keycloak's codes differ for Chinese: zh-Hans). */
    public static String keycloakLocale(String language) {
        return Letters.in(language).text("designation.keycloak_locale");
    }

    /**
     * Mails the letter to the designated person; returns the language it was written in, or null
     * when the mail server refused it (logged: the designation stands, the Secretariat can write).
     */
    public String send(Designation d, FocalPointAccounts.Account account) {
        Letter letter = QuarkusTransaction.requiringNew().call(() -> {
            String language = language(d.stateCode);
            MemberState state = MemberState.findById(d.stateCode);
            ReportingCycle cycle = ReportingCycle.findById(d.cycleCode);
            return write(language, d.personName, state.name(language), cycle, d.username, account);
        });
        try {
            mailer.send(Mail.withText(d.email, letter.subject(), letter.body()));
            return letter.language();
        } catch (RuntimeException e) {
            LOG.warnf("Designation letter to %s (%s, %s) not sent: %s", d.email, d.cycleCode, d.stateCode, e.getMessage());
            return null;
        }
    }

    static Letter write(String language, String person, String stateName, ReportingCycle cycle, String username,
                        FocalPointAccounts.Account account) {
        TextBundle letters = Letters.in(language);
        String signIn = account.created() && account.actionsEmailSent() ? "designation.account.actions_email"
                : account.created() ? "designation.account.temporary_password" : "designation.account.existing";
        return new Letter(letters.language(), letters.text("designation.subject", cycle.code),
                letters.text("designation.body", person, stateName, cycle.title(letters.language()), cycle.code,
                        letters.text(signIn), username, Letters.lastDay(cycle.deadline().endsAtInZone(), letters),
                        cycle.zone().getId()));
    }
}
