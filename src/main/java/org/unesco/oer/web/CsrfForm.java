package org.unesco.oer.web;

/**
 * A form read into an object rather than a map (a multipart form with a file): it hands
 * {@link CsrfInterceptor} the {@value Csrf#FIELD} field it carries.
 */
public interface CsrfForm {

    String csrfToken();
}
