package org.unesco.oer.security;

import jakarta.enterprise.context.RequestScoped;

/** The {@link Actor} that {@link ScopeFilter} resolved for this request from the endpoint's declared {@link Scope}. */
@RequestScoped
public class CurrentActor {

    private Actor actor;

    void resolved(Actor actor) {
        this.actor = actor;
    }

    public Actor actor() {
        if (actor == null) {
            // Only reachable if the filter did not run: never act without a decided scope.
            throw new IllegalStateException("No access scope was resolved for this request");
        }
        return actor;
    }
}
