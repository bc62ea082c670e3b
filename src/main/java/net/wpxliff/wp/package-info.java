/**
 * The WordPress REST API client: finding a site's REST root, Application Password credentials, GET and POST
 * with timeouts, bounded retries and size limits, and errors a site owner can act on. Only the JDK's
 * {@code java.net.http.HttpClient} and Jackson; TLS is always verified.
 */
package net.wpxliff.wp;
