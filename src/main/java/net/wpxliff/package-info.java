/**
 * wpxliff: WordPress posts and HTML pages to segmented XLIFF for translators, and translated XLIFF back to
 * the target-locale post. {@link net.wpxliff.Exporter} and {@link net.wpxliff.Merger} are the two facades;
 * the packages follow the data: {@code input} → {@code extract} → {@code segment} → {@code xliff} →
 * {@code merge} → {@code output}, with {@code cli} on top.
 */
package net.wpxliff;
