/**
 * Integration tests against a real WordPress (the English site and its Korean edition that
 * {@code ../shared/wordpress/wp-test-site.sh} sets up). A test gets the site with
 * {@code TestWordPress.site("what does not run without it")} (net.wpxliff.testing): URLs, user and Application
 * Password, authenticated requests, an {@code --auth-file} for the CLI. They are part of {@code mvn -q test}:
 * skipped with a message without the site locally, failed under {@code CI=true}.
 *
 * <p>{@link net.wpxliff.site.MergedBlockPostsOnWordPressTest} posts merged block posts and reads them back.
 * The whole site workflow (pull → export → pseudo → merge → push, issue 9's acceptance) belongs here too, as
 * {@code SiteRoundTripTest}, once {@code pull} and {@code push} exist.
 */
package net.wpxliff.site;
