package org.unesco.oer.web;

import org.unesco.oer.security.CurrentUser;

/**
 * One entry of the pages' main navigation. Each group of pages contributes its own as a CDI bean,
 * so that adding pages never means editing a shared list.
 */
public interface Section {

    /** Place in the navigation, lowest first. */
    int order();

    boolean visibleTo(CurrentUser user);

    /** Where it leads, in the cycle the pages are on (null when there is none). */
    String href(String cycle);

    /** Its name in the page's language. */
    String label(String lang);

    /** The link of one page: what the layout renders. */
    record Link(String label, String href, boolean current) {
    }
}
