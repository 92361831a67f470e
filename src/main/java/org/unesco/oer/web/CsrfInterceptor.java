package org.unesco.oer.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.unesco.oer.security.CurrentUser;

/**
 * Checks the anti-forgery token of every state-changing page request, in one place: the form's
 * {@value Csrf#FIELD} field, or the {@value Csrf#HEADER} header that htmx sends.
 */
@CsrfProtected
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CsrfInterceptor {

    @Inject
    Csrf csrf;
    @Inject
    CurrentUser user;
    @Inject
    HttpHeaders headers;

    @AroundInvoke
    Object check(InvocationContext ctx) throws Exception {
        if (!ctx.getMethod().isAnnotationPresent(GET.class)) {
            String token = headers.getHeaderString(Csrf.HEADER);
            for (Object p : ctx.getParameters()) {
                if (token == null && p instanceof MultivaluedMap<?, ?> form) {
                    java.util.List<?> values = form.get(Csrf.FIELD);
                    token = values == null || values.isEmpty() ? null : String.valueOf(values.get(0));
                } else if (token == null && p instanceof CsrfForm form) {
                    token = form.csrfToken();
                }
            }
            if (!csrf.valid(user.subject(), token)) {
                throw new CsrfTokenMismatchException();
            }
        }
        return ctx.proceed();
    }
}
