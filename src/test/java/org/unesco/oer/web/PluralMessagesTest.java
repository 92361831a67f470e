package org.unesco.oer.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts read as people write them: "1 day left", not "1 days left"; Arabic's dual and plural forms. */
@QuarkusTest
class PluralMessagesTest {

    @Inject
    Msg english;
    @Inject
    @Localized("ar")
    Msg arabic;
    @Inject
    @Localized("fr")
    Msg french;

    @Test
    void oneIsSingularInEnglishAndFrench() {
        assertThat(english.daysLeft(1)).isEqualTo("1 day left");
        assertThat(english.daysLeft(12)).isEqualTo("12 days left");
        assertThat(english.daysLate(1)).isEqualTo("1 day late");
        assertThat(english.openComments(1)).isEqualTo("1 comment from the Secretariat");
        assertThat(english.openComments(3)).isEqualTo("3 comments from the Secretariat");
        assertThat(french.daysLeft(1)).isEqualTo("1 jour restant");
        assertThat(french.openComments(2)).isEqualTo("2 commentaires du Secrétariat");
    }

    @Test
    void arabicHasItsSingularDualFewAndManyForms() {
        assertThat(arabic.daysLeft(1)).isEqualTo("يتبقى يوم واحد");
        assertThat(arabic.daysLeft(2)).isEqualTo("يتبقى يومان");
        assertThat(arabic.daysLeft(5)).isEqualTo("يتبقى 5 أيام");
        assertThat(arabic.daysLeft(30)).isEqualTo("يتبقى 30 يومًا");
        assertThat(arabic.openComments(1)).isEqualTo("تعليق واحد من الأمانة");
    }
}
