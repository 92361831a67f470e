package org.unesco.oer.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Gets tokens from the real Keycloak: password grant, and the browser login with a first password change. */
final class KeycloakClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private KeycloakClient() {
    }

    static String passwordGrant(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(LocalStack.keycloakUrl() + "/realms/oer/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "oer-cli", "username", username, "password", password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("password grant for " + username + " failed: " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /** A service account's token (client credentials), e.g. the provisioning client's. */
    static String clientCredentials(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(LocalStack.keycloakUrl() + "/realms/oer/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("client credentials grant for " + clientId + " failed: " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /**
     * What a new focal point does: signs in through the web client (authorization code + PKCE)
     * with the temporary password, is made to choose a new one, and gets a token.
     */
    static String firstLogin(String username, String temporaryPassword, String newPassword) throws IOException, InterruptedException {
        Browser browser = new Browser();
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String redirect = "http://localhost:8080/callback";
        String authorize = LocalStack.keycloakUrl() + "/realms/oer/protocol/openid-connect/auth?client_id=oer-web&response_type=code"
                + "&scope=openid&redirect_uri=" + enc(redirect) + "&code_challenge_method=S256&code_challenge=" + challenge;
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(authorize)));
        HttpResponse<String> update = browser.follow(submit(browser, login.body(), Map.of("username", username, "password", temporaryPassword)), redirect);
        if (update.statusCode() != 200 || !update.body().contains("password-new")) {
            throw new IllegalStateException("expected the update-password page, got " + update.statusCode() + ": " + update.body());
        }
        HttpResponse<String> done = browser.follow(submit(browser, update.body(), Map.of("password-new", newPassword, "password-confirm", newPassword)), redirect);
        String location = done.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no redirect: " + done.body()));
        String code = URLDecoder.decode(location.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(LocalStack.keycloakUrl() + "/realms/oer/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "authorization_code", "client_id", "oer-web", "code", code,
                        "redirect_uri", redirect, "code_verifier", verifier))));
        JsonNode body = JSON.readTree(token.body());
        if (!body.has("access_token")) {
            throw new IllegalStateException("code exchange failed: " + token.body());
        }
        return body.path("access_token").asText();
    }

    static JsonNode claims(String token) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /** Keeps Keycloak's cookies by hand: Java's cookie manager drops the Secure/SameSite ones on plain http. */
    private static final class Browser {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        }

        /** Follows Keycloak's own redirects, stopping at the one back to the application. */
        HttpResponse<String> follow(HttpResponse<String> response, String applicationRedirect) throws IOException, InterruptedException {
            HttpResponse<String> current = response;
            for (int i = 0; i < 10 && (current.statusCode() == 302 || current.statusCode() == 303); i++) {
                String location = current.headers().firstValue("Location").orElseThrow();
                if (location.startsWith(applicationRedirect)) {
                    return current;
                }
                current = send(HttpRequest.newBuilder(current.uri().resolve(location)));
            }
            return current;
        }
    }

    private static HttpResponse<String> submit(Browser browser, String page, Map<String, String> fields) throws IOException, InterruptedException {
        Matcher m = FORM_ACTION.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no form on the page: " + page);
        }
        String action = m.group(1).replace("&amp;", "&");
        return browser.send(HttpRequest.newBuilder(URI.create(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(fields)));
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
