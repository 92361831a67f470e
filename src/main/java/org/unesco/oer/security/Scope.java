package org.unesco.oer.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint, declared once: on the method, or on the resource class for all of its
 * methods (a method's own declaration wins). Every resource method must have exactly one effective
 * scope, or the application does not start ({@link ScopeCatalog}); {@link ScopeFilter} enforces it
 * on every request and hands the resulting {@link Actor} to the resource ({@link CurrentActor}).
 * <pre>
 * &#64;Scope(Access.AUTHENTICATED)                              any signed-in user
 * &#64;Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})        these roles, every state
 * &#64;Scope(Access.STATE_READ) / STATE_WRITE / STATE_DECIDE   the {state} of the {cycle} in the path
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Scope {

    /** The kind of scope; {@link Access#ROLES} (the default) needs {@link #roles()}. */
    Access value() default Access.ROLES;

    /**
     * With {@link Access#ROLES} only: the roles that may call. The first one the caller holds is the
     * role the action is taken (and audited) in.
     */
    String[] roles() default {};
}
