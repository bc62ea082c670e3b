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
}
