package net.wpxliff.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

/**
 * Okapi's Tikal-equivalent on one post, for a fresh JVM ({@link StartupBenchmark}): what {@code tikal -x -seg}
 * does (HtmlFilter, default SRX rules, XLIFFWriter) or {@code tikal -m} (XLIFFFilter, HtmlFilter,
 * SkeletonMergerWriter), through {@link OkapiBaseline}. A post JSON gives one XLIFF per rendered field.
 *
 * <p>Usage: {@code OkapiOnePostMain export POST.json OUT_DIR} writes {@code OUT_DIR/<field>.xlf};
 * {@code OkapiOnePostMain merge POST.json XLIFF_DIR OUT_DIR} merges them back into {@code OUT_DIR/<field>.html}.
 * (Like Tikal, merge builds no segmenter; OkapiBaseline's constructor loads the SRX rules all the same, so
 * Okapi's merge time includes that.)
 */
public final class OkapiOnePostMain {
    private OkapiOnePostMain() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs.quietOkapi();
        OkapiBaseline.Source source = OkapiBaseline.load(Path.of(args[1]));
        OkapiBaseline okapi = new OkapiBaseline();
        if (args[0].equals("export")) {
            Path out = Files.createDirectories(Path.of(args[2]));
            for (OkapiBaseline.Part part : okapi.extract(source).parts()) {
                Files.write(out.resolve(part.document().name() + ".xlf"), part.xliff());
            }
        } else if (args[0].equals("merge")) {
            Path xliffs = Path.of(args[2]);
            Path out = Files.createDirectories(Path.of(args[3]));
            for (OkapiBaseline.Document document : source.documents()) {
                byte[] xliff = Files.readAllBytes(xliffs.resolve(document.name() + ".xlf"));
                String html = okapi.merge(new OkapiBaseline.Part(document, xliff, 0, 0));
                Files.writeString(out.resolve(document.name() + ".html"), html, StandardCharsets.UTF_8);
            }
        } else {
            throw new IllegalArgumentException("usage: OkapiOnePostMain export POST OUT | merge POST XLIFF_DIR OUT");
        }
    }
}
