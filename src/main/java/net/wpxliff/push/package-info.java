/**
 * {@code wpxliff push}: publishes merged posts ({@code <slug>.<target>.post.json}) through a WordPress REST API,
 * updating the post made before (found by a local record, else by slug) or creating it.
 */
package net.wpxliff.push;
