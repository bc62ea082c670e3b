package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.merge.TermsBody;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A taxonomy's translated terms as merge wrote them ({@code terms-category.ko.terms.json}, {@link TermsBody}): the
 * source site, the taxonomy, and per term its source id, slug, parent (a source id), translated name and description.
 *
 * @param sourceRoot the source site's REST root, as pull found it
 */
public record MergedTerms(Path bodyFile, String sourceRoot, String taxonomy, List<ObjectNode> terms) {
    public MergedTerms {
        terms = List.copyOf(terms);
    }

    /** Whether the file is named as merge names a terms body. */
    public static boolean isBody(Path file) {
        return file.getFileName().toString().endsWith(TermsBody.SUFFIX);
    }

    public static MergedTerms read(Path bodyFile) throws PushException {
        if (!isBody(bodyFile)) {
            throw new PushException(bodyFile + ": not a merged terms body (merge writes terms-<taxonomy>.ko" + TermsBody.SUFFIX + ")");
        }
        ObjectNode body = MergedPost.object(bodyFile);
        if (MergedPost.origin(body.path("source").asText("")) == null || !body.path("taxonomy").asText("").matches("[a-z0-9_-]+")
                || !body.path("terms").isArray()) {
            throw new PushException(bodyFile + ": not a terms body merge wrote (a source site, a taxonomy, a list of"
                    + " terms); merge the XLIFF again");
        }
        List<ObjectNode> terms = new ArrayList<>();
        for (JsonNode term : body.path("terms")) {
            if (!(term instanceof ObjectNode object) || !object.path("id").canConvertToLong() || !object.path("slug").isTextual()
                    || object.path("slug").asText().isEmpty() || !object.path("name").isTextual()) {
                throw new PushException(bodyFile + ": a term without an id, a slug or a name: merge the XLIFF again");
            }
            terms.add(object);
        }
        return new MergedTerms(bodyFile, body.path("source").asText(), body.path("taxonomy").asText(), terms);
    }
}
