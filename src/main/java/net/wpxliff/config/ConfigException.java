package net.wpxliff.config;

/** A configuration file that cannot be used; the message names the file, the line and what to fix. */
public class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
