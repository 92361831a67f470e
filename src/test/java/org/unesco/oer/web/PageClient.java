package org.unesco.oer.web;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A browser without JavaScript for the page tests: opens pages with a user's token (the web tenant
 * also takes bearer tokens), reads them with jsoup and posts their forms as a browser would.
 */
final class PageClient {

    private final String auth;

    PageClient(String auth) {
        this.auth = auth;
    }

    Response get(String path) {
        return given().header("Authorization", auth).redirects().follow(false).get(path);
    }

    Document page(String path) {
        Response r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.asString());
        }
        return Jsoup.parse(r.asString(), "http://localhost" + path);
    }

    /** The fields a browser would send for this form (checked boxes, selected options, hidden fields), plus extra ones. */
    static Map<String, java.util.List<String>> fields(Element form) {
        Map<String, java.util.List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            if (name.isEmpty() || input.hasAttr("disabled")) {
                continue;
            }
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> input.select("option[selected]").isEmpty() ? "" : input.selectFirst("option[selected]").attr("value");
                default -> input.attr("value");
            };
            fields.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
        return fields;
    }

    Response post(String path, Map<String, java.util.List<String>> fields) {
        var request = given().header("Authorization", auth).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, values) -> values.forEach(v -> request.formParam(name, v)));
        return request.post(path);
    }

    /** A post as htmx sends it: the form's fields and the anti-forgery header. */
    Response htmx(String path, Map<String, java.util.List<String>> fields, String csrf) {
        var request = given().header("Authorization", auth).header("HX-Request", "true").header("X-CSRF-Token", csrf)
                .redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, values) -> values.forEach(v -> request.formParam(name, v)));
        return request.post(path);
    }
}
