package net.wpxliff.merge;

import net.wpxliff.testing.Exports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static net.wpxliff.merge.MergeSupport.REWRITE;
import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.describe;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.refused;
import static net.wpxliff.merge.MergeSupport.segments;
import static net.wpxliff.merge.MergeSupport.withTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A field longer than {@link DocumentMerger#REUSED_PARSE_MAX_CHARS}: merge lets the extraction's parse go before
 * rendering (for memory) and its tree check parses the source again. The check must decide as it does for a small
 * field: a swap of sibling codes merges, a code moved into another is refused naming the unit, and the identity merge
 * with links localized gives the page back with only its links changed.
 */
class BigFieldTreeCheckTest {
    @Test
    void aFieldPastTheReuseLimitIsCheckedTheSameWay(@TempDir Path dir) throws IOException {
        String post = Files.readString(Exports.resource("/merge/word-order.json"), StandardCharsets.UTF_8);
        StringBuilder padding = new StringBuilder();
        for (int i = 0; padding.length() <= DocumentMerger.REUSED_PARSE_MAX_CHARS; i++) {
            padding.append("<p>Padding paragraph ").append(i).append(" with <a href=\\\"https://example.com/en/p").append(i)
                    .append("/\\\">a link</a>.</p>\\n");
        }
        String big = post.replace("to reload the page.</p>\\n\"}", "to reload the page.</p>\\n" + padding + "\"}");
        assertTrue(big.length() > post.length() + DocumentMerger.REUSED_PARSE_MAX_CHARS, "padding went into content");
        Path file = dir.resolve("word-order.json");
        Files.writeString(file, big, StandardCharsets.UTF_8);
        String xliff = MergeSupport.exportOne(file, true).xliff();

        String swapped = withTarget(xliff, "content-1", segments(
                "시작하기 전에 <g id=\"2\">릴리스 노트</g>와 <g id=\"1\">설치 안내서</g>를 읽으세요."));
        String html = field(mergeText(dir, "swap.ko.xlf", swapped, STRICT), "content");
        assertTrue(html.contains("<p>시작하기 전에 <strong>릴리스 노트</strong>와 <a href=\"https://example.com/en/guide/\""
                + " class=\"guide\">설치 안내서</a>를 읽으세요.</p>"), html.substring(0, 600));

        String nested = withTarget(xliff, "content-1", segments(
                "시작하기 전에 <g id=\"1\">설치 안내서와 <g id=\"2\">릴리스 노트</g></g>를 읽으세요."));
        MergeException e = refused(dir, "nested.ko.xlf", nested, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-1".equals(p.unitId()) && p.message().contains("nested")),
                describe(e));

        String localized = field(mergeText(dir, "identity.ko.xlf", xliff, REWRITE), "content");
        String source = MergeSupport.exportOne(file, true).document().fields().stream()
                .filter(f -> f.key().equals("content")).findFirst().orElseThrow().html();
        assertEquals(source.replace("https://example.com/en/", "https://example.com/ko/"), localized);
    }
}
