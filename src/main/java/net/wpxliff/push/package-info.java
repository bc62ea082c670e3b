/**
 * {@code wpxliff push}: publishes a merged folder through a WordPress REST API: posts and pages
 * ({@code <slug>.<target>.post.json}), and the site-wide files (terms, classic menus, sidebar widgets, block theme
 * templates and parts, the site title and tagline). Each updates what it made before (found by the folder's push
 * record, else by slug or name) or creates it, and never silently undoes what editors changed there since: the record
 * keeps digests of what push wrote, and what differs from them, or what the record does not know, is held back.
 */
package net.wpxliff.push;
