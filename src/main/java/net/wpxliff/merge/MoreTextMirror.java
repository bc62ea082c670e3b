package net.wpxliff.merge;

import net.wpxliff.extract.MoreTags;

import java.util.ArrayList;
import java.util.List;

/**
 * A More block's "read more" text is translated as its {@code customText} attribute; the block editor saves the same
 * text in the block's {@code <!--more …-->} comment (which is what WordPress shows) and flags the block as changed
 * when the two differ. So the comment gets the attribute's translation too, as the editor would write it.
 */
final class MoreTextMirror {
    private MoreTextMirror() {
    }

    /** Edits writing each translated {@code customText} into its comment, for the field's other edits. */
    static List<Edit> edits(String html, List<Edit> edits, FieldRenderer renderer) {
        List<MoreTags.Tag> tags = MoreTags.fromAttributes(html);
        if (tags.isEmpty()) return List.of();
        List<Edit> mirrors = new ArrayList<>(tags.size());
        for (MoreTags.Tag tag : tags) {
            for (Edit edit : edits) {
                if (edit instanceof Edit.UnitEdit unitEdit && !unitEdit.unchanged()
                        && unitEdit.start() == tag.attribute().start() && unitEdit.end() == tag.attribute().end()) {
                    String value = renderer.blockAttributeValue(unitEdit.unit(), unitEdit.target());
                    mirrors.add(new Edit.Replace(tag.editorText().start(), tag.editorText().end(), Escaper.oneLine(value)));
                }
            }
        }
        return mirrors;
    }
}
