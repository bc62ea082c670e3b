/**
 * {@code wpxliff pull}: every post of a site's REST routes, paged through, split into one file per post with
 * the exact bytes WordPress served, written only when new or changed ({@code modified_gmt}).
 */
package net.wpxliff.pull;
