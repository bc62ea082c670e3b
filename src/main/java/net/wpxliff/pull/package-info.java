/**
 * {@code wpxliff pull}: a site's published posts and pages through its REST routes, paged through, and with
 * {@code --type} its terms, classic menus, sidebar widgets, site settings and changed block theme templates; one file
 * per post (or per site-wide kind) with the exact bytes WordPress served, written only when new or changed
 * ({@code modified_gmt}).
 */
package net.wpxliff.pull;
