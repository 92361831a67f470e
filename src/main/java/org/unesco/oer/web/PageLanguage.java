package org.unesco.oer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import org.unesco.oer.platform.Languages;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page: {@code ?lang=} (remembered in a cookie), else the cookie, else
 * Accept-Language, else English. Pages speak the languages their questionnaire and messages have.
 */
@RequestScoped
public class PageLanguage {

    /** The words of the pages in a language other than English (the bundle's defaults are English). */
    static final String WORDS = "messages/msg_%s.properties";
    static final String COOKIE = "oer-lang";

    @Inject
    HttpHeaders headers;
    @Inject
    org.unesco.oer.questionnaire.QuestionnaireCatalog catalog;
    @Inject
    UriInfo uri;
    @Inject
    Languages languages;

    private String code;
    private List<String> supported;

    /**
     * The languages offered: the configured ones the pages have words for, that every published
     * questionnaire also has (its own texts or a published translation).
     */
    public List<String> supported() {
        if (supported == null) {
            supported = pageLanguages(languages.supported()).stream().filter(l -> catalog.all().stream()
                    .allMatch(p -> p.languages().contains(l))).toList();
        }
        return supported;
    }

    /** Of the configured languages, those the pages have words for: English, and each with its file. */
    static List<String> pageLanguages(List<String> configured) {
        // looked up once per configuration, not on every page
        return PAGE_WORDS.computeIfAbsent(configured, list -> list.stream().filter(l -> l.equals("en")
                || PageLanguage.class.getClassLoader().getResource(String.format(WORDS, l)) != null).toList());
    }

    private static final java.util.Map<List<String>, List<String>> PAGE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    public String code() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public boolean rightToLeft() {
        return "ar".equals(code());
    }

    /** The cookie to set when the language was chosen in this request, else null. */
    public NewCookie choiceCookie() {
        String asked = uri.getQueryParameters().getFirst("lang");
        if (asked == null || !supported().contains(asked)) {
            return null;
        }
        return new NewCookie.Builder(COOKIE).value(asked).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
    }

    private String resolve() {
        String asked = uri.getQueryParameters().getFirst("lang");
        if (asked != null && supported().contains(asked)) {
            return asked;
        }
        Cookie chosen = headers.getCookies().get(COOKIE);
        if (chosen != null && supported().contains(chosen.getValue())) {
            return chosen.getValue();
        }
        return Languages.served(Languages.requested(null, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), supported()), supported());
    }

    /** The name of a language in that language, for the switcher. */
    public static String endonym(String code) {
        return switch (code) {
            case "ar" -> "العربية";
            case "zh" -> "中文";
            case "fr" -> "Français";
            case "ru" -> "Русский";
            case "es" -> "Español";
            default -> "English";
        };
    }
}
