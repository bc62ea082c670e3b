package net.wpxliff.unit;

import java.util.Objects;

/** Plain text inside a {@link Fragment}, entities already decoded. */
public record Text(String value) implements Part {
    public Text {
        Objects.requireNonNull(value, "value");
    }
}
