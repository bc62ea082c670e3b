package net.wpxliff.wp;

import java.net.URI;

/** A request that failed, in words a site owner can act on; its URL never carries credentials. */
public class WpException extends Exception {
    private final URI url;
    private final int status;
    private final String code;

    public WpException(String message, URI url, int status, String code) {
        super(message);
        this.url = url == null ? null : Urls.withoutUserInfo(url);
        this.status = status;
        this.code = code;
    }

    public WpException(String message, URI url, int status, String code, Throwable cause) {
        this(message, url, status, code);
        initCause(cause);
    }

    /** The request's URL (never with credentials); null before any request. */
    public URI url() {
        return url;
    }

    /** The HTTP status, or -1 (network, timeout, not JSON, ...). */
    public int status() {
        return status;
    }

    /** The WordPress error code ({@code rest_post_invalid_id}, {@code rest_forbidden}, ...) or null. */
    public String code() {
        return code;
    }

    /**
     * A refusal of what only administrators may do (the site's settings), said as such: WordPress's own 403 would be
     * explained as a refused password, while the user's password was accepted and the user is not an administrator.
     * Other failures come back as they are.
     *
     * @param what what the route holds ({@code "the site title and tagline"})
     * @param todo what to do instead ({@code "pull them with an administrator's Application Password"})
     */
    public static WpException administratorsOnly(WpException refused, String method, String what, String todo) {
        if (refused.status() != 403) return refused;
        return new WpException(method + " " + refused.url() + ": HTTP 403" + (refused.code() == null ? "" : " " + refused.code())
                + ": this user is not an administrator, and " + what + " are an administrator's (manage_options): " + todo,
                refused.url(), refused.status(), refused.code(), refused);
    }
}
