package net.wpxliff.wp;

import java.net.URI;

/** A request that failed, in words a site owner can act on; its URL never carries credentials. */
public class WpException extends Exception {
    private final URI url;
    private final int status;
    private final String code;

    WpException(String message, URI url, int status, String code) {
        super(message);
        this.url = url;
        this.status = status;
        this.code = code;
    }

    public URI url() {
        return url;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
