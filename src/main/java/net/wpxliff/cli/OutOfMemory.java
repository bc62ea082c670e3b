package net.wpxliff.cli;

/**
 * A file too big for the heap this run was given: that file's error (the others go on, their work is not held by
 * it), with what to run instead, never the JVM's stack trace. What export and merge write appears whole or not at
 * all ({@link net.wpxliff.output.AtomicFiles}), so a run stopped by it leaves nothing half-written.
 */
final class OutOfMemory extends Exception {
    /** The message, without the file: whoever reports it names the file, as for any other error. */
    OutOfMemory() {
        super(advice());
    }

    /** What happened and what to do, with the heap this run had. */
    static String advice() {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "not enough memory (Java's heap holds at most " + maxMb + " MB in this run): run it again with a larger"
                + " heap, e.g. WPXLIFF_JAVA_OPTS=-Xmx4g ./wpxliff … (or java -Xmx4g -jar target/wpxliff.jar …), and with"
                + " -j 1 so that one big file has the heap to itself (README \"Big posts: memory\" says what a post needs)";
    }
}
