package net.wpxliff.extract;

import net.wpxliff.blocks.Block;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.TextContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The "read more" link text of an editor field ({@link MoreTags}) as a unit of its own, where no More block
 * attribute carries it: {@code resname} {@code content/more} (under the block's path when a block holds the comment),
 * span the trimmed text inside the comment, source the text read as inline HTML (tags become codes, as WordPress
 * strips them). Only the tag WordPress reads: the others never show.
 */
final class MoreTextExtractor {
    private MoreTextExtractor() {
    }

    /** @param blocks the field's blocks, or null when it has none */
    static void extract(String field, String fieldNote, String text, BlockStructure blocks, UnitSink sink) {
        if (text.indexOf(MoreTags.OPEN) < 0) return;
        MoreTags.Tag tag = MoreTags.find(text, blocks == null ? null : blocks.blocks());
        if (tag == null || tag.attribute() != null || tag.text().length() == 0) return;
        int at = tag.comment().start();
        if (blocks != null && blocks.untranslated(at)) return;
        Block owner = blocks == null ? null : blocks.owner(at);
        String resname = (owner == null ? field : blocks.path(owner)) + "/more";
        String value = tag.text().of(text);
        RichTextValue read = RichTextValue.readForUnit(value, resname, "the \"read more\" text", sink);
        if (read == null) return;
        int base = tag.text().start();
        sink.unit(resname, fieldNote + ": the text of the \"read more\" link to the rest of the post, shown on archive"
                        + " pages (<!--more …-->)", TextContext.HTML_COMMENT, false,
                base + read.start(), base + read.end(), shifted(read.fragment(), base));
    }

    /** The fragment with its codes' offsets moved from the value into the field. */
    private static Fragment shifted(Fragment fragment, int by) {
        if (fragment.codes().isEmpty()) return fragment;
        List<Part> parts = new ArrayList<>(fragment.parts().size());
        for (Part part : fragment.parts()) {
            parts.add(part instanceof Code c
                    ? new Code(c.id(), c.kind(), c.type(), c.rawStart() + by, c.rawEnd() + by, c.label()) : part);
        }
        return Fragment.of(parts);
    }
}
